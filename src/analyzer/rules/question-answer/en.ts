import type { QuestionAnswerPhrases } from './rule';

/** How a English answer opens when it makes the question a condition: "then" or an instruction. */
const phrases: QuestionAnswerPhrases = {
  conditionAnswer: /^(?:then|call|phone|ring|email|e-mail|text|get|contact|see|read|send|ask|order|come|let|write|click|check|visit|download|try|book|drop|give|pop|talk|sign)\b/iu,
};

export default phrases;
