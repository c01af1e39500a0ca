import type { LanguageExamples } from '../../../examples';

/** Texts summary-marker must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Kortom: wij zijn er voor jou.', actual: 'Kortom:' },
    { text: 'Conclusie: automatiseren loont.', actual: 'Conclusie:' },
    { text: 'Al met al een sterke keuze.', actual: 'Al met al' },
  ],
  pass: [
    'Kort daarna opende de tweede winkel.',
    'Zijn conclusie stond in het rapport van mei.',
  ],
};

export default examples;
