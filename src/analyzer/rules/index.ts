import type { Rule } from '../rule';
import { abstractNouns } from './abstract-nouns/rule';
import { aiVocabulary } from './ai-vocabulary/rule';
import { closingQuestion } from './closing-question/rule';
import { effectTail } from './effect-tail/rule';
import { emDash } from './em-dash/rule';
import { emojiBullets } from './emoji-bullets/rule';
import { flatRhythm } from './flat-rhythm/rule';
import { hedging } from './hedging/rule';
import { hype } from './hype/rule';
import { labelColon } from './label-colon/rule';
import { noSpecifics } from './no-specifics/rule';
import { notBut } from './not-but/rule';
import { oneLineParagraphs } from './one-line-paragraphs/rule';
import { placeholder } from './placeholder/rule';
import { questionAnswer } from './question-answer/rule';
import { repeatedOpeners } from './repeated-openers/rule';
import { repeatedPhrases } from './repeated-phrases/rule';
import { ruleOfThree } from './rule-of-three/rule';
import { setupPhrase } from './setup-phrase/rule';
import { stockPhrase } from './stock-phrase/rule';
import { summaryMarker } from './summary-marker/rule';
import { titleCase } from './title-case/rule';
import { uniformParagraphs } from './uniform-paragraphs/rule';
import { whetherOr } from './whether-or/rule';

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
