import type { LanguageExamples } from '../../../examples';

/** Texts ai-vocabulary must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Our platform integrates seamlessly with your CRM.', actual: 'seamlessly' },
    { text: "Let's delve into the details of the new release.", actual: 'delve' },
    { text: 'This puzzle is intricately detailed and fun.', actual: 'intricately' },
  ],
  pass: [
    'The seam on these jeans is triple-stitched with cotton thread.',
    'Our technician visits on Tuesday between 8 and 10 a.m.',
    'The delivery van left the depot at noon.',
  ],
};

export default examples;
