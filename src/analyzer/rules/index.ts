import type { Rule } from '../rule';
import { abstractNouns } from './abstract-nouns';
import { aiVocabulary } from './ai-vocabulary';
import { closingQuestion } from './closing-question';
import { effectTail } from './effect-tail';
import { emDash } from './em-dash';
import { emojiBullets } from './emoji-bullets';
import { flatRhythm } from './flat-rhythm';
import { hedging } from './hedging';
import { hype } from './hype';
import { labelColon } from './label-colon';
import { noSpecifics } from './no-specifics';
import { notBut } from './not-but';
import { oneLineParagraphs } from './one-line-paragraphs';
import { placeholder } from './placeholder';
import { questionAnswer } from './question-answer';
import { repeatedOpeners } from './repeated-openers';
import { repeatedPhrases } from './repeated-phrases';
import { ruleOfThree } from './rule-of-three';
import { setupPhrase } from './setup-phrase';
import { stockPhrase } from './stock-phrase';
import { summaryMarker } from './summary-marker';
import { titleCase } from './title-case';
import { uniformParagraphs } from './uniform-paragraphs';
import { whetherOr } from './whether-or';

/** Every rule, in alphabetical order of id. Order never changes output: findings are sorted. */
export const rules: readonly Rule[] = [
  abstractNouns,
  aiVocabulary,
  closingQuestion,
  effectTail,
  emDash,
  emojiBullets,
  flatRhythm,
  hedging,
  hype,
  labelColon,
  noSpecifics,
  notBut,
  oneLineParagraphs,
  placeholder,
  questionAnswer,
  repeatedOpeners,
  repeatedPhrases,
  ruleOfThree,
  setupPhrase,
  stockPhrase,
  summaryMarker,
  titleCase,
  uniformParagraphs,
  whetherOr,
];
