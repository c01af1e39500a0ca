import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Template slots left in the copy. */
export const placeholder = patternRule({
  id: 'placeholder',
  category: 'cliche',
  texts: perLanguage((pack) => pack.rules['placeholder']),
});
