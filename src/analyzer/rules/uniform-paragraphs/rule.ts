import type { Finding } from '../../types';
import { type Rule, type RuleMessages, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';

/** Paragraphs needed before their lengths say anything. */
const MIN_PARAGRAPHS = 4;
/** Coefficient of variation of paragraph length below which paragraphs count as uniform. */
const MAX_VARIATION = 0.2;
/** Paragraphs shorter than this are headings or list items, not body paragraphs. */
const MIN_WORDS = 15;

/** What uniform-paragraphs says in each language (`messages/<lang>.ts`). */
export interface UniformParagraphsMessages extends RuleMessages {
  /** The finding's message, given the number of body paragraphs and their shortest and longest length in words. */
  finding(values: { paragraphs: number; shortest: number; longest: number }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['uniform-paragraphs']);

/** Body paragraphs of (nearly) the same length: the neat balance of generated copy. */
export const uniformParagraphs: Rule = {
  id: 'uniform-paragraphs',
  category: 'sameness',
  description: descriptions(texts),
  unit: '1 − variation of paragraph length',
  reference: 'mean',
  run(doc) {
    const body = doc.paragraphs.filter((paragraph) => paragraph.words >= MIN_WORDS);
    // Too few paragraphs say nothing about their balance: not measurable, so the score treats it as average.
    if (body.length < MIN_PARAGRAPHS) return { findings: [], value: Number.NaN };
    const lengths = body.map((paragraph) => paragraph.words);
    const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
    const deviation = Math.sqrt(lengths.reduce((sum, length) => sum + (length - mean) ** 2, 0) / lengths.length);
    const variation = deviation / mean;
    const findings: Finding[] = [];
    if (variation <= MAX_VARIATION) {
      const first = doc.sentences[body[0]!.sentences[0]!]!;
      findings.push(
        makeFinding(this, doc, {
          span: { start: first.start, end: first.end },
          message: texts[doc.lang].messages.finding({ paragraphs: body.length, shortest: Math.min(...lengths), longest: Math.max(...lengths) }),
          note: texts[doc.lang].messages.note,
          weight: body.length,
        }),
      );
    }
    return { findings, value: Math.max(0, 1 - variation) };
  },
};
