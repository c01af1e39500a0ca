import type { LanguageExamples } from '../../../examples';

/** Texts abstract-nouns must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Wij bieden oplossingen voor elke uitdaging.', actual: 'oplossingen' },
    { text: 'Ontdek de mogelijkheden van ons platform.', actual: 'mogelijkheden' },
  ],
  pass: [
    'De fietsenmaker vervangt je ketting binnen een uur.',
    'Wij bezorgen op dinsdag en vrijdag in Utrecht.',
  ],
};

export default examples;
