import type { LanguageExamples } from '../../../examples';

/** Texts ai-vocabulary must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Our platform integrates seamlessly with your CRM.', actual: 'seamlessly' },
    { text: "Let's delve into the details of the new release.", actual: 'delve' },
    { text: 'This puzzle is intricately detailed and fun.', actual: 'intricately' },
    { text: 'Stay ahead in the ever-evolving digital landscape.', actual: 'digital landscape' },
  ],
  pass: [
    'The seam on these jeans is triple-stitched with cotton thread.',
    'Our technician visits on Tuesday between 8 and 10 a.m.',
    'The delivery van left the depot at noon.',
    // The trade, not the figure of speech: a landscaper's copy.
    'We design and plant your landscape, from new lawns to the borders along the drive.',
    'Our landscape crew mows, edges and clears the leaves every second week.',
  ],
};

export default examples;
