import type { LanguageExamples } from '../../../examples';

/** Texts repeated-openers must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Wij luisteren. Wij denken mee. Wij leveren op tijd. Daarna evalueren we.', actual: 'Wij' },
    { text: 'Onze monteurs zijn ervaren. Onze prijzen zijn scherp. Onze service is snel.', actual: 'Onze' },
  ],
  pass: [
    'Wij luisteren eerst. Daarna denken we mee. Op vrijdag leveren we op.',
    'De monteur komt om negen uur. De rekening volgt per mail. De garantie duurt twee jaar.',
  ],
};

export default examples;
