import type { Finding } from '../../types';
import { type Rule, type RuleMessages, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';

/** What repeated-openers leaves alone in a language (`<lang>.ts`). */
export interface RepeatedOpenersPhrases {
  /** Openers that are too ordinary to count as a repeated pattern (articles). */
  neutralOpeners: readonly string[];
}

/** Window of consecutive sentences in which an opener may not recur three times. */
const WINDOW = 5;
const REPEATS = 3;

/** What repeated-openers says in each language (`messages/<lang>.ts`). */
export interface RepeatedOpenersMessages extends RuleMessages {
  /** The finding's message, given the opening word, how often it opens and in how many sentences. */
  finding(values: { actual: string; count: number; window: number }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['repeated-openers']);
const neutralOpeners = perLanguage((pack) => new Set(pack.rules['repeated-openers'].phrases.neutralOpeners));

/** Sentences that keep starting with the same word: "Wij … Wij … Wij …". */
export const repeatedOpeners: Rule = {
  id: 'repeated-openers',
  category: 'sameness',
  description: descriptions(texts),
  unit: '% of sentences',
  run(doc) {
    const findings: Finding[] = [];
    const openers = doc.sentences.map((sentence) => sentence.words[0]);
    const reported = new Set<number>();
    for (let index = 0; index < openers.length; index++) {
      const opener = openers[index];
      if (!opener || neutralOpeners[doc.lang].has(opener.norm) || opener.kind !== 'word') continue;
      const same: number[] = [];
      for (let other = index; other < Math.min(openers.length, index + WINDOW); other++) {
        if (openers[other]?.norm === opener.norm) same.push(other);
      }
      if (same.length < REPEATS) continue;
      for (const position of same) {
        if (reported.has(position)) continue;
        reported.add(position);
        const token = openers[position]!;
        findings.push(
          makeFinding(this, doc, {
            span: { start: token.start, end: token.end },
            message: texts[doc.lang].messages.finding({ actual: token.text, count: same.length, window: WINDOW }),
            note: texts[doc.lang].messages.note,
          }),
        );
      }
    }
    return { findings, value: doc.sentences.length === 0 ? 0 : (100 * findings.length) / doc.sentences.length };
  },
};
