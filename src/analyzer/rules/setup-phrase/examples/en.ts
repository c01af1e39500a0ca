import type { LanguageExamples } from '../../../examples';

/** Texts setup-phrase must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "Let's be honest: nobody reads terms and conditions.", actual: "Let's be honest:" },
    { text: "Here's the thing: customers want speed.", actual: "Here's the thing:" },
    { text: 'Imagine a world without spam.', actual: 'Imagine a world' },
  ],
  pass: [
    'We are honest about delivery times: three to five days.',
    'The thing broke after two weeks, so we replaced it.',
  ],
};

export default examples;
