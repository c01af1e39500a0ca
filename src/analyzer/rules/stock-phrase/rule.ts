import { lexiconRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Stock marketing phrases that would fit any product. */
export const stockPhrase = lexiconRule({
  id: 'stock-phrase',
  category: 'cliche',
  texts: perLanguage((pack) => pack.rules['stock-phrase']),
});
