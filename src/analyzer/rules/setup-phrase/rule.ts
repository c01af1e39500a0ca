import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Set-up phrases that announce instead of say. */
export const setupPhrase = patternRule({
  id: 'setup-phrase',
  category: 'structure',
  description: {
    nl: 'Aankondigingen die spanning faken, zoals ‘Laten we eerlijk zijn’ en ‘Stel je voor’.',
    en: 'Set-ups that fake suspense, such as "Let\'s be honest" and "Here\'s the thing".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ kondigt aan in plaats van te zeggen; de zin erna kan het zelf.`,
    en: (actual) => `"${actual}" announces instead of saying; the next sentence can do it on its own.`,
  },
});
