import type { LanguageExamples } from '../../../examples';

/** Texts closing-question must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We just hit 50k subscribers. Thank you for watching. What do you want to learn next?', actual: 'What do you want to learn next?' },
    { text: 'Seven tools that saved me hours. Which one would you add?', actual: 'Which one would you add?' },
  ],
  pass: [
    'What does a new chain cost? With us, 24 pounds including fitting. Just walk in.',
    'Questions about your order? Call us on 0117 496 0000. We are open 9 to 5.',
  ],
};

export default examples;
