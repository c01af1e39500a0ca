import { lexiconRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Empty intensifiers and puffery. */
export const hype = lexiconRule({
  id: 'hype',
  category: 'hype',
  description: {
    nl: 'Lege versterkers en opgeklopte woorden, zoals ‘écht’, ‘ongeëvenaard’ en ‘revolutionair’.',
    en: 'Empty intensifiers and puffery, such as "truly", "unparalleled" and "revolutionary".',
  },
  lexicons: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ maakt de zin harder, niet informatiever.`,
    en: (actual) => `"${actual}" makes the sentence louder, not more informative.`,
  },
});
