import { lexiconRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Stock marketing phrases that would fit any product. */
export const stockPhrase = lexiconRule({
  id: 'stock-phrase',
  category: 'cliche',
  description: {
    nl: 'Clichés die bij elk bedrijf passen, zoals ‘naar een hoger niveau tillen’.',
    en: 'Stock phrases that would fit any company, such as "in today\'s fast-paced world".',
  },
  lexicons: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ is een cliché: het past bij elk bedrijf en zegt dus niets over dit bedrijf.`,
    en: (actual) => `"${actual}" is a stock phrase: it fits any company, so it says nothing about this one.`,
  },
});
