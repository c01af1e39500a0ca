import type { Finding } from '../../types';
import { makeFinding, type Rule } from '../../rule';

/** Paragraphs needed before their lengths say anything. */
const MIN_PARAGRAPHS = 4;
/** Coefficient of variation of paragraph length below which paragraphs count as uniform. */
const MAX_VARIATION = 0.2;
/** Paragraphs shorter than this are headings or list items, not body paragraphs. */
const MIN_WORDS = 15;

/** Body paragraphs of (nearly) the same length: the neat balance of generated copy. */
export const uniformParagraphs: Rule = {
  id: 'uniform-paragraphs',
  category: 'sameness',
  description: {
    nl: "Alinea's die allemaal ongeveer even lang zijn: keurig gebalanceerd, en daardoor voorspelbaar.",
    en: 'Paragraphs that are all about the same length: neatly balanced, and so predictable.',
  },
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
          message:
            doc.lang === 'nl'
              ? `De ${body.length} alinea's zijn allemaal ${Math.min(...lengths)}–${Math.max(...lengths)} woorden lang: keurig gebalanceerd, en daardoor voorspelbaar.`
              : `The ${body.length} paragraphs are all ${Math.min(...lengths)}–${Math.max(...lengths)} words long: neatly balanced, and so predictable.`,
          note:
            doc.lang === 'nl'
              ? 'Geef het belangrijkste punt meer ruimte en maak de rest korter.'
              : 'Give the most important point more room and cut the rest shorter.',
          weight: body.length,
        }),
      );
    }
    return { findings, value: Math.max(0, 1 - variation) };
  },
};
