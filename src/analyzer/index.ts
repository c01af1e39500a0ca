import type { AnalyzeOptions, Finding, Report, SignalContribution } from './types';
import type { Model } from './model';
import { measure, type PartMeasurement } from './measure';
import { scoreSignals, verdictOf, type Scored } from './score';
import fittedModel from './model.json';

/** The report, finding and option types, for hosts. */
export type * from './types';

const model = fittedModel as Model;

export { FIRM_JUDGEMENT_WORDS } from './evidence';

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
  const parts = [measured.main, measured.other].filter((part): part is PartMeasurement => part !== null);
  const only = options.only ? new Set(options.only) : null;
  const all = parts.flatMap((part) => part.findings);
  const findings = (only ? all.filter((finding) => only.has(finding.ruleId)) : all).sort(compareFindings);
  const sentences = parts.flatMap((part) => part.doc.sentences).sort((a, b) => a.start - b.start);
  const stats = {
    characters: text.length,
    words: measured.words,
    sentences: sentences.length,
    paragraphs: parts.reduce((sum, part) => sum + part.doc.paragraphs.length, 0),
    sentenceLengths: sentences.map((sentence) => sentence.words.length),
  };
  const base = { schema: 1 as const, lang: measured.lang, langSource: measured.langSource, findings, stats };
  if (text.trim().length === 0) return { ...base, score: null, verdict: null, reason: 'empty', signals: [] };
  const unsupported = { ...base, score: null, verdict: null, reason: 'unsupported-language' as const, signals: [] };
  if (measured.otherScript) return unsupported;
  if (stats.words < model.minWords) return { ...base, score: null, verdict: null, reason: 'too-short', signals: [] };
  if (measured.lang === null || parts.length === 0) return unsupported;
  const scoredParts = parts
    .filter((part) => part.words >= model.minWords)
    .map((part) => {
      const counts: Record<string, number> = {};
      for (const finding of part.findings) counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
      return { part, scored: scoreSignals(part.values, counts, part.lang, part.words, model) };
    });
  if (scoredParts.length === 1) return { ...base, ...scoredParts[0]!.scored };
  return { ...base, ...combineParts(scoredParts, model), parts: scoredParts.map(({ part, scored }) => ({ lang: part.lang, words: part.words, score: scored.score })) };
}

/**
 * One score for a text that mixes Dutch and English blocks: each language's blocks are scored on
 * their own, and the scores are averaged by words; every signal's points are the word-weighted sum
 * of its points in each part, so they still add up to the distance from the baseline.
 */
function combineParts(scoredParts: { part: PartMeasurement; scored: Scored }[], model: Model): Scored {
  const totalWords = scoredParts.reduce((sum, { part }) => sum + part.words, 0);
  const score = Math.round(scoredParts.reduce((sum, { part, scored }) => sum + scored.score * part.words, 0) / totalWords);
  const merged = new Map<string, SignalContribution>();
  for (const { part, scored } of scoredParts) {
    const share = part.words / totalWords;
    for (const signal of scored.signals) {
      const known = merged.get(signal.id);
      if (known) {
        known.points = Math.round((known.points + signal.points * share) * 100) / 100;
        known.findings += signal.findings;
      } else merged.set(signal.id, { ...signal, points: Math.round(signal.points * share * 100) / 100 });
    }
  }
  const signals = [...merged.values()].sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { score, verdict: verdictOf(score, model), signals };
}
