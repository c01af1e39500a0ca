import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** The contrastive formula "not X, but Y". */
export const notBut = patternRule({
  id: 'not-but',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['not-but']),
  // The shape ends at its pivot; the mark covers what the pivot introduces, to the end of the clause.
  toPhraseEnd: true,
});
