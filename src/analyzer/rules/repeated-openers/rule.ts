import type { Finding, Lang } from '../../types';
import { makeFinding, type Rule } from '../../rule';

/** Openers that are too ordinary to count as a repeated pattern (articles). */
const NEUTRAL_OPENERS: Record<Lang, ReadonlySet<string>> = {
  nl: new Set(['de', 'het', 'een']),
  en: new Set(['the', 'a', 'an']),
};
/** Window of consecutive sentences in which an opener may not recur three times. */
const WINDOW = 5;
const REPEATS = 3;

/** Sentences that keep starting with the same word: "Wij … Wij … Wij …". */
export const repeatedOpeners: Rule = {
  id: 'repeated-openers',
  category: 'sameness',
  description: {
    nl: 'Zinnen die steeds met hetzelfde woord beginnen, zoals ‘Wij … Wij … Wij …’.',
    en: 'Sentences that keep starting with the same word, such as "We … We … We …".',
  },
  unit: '% of sentences',
  run(doc) {
    const findings: Finding[] = [];
    const openers = doc.sentences.map((sentence) => sentence.words[0]);
    const reported = new Set<number>();
    for (let index = 0; index < openers.length; index++) {
      const opener = openers[index];
      if (!opener || NEUTRAL_OPENERS[doc.lang].has(opener.norm) || opener.kind !== 'word') continue;
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
            message:
              doc.lang === 'nl'
                ? `‘${token.text}’ opent hier ${same.length} van de ${WINDOW} zinnen op rij: herhaling die voorspelbaar leest.`
                : `"${token.text}" opens ${same.length} of ${WINDOW} sentences in a row here: repetition that reads as predictable.`,
            note:
              doc.lang === 'nl'
                ? 'Begin een van de zinnen met het belangrijkste nieuwe woord.'
                : 'Start one of the sentences with its most important new word.',
          }),
        );
      }
    }
    return { findings, value: doc.sentences.length === 0 ? 0 : (100 * findings.length) / doc.sentences.length };
  },
};
