import type { Finding } from '../../types';
import { type Rule, type RuleMessages, density, descriptions, makeFinding } from '../../rule';
import { perLanguage } from '../../languages';

/** What closing-question looks for in a language (`<lang>.ts`). */
export interface ClosingQuestionPhrases {
  /** A question to the reader: a question word, then "you" somewhere before the question mark. */
  readerQuestion: RegExp;
}

/** Only the last sentences of a text count: the question is the sign-off. */
const LAST_SENTENCES = 2;

/** What closing-question says in each language (`messages/<lang>.ts`). */
export interface ClosingQuestionMessages extends RuleMessages {
  /** The finding's message, given the closing question. */
  finding(values: { actual: string }): string;
  /** The direction for a rewrite. */
  note: string;
}

const texts = perLanguage((pack) => pack.rules['closing-question']);

/**
 * A text that signs off with a question to the reader ("Which use case would you add?"): the
 * engagement bait of generated social posts, "manufactured conversationality" (anti-slop #36, via
 * shared/reference/ai-tells.md §7c). On dev: English 0 of 71 human vs 3 of 73 AI texts.
 */
export const closingQuestion: Rule = {
  id: 'closing-question',
  category: 'structure',
  description: descriptions(texts),
  unit: 'per 100 words',
  run(doc) {
    const findings: Finding[] = [];
    const messages = texts[doc.lang].messages;
    for (const sentence of doc.sentences.slice(-LAST_SENTENCES)) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!texts[doc.lang].phrases.readerQuestion.test(text)) continue;
      findings.push(
        makeFinding(this, doc, {
          span: { start: sentence.start, end: sentence.end },
          message: messages.finding({ actual: text }),
          note: messages.note,
        }),
      );
    }
    return { findings, value: density(findings, doc) };
  },
};
