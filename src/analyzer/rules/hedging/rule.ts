import { lexiconRule } from '../../rule';
import en from './en';
import nl from './nl';

/** Hedges, weasel words and claims without a source. */
export const hedging = lexiconRule({
  id: 'hedging',
  category: 'hedging',
  description: {
    nl: 'Voorbehouden en vage bronnen, zoals ‘in zekere zin’ en ‘experts zijn het erover eens’.',
    en: 'Hedges and vague attribution, such as "it could be argued" and "experts agree".',
  },
  lexicons: { en, nl },
  message: {
    nl: (actual) => `‘${actual}’ houdt een slag om de arm of verwijst naar een bron zonder die te noemen.`,
    en: (actual) => `"${actual}" hedges, or points to a source without naming it.`,
  },
});
