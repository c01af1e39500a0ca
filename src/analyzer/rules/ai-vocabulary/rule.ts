import { lexiconRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Words language models overuse; counted by density. */
export const aiVocabulary = lexiconRule({
  id: 'ai-vocabulary',
  category: 'vocabulary',
  description: {
    nl: 'Woorden die AI-teksten opvallend vaak gebruiken, zoals ‘naadloos’ en ‘cruciaal’.',
    en: 'Words that AI-written copy uses conspicuously often, such as "seamless" and "delve".',
  },
  lexicons: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ is een van de woorden die AI-teksten opvallend vaak gebruiken.`,
    en: (actual) => `"${actual}" is one of the words AI-written copy uses conspicuously often.`,
  },
});
