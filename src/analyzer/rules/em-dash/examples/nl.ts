import type { LanguageExamples } from '../../../examples';

/** Texts em-dash must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Snelle levering — zonder gedoe.', actual: '—' },
    { text: 'Wij werken anders – en dat merk je.', actual: '–' },
  ],
  pass: [
    'Maandag t/m vrijdag: 7.00 – 18.00 uur.',
    'Geopend ma – za, zondag gesloten.',
    'Het seizoen loopt van 2019—2021 en de prijs is € 10 – € 15.',
    'Lekkerste taart van de stad!\n– Jan de Wit, Soest',
    '“Een aanrader voor iedereen.” — Marieke, Hoogland',
    'AMERSFOORT – De bakkerij aan de Langestraat viert haar jubileum met een open dag.',
    '© 2021 Bakkerij De Korenbloem – alle rechten voorbehouden',
    'Open van 9-17 uur, ook op zaterdag.',
    'Het e-mailadres staat onderaan de pagina.',
    // A product title and its size or price.
    'Wollen plaid Duinen – 130 x 180 cm\nGeweven in Tilburg.',
  ],
};

export default examples;
