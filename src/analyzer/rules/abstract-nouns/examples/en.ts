import type { LanguageExamples } from '../../../examples';

/** Texts abstract-nouns must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We deliver solutions for every challenge.', actual: 'solutions' },
    { text: 'A better experience for everyone.', actual: 'experience' },
  ],
  pass: [
    'The bike shop replaces your chain within an hour.',
    'We deliver on Tuesdays and Fridays in Bristol.',
  ],
};

export default examples;
