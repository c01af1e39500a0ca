import type { LanguageExamples } from '../../../examples';

/** Texts whether-or must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "Whether you're a freelancer or a global team, we have you covered.", actual: "Whether you're a freelancer or a global team" },
    { text: 'From startups to enterprises, everyone uses it.', actual: 'From startups to enterprises' },
    { text: 'From startups to enterprises rely on our planner.', actual: 'From startups to enterprises' },
    { text: 'Whether you run a small bakery or a chain of cafés, the till works the same.', actual: 'Whether you run a small bakery or a chain of cafés' },
  ],
  pass: [
    'Choose whether to pay monthly.',
    'We drove from Leeds to York on Monday.',
  ],
};

export default examples;
