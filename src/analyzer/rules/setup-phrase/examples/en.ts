import type { LanguageExamples } from '../../../examples';

/** Texts setup-phrase must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "Let's be honest: nobody reads terms and conditions.", actual: "Let's be honest:" },
    { text: "Here's the thing: customers want speed.", actual: "Here's the thing:" },
    { text: 'Imagine a world without spam.', actual: 'Imagine a world' },
    { text: "We took the team kayaking, and let's be honest: not everyone stayed dry.", actual: "let's be honest:" },
    { text: 'But honestly, ironing is still a chore.', actual: 'But honestly,' },
  ],
  pass: [
    'We are honest about delivery times: three to five days.',
    'The thing broke after two weeks, so we replaced it.',
    'She asked whether we are honest about the price, and we are.',
  ],
};

export default examples;
