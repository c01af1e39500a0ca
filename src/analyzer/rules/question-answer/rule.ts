import type { Finding } from '../../types';
import { type Rule, type RuleMessages, density, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';
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

/** What question-answer looks for in a language (`<lang>.ts`). */
export interface QuestionAnswerPhrases {
  /**
   * How an answer starts when it turns the question into a condition: "dan"/"then" or an
   * instruction ("Interesse? Bel Sietse.", "Wil je er twee? Bestel ze dan samen."), the ordinary way
   * to open a call to action rather than a manufactured punchline. Anchored at the answer's start.
   */
  conditionAnswer: RegExp;
}

/** What question-answer says in each language (`messages/<lang>.ts`). */
export interface QuestionAnswerMessages extends RuleMessages {
  /** The finding's message, given the question. */
  finding(values: { actual: string }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['question-answer']);

/** A short rhetorical question answered straight away: "Het resultaat? Meer omzet." */
export const questionAnswer: Rule = {
  id: 'question-answer',
  category: 'structure',
  description: descriptions(texts),
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
      if (isFaqHeading(doc, sentence) || texts[doc.lang].phrases.conditionAnswer.test(doc.text.slice(next.start, next.end).trimStart())) continue;
      const actual = doc.text.slice(sentence.start, sentence.end);
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message: texts[doc.lang].messages.finding({ actual }),
          note: texts[doc.lang].messages.note,
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
