import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Set-up phrases that announce instead of say. */
export const setupPhrase = patternRule({
  id: 'setup-phrase',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['setup-phrase']),
});
