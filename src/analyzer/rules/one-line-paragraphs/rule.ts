import type { Finding } from '../../types';
import { type Rule, type RuleMessages, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';
import type { Paragraph } from '../../text/document';

/** Consecutive one-sentence paragraphs from which copy reads as a stack of slogans. */
const MIN_RUN = 3;
/** A one-sentence paragraph shorter than this is a heading or a list item, not body copy. */
const MIN_WORDS = 6;

/** What one-line-paragraphs says in each language (`messages/<lang>.ts`). */
export interface OneLineParagraphsMessages extends RuleMessages {
  /** The finding's message, given how many one-sentence paragraphs follow each other. */
  finding(values: { paragraphs: number }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['one-line-paragraphs']);

/** Runs of paragraphs of a single sentence each: the "one line, one paragraph" layout of generated posts. */
export const oneLineParagraphs: Rule = {
  id: 'one-line-paragraphs',
  category: 'sameness',
  description: descriptions(texts),
  unit: '% of body paragraphs',
  run(doc) {
    const findings: Finding[] = [];
    const single = (paragraph: Paragraph) => paragraph.sentences.length === 1 && paragraph.words >= MIN_WORDS;
    const body = doc.paragraphs.filter((paragraph) => paragraph.words >= MIN_WORDS);
    let singles = 0;
    for (let index = 0; index < doc.paragraphs.length; ) {
      if (!single(doc.paragraphs[index]!)) {
        index++;
        continue;
      }
      const run: Paragraph[] = [];
      while (index < doc.paragraphs.length && single(doc.paragraphs[index]!)) run.push(doc.paragraphs[index++]!);
      singles += run.length;
      if (run.length < MIN_RUN) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: run[0]!.start, end: run[0]!.end },
          message: texts[doc.lang].messages.finding({ paragraphs: run.length }),
          note: texts[doc.lang].messages.note,
          weight: run.length,
        }),
      );
    }
    return { findings, value: body.length === 0 ? 0 : (100 * singles) / body.length };
  },
};
