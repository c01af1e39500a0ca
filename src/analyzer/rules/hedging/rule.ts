import { lexiconRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Hedges, weasel words and claims without a source. */
export const hedging = lexiconRule({
  id: 'hedging',
  category: 'hedging',
  texts: perLanguage((pack) => pack.rules['hedging']),
});
