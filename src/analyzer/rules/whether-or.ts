import { patternRule } from '../rule';
import en from '../lexicons/en/whether-or';
import nl from '../lexicons/nl/whether-or';

/** Addressing every possible reader at once. */
export const whetherOr = patternRule({
  id: 'whether-or',
  category: 'structure',
  description: {
    nl: '"Of je nu … bent of …": iedereen tegelijk aanspreken.',
    en: '"Whether you\'re … or …": addressing every reader at once.',
  },
  patterns: { en, nl },
  message: {
    nl: (actual) => `"${actual}" spreekt iedereen tegelijk aan en daardoor niemand in het bijzonder.`,
    en: (actual) => `"${actual}" addresses everyone at once, and so no one in particular.`,
  },
});
