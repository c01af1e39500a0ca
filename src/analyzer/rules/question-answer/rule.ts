import type { Finding } from '../../types';
import { density, makeFinding, type Rule } from '../../rule';
import type { Document, Sentence } from '../../text/document';

/** A question of at most this many words, answered at once, is a set-up rather than a question. */
const MAX_QUESTION_WORDS = 5;

/** An answer this long, in a paragraph of its own after a question that stands alone, is an FAQ answer. */
const MIN_FAQ_ANSWER_WORDS = 12;

/**
 * Whether a question is an FAQ or menu heading rather than a set-up: it is a paragraph of its own
 * ("Glutenvrij?", "Met de fiets?") and the next paragraph answers it at some length. The set-up trick
 * answers in a breath: "Het resultaat? Meer omzet." in one paragraph, or a one-line punchline.
 */
function isFaqHeading(doc: Document, sentence: Sentence): boolean {
  const paragraph = doc.paragraphs[sentence.paragraph]!;
  if (paragraph.sentences.length !== 1) return false;
  const answer = doc.paragraphs[sentence.paragraph + 1];
  return answer !== undefined && answer.words >= MIN_FAQ_ANSWER_WORDS;
}

/** A short rhetorical question answered straight away: "Het resultaat? Meer omzet." */
export const questionAnswer: Rule = {
  id: 'question-answer',
  category: 'structure',
  description: {
    nl: 'Een korte vraag die de tekst meteen zelf beantwoordt, zoals ‘Het resultaat? Meer omzet.’',
    en: 'A short question the text answers at once, such as "The result? More sales."',
  },
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    for (let index = 0; index + 1 < doc.sentences.length; index++) {
      const sentence = doc.sentences[index]!;
      const next = doc.sentences[index + 1]!;
      if (sentence.words.length === 0 || sentence.words.length > MAX_QUESTION_WORDS) continue;
      if (!doc.text.slice(sentence.start, sentence.end).endsWith('?')) continue;
      if (doc.text.slice(next.start, next.end).endsWith('?')) continue;
      if (next.paragraph - sentence.paragraph > 1) continue;
      if (isFaqHeading(doc, sentence)) continue;
      const actual = doc.text.slice(sentence.start, sentence.end);
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message:
            doc.lang === 'nl'
              ? `‘${actual}’ is een vraag die de tekst meteen zelf beantwoordt: een vast trucje om spanning te maken.`
              : `"${actual}" is a question the text answers itself at once: a stock trick to create suspense.`,
          note:
            doc.lang === 'nl'
              ? 'Schrap de vraag en begin met het antwoord, liefst met een getal of voorbeeld.'
              : 'Drop the question and lead with the answer, ideally with a number or an example.',
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
