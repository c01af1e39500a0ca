import type { LanguageExamples } from '../../../examples';

/** Texts stock-phrase must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "In today's fast-paced world, teams need clarity.", actual: "In today's fast-paced world" },
    { text: 'Look no further: this CRM does it all.', actual: 'Look no further' },
    { text: 'Our tools take your business to the next level.', actual: 'take your business to the next level' },
  ],
  pass: [
    'The CRM syncs 40,000 contacts in under a minute.',
    'We looked further into the logs and found the leak.',
    'The lift takes you to the third floor.',
  ],
};

export default examples;
