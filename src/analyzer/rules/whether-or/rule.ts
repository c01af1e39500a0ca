import { patternRule, type PhraseRuleMessages } from '../../rule';
import { perLanguage } from '../../languages';

/** What whether-or says in each language (`messages/<lang>.ts`). */
export interface WhetherOrMessages extends PhraseRuleMessages {
  /** For a false range ("van starters tot multinationals"): entries with `message: 'falseRange'`. */
  falseRange(values: { actual: string }): string;
}

/** Addressing every possible reader at once, and its sibling the false range. */
export const whetherOr = patternRule<WhetherOrMessages>({
  id: 'whether-or',
  category: 'structure',
  texts: perLanguage((pack) => pack.rules['whether-or']),
  // The shape ends at its pivot; the mark covers what the pivot introduces, to the end of the clause.
  toPhraseEnd: true,
  message: (messages, entry) => (entry.message === 'falseRange' ? messages.falseRange : messages.finding),
});
