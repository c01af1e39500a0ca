import type { LanguageExamples } from '../../../examples';

/** Texts em-dash must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Fast delivery — no hassle.', actual: '—' },
    { text: 'We work differently—and you will notice.', actual: '—' },
  ],
  pass: [
    'Open Monday to Friday, 7.00—18.00.',
    'We are open Mon—Sat.',
    '“The best sourdough in town.” — Jane Smith, Leeds',
    'LONDON — The bakery on High Street celebrates its tenth year with an open day.',
    '© 2020 Northside Bakery — Created by a local studio',
    'We work differently – and you will notice.',
    'Open 9-5, Saturdays too.',
    'The e-mail address is at the bottom of the page.',
    // A product title and its size or price.
    'Linen tea towel — 50 x 70 cm\nWoven in Belfast.',
  ],
};

export default examples;
