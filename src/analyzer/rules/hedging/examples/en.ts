import type { LanguageExamples } from '../../../examples';

/** Texts hedging must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'It could be argued that email is dead.', actual: 'It could be argued' },
    { text: 'Experts agree that video converts better.', actual: 'Experts agree' },
    { text: "It's important to note that prices may change.", actual: "It's important to note" },
  ],
  pass: [
    'Nielsen Norman Group found in 2020 that users scan in an F-pattern.',
    'We argued about the logo for three weeks.',
  ],
};

export default examples;
