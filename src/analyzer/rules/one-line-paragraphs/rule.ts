import type { Finding } from '../../types';
import { makeFinding, type Rule } from '../../rule';
import type { Paragraph } from '../../text/document';

/** Consecutive one-sentence paragraphs from which copy reads as a stack of slogans. */
const MIN_RUN = 3;
/** A one-sentence paragraph shorter than this is a heading or a list item, not body copy. */
const MIN_WORDS = 6;

/** Runs of paragraphs of a single sentence each: the "one line, one paragraph" layout of generated posts. */
export const oneLineParagraphs: Rule = {
  id: 'one-line-paragraphs',
  category: 'sameness',
  description: {
    nl: "Reeksen alinea's van telkens één zin: tekst als een stapel slogans.",
    en: 'Runs of paragraphs that are one sentence each: copy as a stack of slogans.',
  },
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
          message:
            doc.lang === 'nl'
              ? `${run.length} alinea's op rij bestaan uit één zin: de tekst leest als een stapel slogans.`
              : `${run.length} paragraphs in a row are a single sentence each: the copy reads as a stack of slogans.`,
          note:
            doc.lang === 'nl'
              ? "Voeg samen wat bij elkaar hoort, en geef één punt de ruimte met een voorbeeld."
              : 'Join what belongs together, and give one point room with an example.',
          weight: run.length,
        }),
      );
    }
    return { findings, value: body.length === 0 ? 0 : (100 * singles) / body.length };
  },
};
