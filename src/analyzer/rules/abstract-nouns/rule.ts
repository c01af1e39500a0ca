import { lexiconRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Abstract container nouns, by density. */
export const abstractNouns = lexiconRule({
  id: 'abstract-nouns',
  category: 'specifics',
  texts: perLanguage((pack) => pack.rules['abstract-nouns']),
});
