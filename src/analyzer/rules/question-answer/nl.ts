import type { QuestionAnswerPhrases } from './rule';

/** How a Dutch answer opens when it makes the question a condition: "dan" or an instruction. */
const phrases: QuestionAnswerPhrases = {
  conditionAnswer: /^(?:dan|bel|mail|e-?mail|app|neem|kijk|stuur|vraag|bestel|meld|kom|laat|schrijf|klik|bekijk|lees|download|probeer|reserveer|plan|boek|loop|ga|check)\b/iu,
};

export default phrases;
