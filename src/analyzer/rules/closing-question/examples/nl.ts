import type { LanguageExamples } from '../../../examples';

/** Texts closing-question must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We bestaan vandaag vijf jaar. Dank aan iedereen die meedeed. Wat vind jij het mooiste moment?', actual: 'Wat vind jij het mooiste moment?' },
    { text: 'Drie lessen uit ons eerste jaar. Herken jij dit ook?', actual: 'Herken jij dit ook?' },
  ],
  pass: [
    'Wat kost een nieuwe ketting? Bij ons 24 euro, inclusief montage. Je kunt gewoon binnenlopen.',
    'Heb je vragen over je bestelling? Bel ons op 030 123 45 67. We zijn er van 9 tot 5.',
  ],
};

export default examples;
