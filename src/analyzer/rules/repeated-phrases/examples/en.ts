import type { LanguageExamples } from '../../../examples';

/** Texts repeated-phrases must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We offer personal expert coaching. With personal expert coaching you achieve more. Choose personal expert coaching today.', actual: 'personal expert coaching' },
    { text: 'Fast delivery guaranteed with us. Today too, fast delivery guaranteed. Always fast delivery guaranteed.', actual: 'fast delivery guaranteed' },
  ],
  pass: [
    'Northside Bakery bakes fresh bread every day.\nWe use organic flour from local mills.\nNorthside Bakery bakes fresh bread every day.\nNorthside Bakery bakes fresh bread every day.',
    'We offer personal coaching. With a fixed coach you achieve more. Choose your own pace.',
    'I went to the market. You went to the market. She went to the bakery.',
  ],
};

export default examples;
