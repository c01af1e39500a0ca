import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** The contrastive formula "not X, but Y". */
export const notBut = patternRule({
  id: 'not-but',
  category: 'structure',
  description: {
    nl: 'De tegenstellingsformule ‘niet X, maar Y’ en ‘het is geen X, het is Y’.',
    en: 'The contrastive formula "not X, but Y" and "it\'s not X, it\'s Y".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ is de vaste tegenstellingsformule: hij zet iets neer wat niemand beweerde om het daarna te overtreffen.`,
    en: (actual) => `"${actual}" is the stock contrast formula: it sets up something nobody claimed, only to top it.`,
  },
});
