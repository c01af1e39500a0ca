import type { LanguageExamples } from '../../../examples';

/** Texts summary-marker must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'In conclusion, automation pays off.', actual: 'In conclusion,' },
    { text: 'Overall, it is a strong choice.', actual: 'Overall,' },
    { text: 'Ultimately, the choice is yours.', actual: 'Ultimately,' },
  ],
  pass: [
    'The overalls come in three sizes.',
    'We concluded the pilot in May.',
  ],
};

export default examples;
