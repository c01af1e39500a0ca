import { defineExamples } from '../../examples';

export default defineExamples('emoji-bullets', {
  nl: {
    flag: [
      { text: '🚀 Sneller live met je webshop\n✅ Geen opstartkosten', actual: '🚀' },
      { text: 'Wat je krijgt:\n✅ Gratis verzending vanaf 50 euro', actual: '✅' },
    ],
    pass: [
      '© 2021 Bakkerij De Korenbloem',
      '® Korenbloem is een geregistreerd merk.',
      '✓ Gratis bezorging in Soest\n✓ Elke dag vers',
      '📞 030 123 4567\n📩 info@voorbeeld.nl',
      '↩ terug naar het overzicht','Bedankt voor je bestelling! 😊', 'Wij zijn op 27 april gesloten.'],
  },
  en: {
    flag: [
      { text: '🚀 Launch your shop faster\n✅ No setup fees', actual: '🚀' },
      { text: 'What you get:\n💡 Free shipping over $50', actual: '💡' },
    ],
    pass: [
      '© 2016 Northside Studios. All rights reserved.',
      '™ Northside is a trademark of its owner.',
      '► Free delivery in Leeds\n► Baked fresh every day',
      '📞 0113 496 0000','Thanks for your order! 😊', 'We are closed on 27 April.'],
  },
});
