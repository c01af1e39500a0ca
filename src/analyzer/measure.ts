import type { AnalyzeOptions, Finding, Lang, Span } from './types';
import { buildDocument, paragraphSpans, type Document } from './text/document';
import { tokenize } from './text/tokenize';
import { blockLanguage, DETECTION_SAMPLE, detectBySpelling, detectLanguage, langFromHint, mostlyOtherScript } from './language';
import { rules } from './rules';
import { markers } from './markers';

/** The blocks of a text in one language, measured. */
export interface PartMeasurement {
  /** The language its rules judge it in. */
  lang: Lang;
  /** Those blocks parsed (offsets into the whole text). */
  doc: Document;
  /** Each signal's value, by id (rule ids and marker ids). */
  values: Record<string, number>;
  /** Findings of all rules, unsorted. */
  findings: Finding[];
  /** Word tokens in these blocks. */
  words: number;
}

/** Everything measured in one text, before scoring. */
export interface Measurement {
  /** The text's main language, or null when it is not one we judge. */
  lang: Lang | null;
  /** How the language was decided: given by the caller, detected from the text, or taken from the page's hint. */
  langSource: 'option' | 'detected' | 'hint';
  /** The main language's blocks (every block, unless the text is mixed), or null when unsupported. */
  main: PartMeasurement | null;
  /** Blocks in the other language, when the text mixes both with enough words of each. */
  other: PartMeasurement | null;
  /** Word tokens in the whole text (counted even when the language is not supported). */
  words: number;
  /** The text is mostly in a non-Latin script: unsupported, whatever its length. */
  otherScript: boolean;
}

/** Fewest words of the other language before its blocks are judged in that language. */
const MIN_OTHER_LANGUAGE_WORDS = 25;

/** Runs every rule and marker on the blocks of one language. */
function measurePart(text: string, lang: Lang, spans: readonly Span[] | undefined): PartMeasurement {
  const doc = buildDocument(text, lang, spans);
  const values: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const result = rule.run(doc);
    values[rule.id] = result.value;
    for (const finding of result.findings) findings.push(finding);
  }
  for (const marker of markers) values[marker.id] = marker.measure(doc, findings);
  return { lang, doc, values, findings, words: doc.words.length };
}

/** Most words per line, on average, of text read as a list or labels rather than running text. */
const MAX_LIST_LINE_WORDS = 8;

/**
 * The main language of a text: its function words decide. Text with few function words is
 * either another language or a list (a product listing, a menu, interface labels): only a list
 * falls back to the page's declared language, then to spelling. Running text in German or French
 * stays unsupported.
 */
function mainLanguage(text: string, hint: string | undefined): { lang: Lang | null; source: 'detected' | 'hint' } {
  const sample = tokenize(text, 0, Math.min(text.length, DETECTION_SAMPLE));
  const detected = detectLanguage(sample).lang;
  if (detected) return { lang: detected, source: 'detected' };
  const lines = paragraphSpans(text.length > DETECTION_SAMPLE ? text.slice(0, DETECTION_SAMPLE) : text).length;
  const words = sample.filter((token) => token.kind !== 'symbol').length;
  if (lines === 0 || words / lines > MAX_LIST_LINE_WORDS) return { lang: null, source: 'detected' };
  const declared = langFromHint(hint);
  if (declared) return { lang: declared, source: 'hint' };
  return { lang: detectBySpelling(sample), source: 'detected' };
}

/**
 * Parses the text once per language and runs every rule and marker on it. With the language
 * detected, each block (paragraph) long enough to tell is read in its own language: a Dutch page's
 * English blocks are checked with the English rules, when they hold enough words to judge.
 */
export function measure(text: string, options: AnalyzeOptions = {}): Measurement {
  const requested = options.lang ?? 'auto';
  if (requested !== 'auto') {
    const main = measurePart(text, requested, undefined);
    return { lang: requested, langSource: 'option', main, other: null, words: main.words, otherScript: false };
  }
  const { lang, source } = mainLanguage(text, options.langHint);
  if (lang === null) {
    const words = tokenize(text).filter((token) => token.kind !== 'symbol').length;
    return { lang, langSource: 'detected', main: null, other: null, words, otherScript: mostlyOtherScript(text) };
  }
  const otherLang: Lang = lang === 'nl' ? 'en' : 'nl';
  const mainSpans: Span[] = [];
  const otherSpans: Span[] = [];
  let otherWords = 0;
  for (const span of paragraphSpans(text)) {
    const tokens = tokenize(text, span.start, span.end);
    if (blockLanguage(tokens) === otherLang) {
      otherSpans.push(span);
      otherWords += tokens.filter((token) => token.kind !== 'symbol').length;
    } else mainSpans.push(span);
  }
  if (otherWords < MIN_OTHER_LANGUAGE_WORDS || mainSpans.length === 0) {
    const main = measurePart(text, lang, undefined);
    return { lang, langSource: source, main, other: null, words: main.words, otherScript: false };
  }
  const main = measurePart(text, lang, mainSpans);
  const other = measurePart(text, otherLang, otherSpans);
  // The main language is the one with the most words, whichever detection favoured.
  const [first, second] = main.words >= other.words ? [main, other] : [other, main];
  return { lang: first.lang, langSource: source, main: first, other: second, words: main.words + other.words, otherScript: false };
}
