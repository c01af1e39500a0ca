import { lexiconRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Abstract container nouns, by density. */
export const abstractNouns = lexiconRule({
  id: 'abstract-nouns',
  category: 'specifics',
  description: {
    nl: 'Abstracte containerwoorden zoals ‘oplossingen’, ‘mogelijkheden’ en ‘ervaring’.',
    en: 'Abstract container nouns such as "solutions", "experience" and "value".',
  },
  lexicons: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ is een containerwoord: het past in elke tekst en laat niets zien.`,
    en: (actual) => `"${actual}" is a container word: it fits any text and shows nothing.`,
  },
});
