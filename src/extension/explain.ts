/**
 * What the UI says about a report, decided once so the popup, the selection card, the bars and the
 * rhythm chart never disagree: a metric's state, what each finding contributes, how a direction is
 * shown, and which findings share the same words.
 */
import type { Category, Finding, Report, SignalContribution } from '@/src/analyzer/types';

/**
 * Signals every text has a value for (the analyzer's `reference: 'mean'`): they move the score both
 * ways from the average text, so the UI names their state, not one end of their scale. Kept here
 * rather than imported from the analyzer so the popup does not load the rules (a test keeps the two
 * lists equal).
 */
export const METRIC_SIGNALS: ReadonlySet<string> = new Set(['flat-rhythm', 'uniform-paragraphs', 'lexical-variety']);

/**
 * Points below this (either way) count as neither raising nor lowering the score. One threshold for
 * the bars, the rhythm chart, the names of metric signals and the summary.
 */
export const NEUTRAL_POINTS = 0.5;

/** How a signal moves the score. */
export type Effect = 'raises' | 'lowers' | 'neutral';

/** How points move the score, by the one shared threshold. */
export function effectOf(points: number): Effect {
  return points >= NEUTRAL_POINTS ? 'raises' : points <= -NEUTRAL_POINTS ? 'lowers' : 'neutral';
}

/** The effect of a report's signal, 'neutral' when the report does not measure it. */
export function signalEffect(report: Pick<Report, 'signals'>, id: string): Effect {
  const signal = report.signals.find((candidate) => candidate.id === id);
  return signal ? effectOf(signal.points) : 'neutral';
}

/** `_locales` key of a metric signal's name in a state: `flat-rhythm` raising → `metricFlatRhythmRaises`. */
export function metricNameKey(id: string, effect: Effect): string {
  const camel = id
    .split('-')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
  return `metric${camel}${effect[0]!.toUpperCase()}${effect.slice(1)}`;
}

/** The three kinds of tell a summary can say carry a score. */
export type Kind = 'wording' | 'formulas' | 'sameness';

/** Which kind of tell each category is. */
export const KIND_OF: Record<Category, Kind> = {
  cliche: 'wording',
  vocabulary: 'wording',
  hype: 'wording',
  hedging: 'wording',
  specifics: 'wording',
  structure: 'formulas',
  sameness: 'sameness',
};

/**
 * What each finding adds to the score: its share of its signal's points, by weight. A finding of a
 * signal that does not raise the score (a flat stretch in a varied text) adds nothing.
 */
export function findingContributions(report: Pick<Report, 'signals' | 'findings'>): Map<Finding, number> {
  const points = new Map(report.signals.map((signal) => [signal.id, signal.points]));
  const totals = new Map<string, number>();
  for (const finding of report.findings) totals.set(finding.ruleId, (totals.get(finding.ruleId) ?? 0) + finding.weight);
  const contributions = new Map<Finding, number>();
  for (const finding of report.findings) {
    const signalPoints = points.get(finding.ruleId) ?? 0;
    const total = totals.get(finding.ruleId) ?? 0;
    contributions.set(finding, signalPoints > 0 && total > 0 ? (signalPoints * finding.weight) / total : 0);
  }
  return contributions;
}

/**
 * A contribution as findings are ranked by: to a tenth of a point. A pooled signal's points are
 * shared among its members by their rates, so ten clichés that each add the same can differ in the
 * fourth decimal; ranked on that, "Start with" would quote whichever rounding favoured ("truly")
 * instead of the first of equals in the text ("In today's fast-paced world").
 */
export function rankingPoints(contribution: number): number {
  return Math.round(contribution * 10) / 10;
}

/** Findings ordered by what they add to the score (to a tenth of a point), largest first; ties by place in the text. */
export function rankFindings(report: Pick<Report, 'signals' | 'findings'>): Finding[] {
  const contributions = findingContributions(report);
  const points = (finding: Finding) => rankingPoints(contributions.get(finding)!);
  return [...report.findings].sort((a, b) => points(b) - points(a) || a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

/** A finding's direction as shown: its text, and whether it needs the arrow that marks a bare fragment. */
export interface Direction {
  /** The note, or up to three replacements, in the text's language. */
  text: string;
  /** True for a fragment or a list of replacements ("→ fast · quick"); a full sentence stands alone. */
  arrow: boolean;
}

/** Whether a note is a full sentence: a capital (or an opening quote) first, closing punctuation last. */
export function isFullSentence(note: string): boolean {
  return /^[‘'“"(]?\p{Lu}/u.test(note) && /[.!?…][’'”")]?$/u.test(note);
}

/**
 * How to show a finding's direction, or null when it has none. The note is rendered as written (it is
 * a sentence in the text's language); only a fragment or a list of replacements gets an arrow, which
 * belongs to no language, so a line never doubles a verb ("Try Try…") or mixes two languages.
 */
export function directionOf(finding: Pick<Finding, 'note' | 'expected'>): Direction | null {
  const note = finding.note?.trim();
  if (note) return { text: note, arrow: !isFullSentence(note) };
  if (finding.expected.length > 0) return { text: finding.expected.slice(0, 3).join(' · '), arrow: true };
  return null;
}

/**
 * Findings over the same words, grouped: each group's findings overlap (transitively), in text order.
 * The page shows one mark and one card per group, and a card lists each message once.
 */
export function groupOverlapping<T>(items: readonly T[], spanOf: (item: T) => { start: number; end: number }): T[][] {
  const sorted = [...items].sort((a, b) => spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end);
  const groups: T[][] = [];
  let end = -1;
  for (const item of sorted) {
    const span = spanOf(item);
    if (groups.length > 0 && span.start < end) {
      groups[groups.length - 1]!.push(item);
      end = Math.max(end, span.end);
    } else {
      groups.push([item]);
      end = span.end;
    }
  }
  return groups;
}

/**
 * Longest span marked in the page; longer findings (whole sentences, rhythm) stay in the popup.
 * Room for a formula marked whole ("Whether you run a small team or a global enterprise").
 */
const MAX_MARKED_LENGTH = 80;

/**
 * Whether a finding is a phrase worth marking in the page. Findings about whole sentences or stretches
 * of text (no specifics, flat rhythm, uniform paragraphs) would paint entire paragraphs: the popup
 * lists those, the page marks only phrases.
 */
export function isPhraseFinding(finding: Finding): boolean {
  const length = finding.span.end - finding.span.start;
  const sentenceLength = finding.sentence.end - finding.sentence.start;
  return (
    length <= MAX_MARKED_LENGTH &&
    finding.span.start >= finding.sentence.start &&
    finding.span.end <= finding.sentence.end &&
    length < 0.8 * sentenceLength
  );
}

/**
 * Whether a finding is about a whole sentence or a stretch of text (no specifics, flat rhythm,
 * uniform paragraphs) rather than a phrase in it: it crosses its sentence or covers most of it. A
 * long formula ("Whether you run a small team or a global enterprise") is still a phrase.
 */
export function isStretchFinding(finding: Finding): boolean {
  const length = finding.span.end - finding.span.start;
  const sentenceLength = finding.sentence.end - finding.sentence.start;
  return finding.span.start < finding.sentence.start || finding.span.end > finding.sentence.end || length >= 0.8 * sentenceLength;
}

/**
 * The places a card lists, strongest first: phrase findings over the same words as one place (each
 * strongest first), and each finding about a whole sentence or stretch (no specifics, flat rhythm)
 * as a place of its own. Grouping those by overlap too would swallow every phrase in the sentence
 * into one place, under the first phrase's quote.
 */
export function cardPlaces(report: Pick<Report, 'signals' | 'findings'>): Finding[][] {
  const contributions = findingContributions(report);
  const ranked = rankFindings(report);
  const phrases = groupOverlapping(ranked.filter((finding) => !isStretchFinding(finding)), (finding) => finding.span).map((group) =>
    [...group].sort((a, b) => contributions.get(b)! - contributions.get(a)!),
  );
  const stretches = ranked.filter(isStretchFinding).map((finding) => [finding]);
  const strength = (group: Finding[]) => rankingPoints(Math.max(...group.map((finding) => contributions.get(finding)!)));
  return [...phrases, ...stretches].sort((a, b) => strength(b) - strength(a) || a[0]!.span.start - b[0]!.span.start);
}

/** Findings with distinct messages, first of each kept (two lexicon entries saying the same thing once). */
export function distinctMessages(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    if (seen.has(finding.message)) return false;
    seen.add(finding.message);
    return true;
  });
}

/** A positive signal with no finding to show: its bar must open onto its description. */
export function needsDescription(signal: Pick<SignalContribution, 'points' | 'findings'>): boolean {
  return effectOf(signal.points) === 'raises' && signal.findings === 0;
}

/**
 * By default a mark is shown when it moves the score by at least this many points, or is among the
 * `ALWAYS_MARKED` strongest. A share of the strongest mark hid nearly everything when one rule had a
 * single hit (it gets all of its rule's points) and another many (they share theirs).
 */
export const STRONG_POINTS = 1;
/** Marks shown by default whatever their strength (if they add anything). */
export const ALWAYS_MARKED = 10;

/**
 * The marks inline warnings show by default: the strongest ten, and any other worth a point or more.
 * A text too short for a score gives every mark strength 0; its first ten are shown then, as the
 * card lists the findings of a selection too short to score.
 */
export function strongestMarks<T extends { strength: number }>(marks: readonly T[]): Set<T> {
  const ranked = [...marks].sort((a, b) => b.strength - a.strength);
  const unscored = marks.every((mark) => mark.strength === 0);
  const shown = new Set(ranked.slice(0, ALWAYS_MARKED).filter((mark) => unscored || mark.strength > 0));
  for (const mark of marks) if (mark.strength >= STRONG_POINTS) shown.add(mark);
  return shown;
}
