import type { LanguageExamples } from '../../../examples';

/** Texts emoji-bullets must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: '🚀 Sneller live met je webshop\n✅ Geen opstartkosten', actual: '🚀' },
    { text: 'Wat je krijgt:\n✅ Gratis verzending vanaf 50 euro', actual: '✅' },
  ],
  pass: [
    '© 2021 Bakkerij De Korenbloem',
    '® Korenbloem is een geregistreerd merk.',
    '✓ Gratis bezorging in Soest\n✓ Elke dag vers',
    '📞 030 123 4567\n📩 info@voorbeeld.nl',
    '↩ terug naar het overzicht',
    'Bedankt voor je bestelling! 😊',
    'Wij zijn op 27 april gesloten.',
  ],
};

export default examples;
