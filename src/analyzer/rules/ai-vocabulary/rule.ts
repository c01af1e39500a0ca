import { lexiconRule } from '../../rule';
import { perLanguage } from '../../languages';

/** Words language models overuse; counted by density. */
export const aiVocabulary = lexiconRule({
  id: 'ai-vocabulary',
  category: 'vocabulary',
  texts: perLanguage((pack) => pack.rules['ai-vocabulary']),
});
