import type { AnalyzeOptions, Finding, Report } from './types';
import type { Model } from './model';
import { measure } from './measure';
import { scoreSignals } from './score';
import fittedModel from './model.json';

/** The report, finding and option types, for hosts. */
export type * from './types';

const model = fittedModel as Model;

/** Orders findings by position, then rule and entry, so rule order never changes output. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    a.span.start - b.span.start ||
    a.span.end - b.span.end ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    ((a.entryId ?? '') < (b.entryId ?? '') ? -1 : (a.entryId ?? '') > (b.entryId ?? '') ? 1 : 0)
  );
}

/**
 * Judges how predictable (*waarschijnlijk*) a Dutch or English text reads, and why. Pure and
 * deterministic: no DOM, no browser API, the same in content script, CLI and tests.
 */
export function analyze(text: string, options: AnalyzeOptions = {}): Report {
  return analyzeWithModel(text, options, model);
}

/** `analyze` with another fitted model: for calibration and evaluation tools, which compare models. */
export function analyzeWithModel(text: string, options: AnalyzeOptions, model: Model): Report {
  if (typeof text !== 'string') throw new TypeError(`analyze() needs a string, got ${text === null ? 'null' : typeof text}`);
  const measured = measure(text, options);
  const doc = measured.doc;
  const only = options.only ? new Set(options.only) : null;
  const findings = (only ? measured.findings.filter((finding) => only.has(finding.ruleId)) : measured.findings).sort(compareFindings);
  const stats = {
    characters: text.length,
    words: measured.words,
    sentences: doc?.sentences.length ?? 0,
    paragraphs: doc?.paragraphs.length ?? 0,
    sentenceLengths: doc?.sentences.map((sentence) => sentence.words.length) ?? [],
  };
  const base = { schema: 1 as const, lang: measured.lang, langSource: measured.langSource, findings, stats };
  if (text.trim().length === 0) return { ...base, score: null, verdict: null, reason: 'empty', signals: [] };
  const unsupported = { ...base, score: null, verdict: null, reason: 'unsupported-language' as const, signals: [] };
  if (measured.otherScript) return unsupported;
  if (stats.words < model.minWords) return { ...base, score: null, verdict: null, reason: 'too-short', signals: [] };
  if (measured.lang === null) return unsupported;
  const counts: Record<string, number> = {};
  for (const finding of measured.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
  const scored = scoreSignals(measured.values, counts, measured.lang, stats.words, model);
  return { ...base, ...scored };
}
