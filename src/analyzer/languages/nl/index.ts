// Dutch: every rule's phrases and messages in Dutch, gathered from the rule folders. A new rule
// adds its nl.ts and messages/nl.ts here; a new language copies this file.
import type { LanguagePack } from '../pack';
import markers from './markers';
import phraseEnds from './phrase-ends';
import abstractNounsPhrases from '../../rules/abstract-nouns/nl';
import abstractNounsMessages from '../../rules/abstract-nouns/messages/nl';
import aiVocabularyPhrases from '../../rules/ai-vocabulary/nl';
import aiVocabularyMessages from '../../rules/ai-vocabulary/messages/nl';
import closingQuestionPhrases from '../../rules/closing-question/nl';
import closingQuestionMessages from '../../rules/closing-question/messages/nl';
import effectTailPhrases from '../../rules/effect-tail/nl';
import effectTailMessages from '../../rules/effect-tail/messages/nl';
import emDashPhrases from '../../rules/em-dash/nl';
import emDashMessages from '../../rules/em-dash/messages/nl';
import emojiBulletsMessages from '../../rules/emoji-bullets/messages/nl';
import flatRhythmMessages from '../../rules/flat-rhythm/messages/nl';
import hedgingPhrases from '../../rules/hedging/nl';
import hedgingMessages from '../../rules/hedging/messages/nl';
import hypePhrases from '../../rules/hype/nl';
import hypeMessages from '../../rules/hype/messages/nl';
import labelColonPhrases, { conventions as labelColonConventions } from '../../rules/label-colon/nl';
import labelColonMessages from '../../rules/label-colon/messages/nl';
import noSpecificsMessages from '../../rules/no-specifics/messages/nl';
import notButPhrases from '../../rules/not-but/nl';
import notButMessages from '../../rules/not-but/messages/nl';
import oneLineParagraphsMessages from '../../rules/one-line-paragraphs/messages/nl';
import placeholderPhrases from '../../rules/placeholder/nl';
import placeholderMessages from '../../rules/placeholder/messages/nl';
import questionAnswerPhrases from '../../rules/question-answer/nl';
import questionAnswerMessages from '../../rules/question-answer/messages/nl';
import repeatedOpenersPhrases from '../../rules/repeated-openers/nl';
import repeatedOpenersMessages from '../../rules/repeated-openers/messages/nl';
import repeatedPhrasesMessages from '../../rules/repeated-phrases/messages/nl';
import ruleOfThreePhrases from '../../rules/rule-of-three/nl';
import ruleOfThreeMessages from '../../rules/rule-of-three/messages/nl';
import setupPhrasePhrases from '../../rules/setup-phrase/nl';
import setupPhraseMessages from '../../rules/setup-phrase/messages/nl';
import stockPhrasePhrases from '../../rules/stock-phrase/nl';
import stockPhraseMessages from '../../rules/stock-phrase/messages/nl';
import summaryMarkerPhrases from '../../rules/summary-marker/nl';
import summaryMarkerMessages from '../../rules/summary-marker/messages/nl';
import titleCasePhrases from '../../rules/title-case/nl';
import titleCaseMessages from '../../rules/title-case/messages/nl';
import uniformParagraphsMessages from '../../rules/uniform-paragraphs/messages/nl';
import whetherOrPhrases from '../../rules/whether-or/nl';
import whetherOrMessages from '../../rules/whether-or/messages/nl';

/** Everything the analyzer says and looks for in Dutch. */
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
