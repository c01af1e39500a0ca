import type { LanguageExamples } from '../../../examples';

/** Texts no-specifics must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We help companies organise their processes more smartly and get more out of their possibilities every day.', actual: 'We help companies organise their processes more smartly and get more out of their possibilities every day.' },
    { text: 'With our approach you take steps that really contribute to the growth of your organisation in the long run.', actual: 'With our approach you take steps that really contribute to the growth of your organisation in the long run.' },
  ],
  pass: [
    'Since 2016 we have helped 140 bakeries in Devon handle their orders through WhatsApp.',
    'Short and sweet.',
    'She still kneads the rye by hand, in an oak trough she got from her grandfather.',
  ],
};

export default examples;
