import type { Lexicon } from '../lexicon/define';
import type { PatternSet } from '../lexicon/patterns';
import type { PhraseRuleTexts } from '../rule';
import type { PhraseEnds } from '../text/phrase';
import type { ClosingQuestionMessages, ClosingQuestionPhrases } from '../rules/closing-question/rule';
import type { EmDashMessages, EmDashPhrases } from '../rules/em-dash/rule';
import type { EmojiBulletsMessages } from '../rules/emoji-bullets/rule';
import type { FlatRhythmMessages } from '../rules/flat-rhythm/rule';
import type { LabelColonConventions } from '../rules/label-colon/rule';
import type { NoSpecificsMessages } from '../rules/no-specifics/rule';
import type { OneLineParagraphsMessages } from '../rules/one-line-paragraphs/rule';
import type { QuestionAnswerMessages, QuestionAnswerPhrases } from '../rules/question-answer/rule';
import type { RepeatedOpenersMessages, RepeatedOpenersPhrases } from '../rules/repeated-openers/rule';
import type { RepeatedPhrasesMessages } from '../rules/repeated-phrases/rule';
import type { RuleOfThreeMessages, RuleOfThreePhrases } from '../rules/rule-of-three/rule';
import type { TitleCaseMessages, TitleCasePhrases } from '../rules/title-case/rule';
import type { UniformParagraphsMessages } from '../rules/uniform-paragraphs/rule';
import type { WhetherOrMessages } from '../rules/whether-or/rule';

/** What a measured signal without findings (a marker) says in a language. */
export interface MarkerMessages {
  /** What it measures and why it moves the score (shown beside its bar). */
  description: string;
}

/**
 * Everything the analyzer says and looks for in one language, by rule id: each rule's phrases (its
 * `<lang>.ts`) and messages (its `messages/<lang>.ts`), and the markers' descriptions. Typed so a
 * language that lacks a rule, a phrase list or a message does not compile.
 */
export interface LanguagePack {
  /** Each rule's data in this language. */
  rules: {
    'abstract-nouns': PhraseRuleTexts<Lexicon>;
    'ai-vocabulary': PhraseRuleTexts<Lexicon>;
    'closing-question': { phrases: ClosingQuestionPhrases; messages: ClosingQuestionMessages };
    'effect-tail': PhraseRuleTexts<PatternSet>;
    'em-dash': { phrases: EmDashPhrases; messages: EmDashMessages };
    'emoji-bullets': { messages: EmojiBulletsMessages };
    'flat-rhythm': { messages: FlatRhythmMessages };
    'hedging': PhraseRuleTexts<Lexicon>;
    'hype': PhraseRuleTexts<Lexicon>;
    'label-colon': PhraseRuleTexts<PatternSet> & { conventions: LabelColonConventions };
    'no-specifics': { messages: NoSpecificsMessages };
    'not-but': PhraseRuleTexts<PatternSet>;
    'one-line-paragraphs': { messages: OneLineParagraphsMessages };
    'placeholder': PhraseRuleTexts<PatternSet>;
    'question-answer': { phrases: QuestionAnswerPhrases; messages: QuestionAnswerMessages };
    'repeated-openers': { phrases: RepeatedOpenersPhrases; messages: RepeatedOpenersMessages };
    'repeated-phrases': { messages: RepeatedPhrasesMessages };
    'rule-of-three': { phrases: RuleOfThreePhrases; messages: RuleOfThreeMessages };
    'setup-phrase': PhraseRuleTexts<PatternSet>;
    'stock-phrase': PhraseRuleTexts<Lexicon>;
    'summary-marker': PhraseRuleTexts<PatternSet>;
    'title-case': { phrases: TitleCasePhrases; messages: TitleCaseMessages };
    'uniform-paragraphs': { messages: UniformParagraphsMessages };
    'whether-or': PhraseRuleTexts<PatternSet, WhetherOrMessages>;
  };
  /** Where a phrase ends in this language, for marks that run on to the end of a phrase (`languages/<lang>/phrase-ends.ts`). */
  phraseEnds: PhraseEnds;
  /** Each marker's messages in this language (`languages/<lang>/markers.ts`). */
  markers: Record<'asides' | 'concrete-detail' | 'lexical-variety', MarkerMessages>;
}
