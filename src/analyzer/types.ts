/** Languages the analyzer judges. */
export type Lang = 'nl' | 'en';

/** What a caller may ask for: a fixed language, or detection. */
export type LangOption = Lang | 'auto';

/**
 * The closed set of finding categories. Each drives one highlight colour and one group in the UI.
 * - `vocabulary`: words that language models overuse ("delve", "naadloos").
 * - `cliche`: stock marketing phrases that fit any product.
 * - `hedging`: hedges, weasel words and vague attribution.
 * - `hype`: empty intensifiers and puffery.
 * - `structure`: formulaic sentence shapes ("not X, but Y", "Het resultaat? …").
 * - `sameness`: flat rhythm and repetition across sentences and paragraphs.
 * - `specifics`: abstract, interchangeable wording instead of names, numbers and details.
 */
export type Category = 'vocabulary' | 'cliche' | 'hedging' | 'hype' | 'structure' | 'sameness' | 'specifics';

/** Half-open range `[start, end)` in UTF-16 code units of the analysed text, as `String#slice` and DOM `Range` use. */
export interface Span {
  /** First code unit of the range. */
  start: number;
  /** One past the last code unit of the range. */
  end: number;
}

/** One place in the text that makes it read as predictable, and why. Plain, JSON-serialisable data. */
export interface Finding {
  /** Id of the rule that found it; equals the rule's folder name in `src/analyzer/rules/`. */
  ruleId: string;
  /** `lang/lexicon/entry` when a lexicon entry matched, e.g. `nl/ai-vocabulary/naadloos`. */
  entryId?: string;
  /** Which group of signals this belongs to. */
  category: Category;
  /** Language of the text the message is written in. */
  lang: Lang;
  /** Where it is in the analysed text. */
  span: Span;
  /** Exactly `text.slice(span.start, span.end)`. */
  actual: string;
  /** One sentence in the text's language: names the thing, quotes it, says why it reads as predictable. */
  message: string;
  /** Concrete replacements, when there are any (may be empty). */
  expected: string[];
  /** A direction for a rewrite, in the text's language, when no literal replacement fits. */
  note?: string;
  /** The sentence the finding sits in (all of them, for a finding over several), for quoting it in context. */
  sentence: Span;
  /** How much this single finding counts towards its rule's raw density (before calibration). */
  weight: number;
}

/** Why a report has no score. */
export type NoScoreReason = 'empty' | 'too-short' | 'unsupported-language';

/** Verdict bands of the score. */
export type Verdict = 'low' | 'medium' | 'high';

/** One measured signal and how much it moved the score. */
export interface SignalContribution {
  /** Signal id (a rule id, or a human-marker id such as `specifics`). */
  id: string;
  /** Category the signal belongs to. */
  category: Category;
  /** What the signal measures and why it moves the score, in the text's language. */
  description: string;
  /** The measured value, per the signal's unit (e.g. hits per 100 words, coefficient of variation). */
  value: number;
  /** Points this signal added to (positive) or removed from (negative) the score, relative to a neutral text. */
  points: number;
  /** How many findings carry this signal. */
  findings: number;
}

/** The analyzer's answer for one text. Plain JSON; `schema` changes on breaking changes. */
export interface Report {
  /** Version of this shape. */
  schema: 1;
  /** Language judged, or null when the text is in neither Dutch nor English. */
  lang: Lang | null;
  /** Whether the language was given by the caller, detected from the text, or taken from the page's declared language (`langHint`) because the text alone did not tell. */
  langSource: 'option' | 'detected' | 'hint';
  /**
   * Present when the text mixes Dutch and English blocks with enough words of each: every block is
   * judged in its own language, and `score` is the word-weighted mean of these parts' scores.
   */
  parts?: LanguagePart[];
  /** 0–100, higher = more predictable; null when the text cannot be judged (see `reason`). */
  score: number | null;
  /** Band of the score; null together with the score. */
  verdict: Verdict | null;
  /** Why there is no score, when there is none. */
  reason?: NoScoreReason;
  /** Every signal's contribution, largest absolute first. Empty when there is no score. */
  signals: SignalContribution[];
  /** Every finding, sorted by start, end, rule id, entry id. */
  findings: Finding[];
  /** Basic counts of the text. */
  stats: TextStats;
}

/** The blocks of a mixed text in one language, and their own score. */
export interface LanguagePart {
  /** The language these blocks are judged in. */
  lang: Lang;
  /** Word tokens in these blocks. */
  words: number;
  /** Their score on their own. */
  score: number;
}

/** Basic counts of an analysed text. */
export interface TextStats {
  /** Length in UTF-16 code units. */
  characters: number;
  /** Word tokens. */
  words: number;
  /** Sentences. */
  sentences: number;
  /** Paragraphs (blocks separated by blank lines or newlines). */
  paragraphs: number;
  /** Words per sentence, in order: the rhythm of the text. */
  sentenceLengths: number[];
}

/** Options for `analyze`. */
export interface AnalyzeOptions {
  /** Language of the text; `auto` (default) detects Dutch or English. */
  lang?: LangOption;
  /** BCP 47 language of the page, e.g. from `<html lang>`; a hint for detection, not a decision. */
  langHint?: string;
  /** Run only these rule ids (for tests and focused checks). Scores still use every signal measured. */
  only?: readonly string[];
}
