import type { ClosingQuestionPhrases } from './rule';

/** A question to the reader: a question word, then "you" before the question mark. */
const phrases: ClosingQuestionPhrases = {
  readerQuestion: /^(?:so )?(?:what|which|how|who|where|have|do|are|would)\b[^?]{0,80}\b(?:you|your)\b[^?]{0,60}\?$/i,
};

export default phrases;
