import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** The contrastive formula "not X, but Y". */
export const notBut = patternRule({
  id: 'not-but',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['not-but']),
});
