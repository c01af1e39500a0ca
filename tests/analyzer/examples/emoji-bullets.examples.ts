import { defineExamples } from './define';

export default defineExamples('emoji-bullets', {
  nl: {
    flag: [
      { text: '🚀 Sneller live met je webshop\n✅ Geen opstartkosten', actual: '🚀' },
      { text: 'Wat je krijgt:\n✅ Gratis verzending vanaf 50 euro', actual: '✅' },
    ],
    pass: ['Bedankt voor je bestelling! 😊', 'Wij zijn op 27 april gesloten.'],
  },
  en: {
    flag: [
      { text: '🚀 Launch your shop faster\n✅ No setup fees', actual: '🚀' },
      { text: 'What you get:\n💡 Free shipping over $50', actual: '💡' },
    ],
    pass: ['Thanks for your order! 😊', 'We are closed on 27 April.'],
  },
});
