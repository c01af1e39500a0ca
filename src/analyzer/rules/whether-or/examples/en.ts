import type { LanguageExamples } from '../../../examples';

/** Texts whether-or must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "Whether you're a freelancer or a global team, we have you covered.", actual: "Whether you're a freelancer or" },
    { text: 'From startups to enterprises, everyone uses it.', actual: 'From startups to enterprises' },
  ],
  pass: [
    'Choose whether to pay monthly.',
    'We drove from Leeds to York on Monday.',
  ],
};

export default examples;
