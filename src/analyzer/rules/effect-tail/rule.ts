import { patternRule } from '../../rule';
import { perLanguage } from '../../languages';

/** An effect claimed in a clause tacked on after a comma. */
export const effectTail = patternRule({
  id: 'effect-tail',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['effect-tail']),
  // The shape ends at its pivot; the mark covers what the pivot introduces, to the end of the clause.
  toPhraseEnd: true,
});
