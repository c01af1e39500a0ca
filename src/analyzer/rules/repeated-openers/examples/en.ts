import type { LanguageExamples } from '../../../examples';

/** Texts repeated-openers must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We listen. We think along. We deliver on time. Then we review.', actual: 'We' },
    { text: 'Our fitters are experienced. Our prices are sharp. Our service is fast.', actual: 'Our' },
  ],
  pass: [
    'We listen first. Then we think along. On Friday the work is delivered.',
    'The fitter arrives at nine. The invoice follows by email. The warranty lasts two years.',
  ],
};

export default examples;
