// English: every rule's phrases and messages in English, gathered from the rule folders. A new rule
// adds its en.ts and messages/en.ts here; a new language copies this file.
import type { LanguagePack } from '../pack';
import markers from './markers';
import phraseEnds from './phrase-ends';
import abstractNounsPhrases from '../../rules/abstract-nouns/en';
import abstractNounsMessages from '../../rules/abstract-nouns/messages/en';
import aiVocabularyPhrases from '../../rules/ai-vocabulary/en';
import aiVocabularyMessages from '../../rules/ai-vocabulary/messages/en';
import closingQuestionPhrases from '../../rules/closing-question/en';
import closingQuestionMessages from '../../rules/closing-question/messages/en';
import effectTailPhrases from '../../rules/effect-tail/en';
import effectTailMessages from '../../rules/effect-tail/messages/en';
import emDashPhrases from '../../rules/em-dash/en';
import emDashMessages from '../../rules/em-dash/messages/en';
import emojiBulletsMessages from '../../rules/emoji-bullets/messages/en';
import flatRhythmMessages from '../../rules/flat-rhythm/messages/en';
import hedgingPhrases from '../../rules/hedging/en';
import hedgingMessages from '../../rules/hedging/messages/en';
import hypePhrases from '../../rules/hype/en';
import hypeMessages from '../../rules/hype/messages/en';
import labelColonPhrases, { conventions as labelColonConventions } from '../../rules/label-colon/en';
import labelColonMessages from '../../rules/label-colon/messages/en';
import noSpecificsMessages from '../../rules/no-specifics/messages/en';
import notButPhrases from '../../rules/not-but/en';
import notButMessages from '../../rules/not-but/messages/en';
import oneLineParagraphsMessages from '../../rules/one-line-paragraphs/messages/en';
import placeholderPhrases from '../../rules/placeholder/en';
import placeholderMessages from '../../rules/placeholder/messages/en';
import questionAnswerPhrases from '../../rules/question-answer/en';
import questionAnswerMessages from '../../rules/question-answer/messages/en';
import repeatedOpenersPhrases from '../../rules/repeated-openers/en';
import repeatedOpenersMessages from '../../rules/repeated-openers/messages/en';
import repeatedPhrasesMessages from '../../rules/repeated-phrases/messages/en';
import ruleOfThreePhrases from '../../rules/rule-of-three/en';
import ruleOfThreeMessages from '../../rules/rule-of-three/messages/en';
import setupPhrasePhrases from '../../rules/setup-phrase/en';
import setupPhraseMessages from '../../rules/setup-phrase/messages/en';
import stockPhrasePhrases from '../../rules/stock-phrase/en';
import stockPhraseMessages from '../../rules/stock-phrase/messages/en';
import summaryMarkerPhrases from '../../rules/summary-marker/en';
import summaryMarkerMessages from '../../rules/summary-marker/messages/en';
import titleCasePhrases from '../../rules/title-case/en';
import titleCaseMessages from '../../rules/title-case/messages/en';
import uniformParagraphsMessages from '../../rules/uniform-paragraphs/messages/en';
import whetherOrPhrases from '../../rules/whether-or/en';
import whetherOrMessages from '../../rules/whether-or/messages/en';

/** Everything the analyzer says and looks for in English. */
const pack: LanguagePack = {
  rules: {
    'abstract-nouns': { phrases: abstractNounsPhrases, messages: abstractNounsMessages },
    'ai-vocabulary': { phrases: aiVocabularyPhrases, messages: aiVocabularyMessages },
    'closing-question': { phrases: closingQuestionPhrases, messages: closingQuestionMessages },
    'effect-tail': { phrases: effectTailPhrases, messages: effectTailMessages },
    'em-dash': { phrases: emDashPhrases, messages: emDashMessages },
    'emoji-bullets': { messages: emojiBulletsMessages },
    'flat-rhythm': { messages: flatRhythmMessages },
    'hedging': { phrases: hedgingPhrases, messages: hedgingMessages },
    'hype': { phrases: hypePhrases, messages: hypeMessages },
    'label-colon': { phrases: labelColonPhrases, conventions: labelColonConventions, messages: labelColonMessages },
    'no-specifics': { messages: noSpecificsMessages },
    'not-but': { phrases: notButPhrases, messages: notButMessages },
    'one-line-paragraphs': { messages: oneLineParagraphsMessages },
    'placeholder': { phrases: placeholderPhrases, messages: placeholderMessages },
    'question-answer': { phrases: questionAnswerPhrases, messages: questionAnswerMessages },
    'repeated-openers': { phrases: repeatedOpenersPhrases, messages: repeatedOpenersMessages },
    'repeated-phrases': { messages: repeatedPhrasesMessages },
    'rule-of-three': { phrases: ruleOfThreePhrases, messages: ruleOfThreeMessages },
    'setup-phrase': { phrases: setupPhrasePhrases, messages: setupPhraseMessages },
    'stock-phrase': { phrases: stockPhrasePhrases, messages: stockPhraseMessages },
    'summary-marker': { phrases: summaryMarkerPhrases, messages: summaryMarkerMessages },
    'title-case': { phrases: titleCasePhrases, messages: titleCaseMessages },
    'uniform-paragraphs': { messages: uniformParagraphsMessages },
    'whether-or': { phrases: whetherOrPhrases, messages: whetherOrMessages },
  },
  phraseEnds,
  markers,
};

export default pack;
