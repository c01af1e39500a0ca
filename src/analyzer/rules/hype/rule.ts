import { lexiconRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Empty intensifiers and puffery. */
export const hype = lexiconRule({
  id: 'hype',
  category: 'hype',
  texts: perLanguage((pack) => pack.rules['hype']),
});
