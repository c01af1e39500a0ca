import type { Finding } from '../types';
import { makeFinding, type Rule } from '../rule';
import type { Sentence } from '../text/document';

/** How many sentences in a row must be alike before the rhythm counts as flat. */
const WINDOW = 5;
/** Coefficient of variation of sentence length below which a window is flat (anti-slop flags < 0.45 for whole texts; a window of 5 is stricter). */
const MAX_VARIATION = 0.2;
/** Sentences this short are headings or fragments and break a run. */
const MIN_WORDS = 5;

function variation(lengths: readonly number[]): number {
  const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  if (mean === 0) return 0;
  const variance = lengths.reduce((sum, length) => sum + (length - mean) ** 2, 0) / lengths.length;
  return Math.sqrt(variance) / mean;
}

/** Runs of sentences of nearly the same length: low burstiness, the best-measured sameness signal. */
export const flatRhythm: Rule = {
  id: 'flat-rhythm',
  category: 'sameness',
  description: {
    nl: 'Reeksen zinnen die allemaal ongeveer even lang zijn: een vlak, voorspelbaar ritme.',
    en: 'Runs of sentences that are all about the same length: a flat, predictable rhythm.',
  },
  unit: '% of sentences in flat runs',
  run(doc) {
    const findings: Finding[] = [];
    const sentences = doc.sentences;
    const flat = new Array<boolean>(sentences.length).fill(false);
    for (let index = 0; index + WINDOW <= sentences.length; index++) {
      const window = sentences.slice(index, index + WINDOW);
      if (window.some((sentence) => sentence.words.length < MIN_WORDS)) continue;
      if (variation(window.map((sentence) => sentence.words.length)) <= MAX_VARIATION) {
        for (let offset = 0; offset < WINDOW; offset++) flat[index + offset] = true;
      }
    }
    let flatCount = 0;
    for (let index = 0; index < sentences.length; ) {
      if (!flat[index]) {
        index++;
        continue;
      }
      const run: Sentence[] = [];
      while (index < sentences.length && flat[index]) run.push(sentences[index++]!);
      flatCount += run.length;
      const lengths = run.map((sentence) => sentence.words.length);
      const low = Math.min(...lengths);
      const high = Math.max(...lengths);
      findings.push(
        makeFinding(this, doc, {
          span: { start: run[0]!.start, end: run[run.length - 1]!.end },
          message:
            doc.lang === 'nl'
              ? `Deze ${run.length} zinnen zijn allemaal ${low}–${high} woorden lang: een vlak ritme dat voorspelbaar leest.`
              : `These ${run.length} sentences are all ${low}–${high} words long: a flat rhythm that reads as predictable.`,
          note:
            doc.lang === 'nl'
              ? 'Wissel af: zet een korte zin naast een lange, of knip een opsomming op.'
              : 'Vary it: put a short sentence next to a long one, or break up a list.',
          weight: run.length,
        }),
      );
    }
    return { findings, value: sentences.length === 0 ? 0 : (100 * flatCount) / sentences.length };
  },
};
