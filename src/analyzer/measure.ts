import type { AnalyzeOptions, Finding, Lang } from './types';
import { buildDocument, type Document } from './text/document';
import { tokenize } from './text/tokenize';
import { DETECTION_SAMPLE, detectLanguage, mostlyOtherScript } from './language';
import { rules } from './rules';
import { markers } from './markers';

/** Everything measured in one text, before scoring. */
export interface Measurement {
  /** The parsed text, or null when the language is not supported. */
  doc: Document | null;
  /** The language judged. */
  lang: Lang | null;
  /** Whether the caller fixed the language. */
  langSource: 'option' | 'detected';
  /** Each signal's value, by id (rule ids and marker ids). */
  values: Record<string, number>;
  /** Findings of all rules, unsorted. */
  findings: Finding[];
  /** Word tokens in the text (counted even when the language is not supported). */
  words: number;
  /** The text is mostly in a non-Latin script: unsupported, whatever its length. */
  otherScript: boolean;
}

/** Parses the text once and runs every rule and marker on it. */
export function measure(text: string, options: AnalyzeOptions = {}): Measurement {
  const requested = options.lang ?? 'auto';
  let lang: Lang | null;
  let langSource: 'option' | 'detected';
  if (requested === 'auto') {
    lang = detectLanguage(tokenize(text, 0, Math.min(text.length, DETECTION_SAMPLE))).lang;
    langSource = 'detected';
  } else {
    lang = requested;
    langSource = 'option';
  }
  if (lang === null) {
    const words = tokenize(text).filter((token) => token.kind !== 'symbol').length;
    return { doc: null, lang, langSource, values: {}, findings: [], words, otherScript: mostlyOtherScript(text) };
  }
  const doc = buildDocument(text, lang);
  const values: Record<string, number> = {};
  const findings: Finding[] = [];
  for (const rule of rules) {
    const result = rule.run(doc);
    values[rule.id] = result.value;
    for (const finding of result.findings) findings.push(finding);
  }
  for (const marker of markers) values[marker.id] = marker.measure(doc, findings);
  return { doc, lang, langSource, values, findings, words: doc.words.length, otherScript: false };
}
