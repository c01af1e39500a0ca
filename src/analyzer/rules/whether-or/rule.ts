import { patternRule } from '../../rule';
import en from './en';
import nl from './nl';

/** The false-range entries ("van starters tot multinationals", "from classic to modern"): a range, not a call to every reader. */
const FALSE_RANGE = /^(?:van|from)-/u;

/** Addressing every possible reader at once, and its sibling the false range. */
export const whetherOr = patternRule({
  id: 'whether-or',
  category: 'structure',
  description: {
    nl: '‘Of je nu … bent of …’: iedereen tegelijk aanspreken; en schijnreeksen als ‘van starters tot multinationals’.',
    en: '"Whether you\'re … or …": addressing every reader at once; and false ranges such as "from startups to enterprises".',
  },
  patterns: { en, nl },
  message: {
    nl: (actual, entry) =>
      FALSE_RANGE.test(entry.id)
        ? `‘${actual}’ is een schijnreeks: van het ene uiterste naar het andere, zonder te zeggen wat ertussen zit.`
        : `‘${actual}’ spreekt iedereen tegelijk aan en daardoor niemand in het bijzonder.`,
    en: (actual, entry) =>
      FALSE_RANGE.test(entry.id)
        ? `"${actual}" is a false range: one extreme to the other, without saying what lies between.`
        : `"${actual}" addresses everyone at once, and so no one in particular.`,
  },
});
