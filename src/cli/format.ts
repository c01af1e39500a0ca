import type { Finding, NoScoreReason, Report, Verdict } from '../analyzer/types';
import type { InputError, InputFormat } from './inputs';
import type { SourceLocation } from './source-text';

/** A finding with where it is in the original file. */
export interface LocatedFinding extends Finding {
  /** Its place in the original file (for HTML and Markdown, not the same as `span`, which is in the analysed prose). */
  source: SourceLocation;
}

/** One judged input: the analyzer's report, plus where each finding sits in the file. */
export interface FileResult extends Omit<Report, 'findings'> {
  /** The path as given or found, or `<stdin>`. */
  file: string;
  /** How the file was read: plain text, Markdown (syntax left out) or HTML (visible text only). */
  format: InputFormat;
  /** The report's findings, in the report's order, each with its `source` location. */
  findings: LocatedFinding[];
}

/** ANSI styling, or none when output is not a terminal. */
export interface Styles {
  bold(text: string): string;
  dim(text: string): string;
  underline(text: string): string;
  verdict(verdict: Verdict, text: string): string;
}

const plain = (text: string): string => text;

/** Styles for a terminal (`color` true) or for pipes and files (no escape codes at all). */
export function makeStyles(color: boolean): Styles {
  if (!color) return { bold: plain, dim: plain, underline: plain, verdict: (_verdict, text) => text };
  const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
  const verdictColour: Record<Verdict, (text: string) => string> = {
    low: wrap(32, 39),
    medium: wrap(33, 39),
    high: wrap(31, 39),
  };
  return { bold: wrap(1, 22), dim: wrap(2, 22), underline: wrap(4, 24), verdict: (verdict, text) => verdictColour[verdict](text) };
}

/** Whether to colour: only on a terminal, never with NO_COLOR set (https://no-color.org); FORCE_COLOR=1 overrides for tests. */
export function wantsColor(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '') return env.FORCE_COLOR !== '0';
  return isTTY === true;
}

const REASON_TEXT: Record<NoScoreReason, string> = {
  empty: 'the text is empty',
  'too-short': 'too short to judge',
  'unsupported-language': 'the language is neither Dutch nor English',
};

/** Why a result has no score, in words; with the word count when length is the reason. */
export function describeNoScore(result: Pick<Report, 'reason' | 'stats'>): string {
  const reason = result.reason ? REASON_TEXT[result.reason] : 'no reason given';
  return result.reason === 'too-short' ? `${reason} (${result.stats.words} words)` : reason;
}

/** The way out a finding offers: its replacements, else its direction, else nothing. */
function wayOut(finding: Finding): string {
  if (finding.expected.length > 0) return finding.expected.map((expected) => `'${expected}'`).join(', ');
  return finding.note ?? '';
}

/** Linter-like text for one file: the name, one line per finding, then the score (or why there is none). */
export function formatFileText(result: FileResult, styles: Styles): string {
  const lines = [styles.underline(result.file)];
  const locations = result.findings.map((finding) => `${finding.source.line}:${finding.source.column}`);
  const locationWidth = Math.max(0, ...locations.map((location) => location.length));
  const ruleWidth = Math.max(0, ...result.findings.map((finding) => finding.ruleId.length));
  result.findings.forEach((finding, index) => {
    const location = (locations[index] as string).padEnd(locationWidth);
    const direction = wayOut(finding);
    const tail = direction ? `  → ${direction}` : '';
    lines.push(`  ${styles.dim(location)}  ${finding.ruleId.padEnd(ruleWidth)}  ${singleLine(finding.message)}${singleLine(tail)}`);
  });
  const how = result.langSource === 'option' ? 'given' : result.langSource === 'hint' ? "from the page's lang attribute" : 'detected';
  const language = result.parts
    ? `${result.parts.map((part) => `${part.lang} ${part.words} words`).join(', ')} (mixed, each block in its own language)`
    : result.lang
      ? `${result.lang} (${how})`
      : 'language unknown';
  const counts = `${result.stats.words} words, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`;
  if (result.score === null || result.verdict === null) {
    lines.push(`  ${styles.bold('no score')}: ${describeNoScore(result)} · ${language} · ${counts}`);
  } else {
    const drivers = formatDrivers(result);
    if (drivers) lines.push(`  ${styles.dim('driven by')} ${drivers}`);
    const score = styles.verdict(result.verdict, `${formatScore(result.score)}/100 ${result.verdict}`);
    lines.push(`  ${styles.bold('score')} ${score} · ${language} · ${counts}`);
  }
  return lines.join('\n');
}

/** How many signals the "driven by" line names, and the least points one must move to be named. */
const MAX_DRIVERS = 3;
const MIN_DRIVER_POINTS = 1;

/** The signals that moved the score most, with their points: "em-dash +19, flat-rhythm −6". */
function formatDrivers(result: FileResult): string {
  return result.signals
    .filter((signal) => Math.abs(signal.points) >= MIN_DRIVER_POINTS)
    .slice(0, MAX_DRIVERS)
    .map((signal) => `${signal.id} ${signal.points > 0 ? '+' : '−'}${Math.round(Math.abs(signal.points))}`)
    .join(', ');
}

/** Scores are shown as whole numbers unless the analyzer gives a fraction, which is then rounded to one decimal. */
export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** Messages come from text; a stray line break must not break the one-line-per-finding format. */
function singleLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** The closing summary line of text output, or '' for a single judged input without errors. */
export function formatSummary(results: readonly FileResult[], errors: readonly InputError[], styles: Styles): string {
  if (results.length + errors.length <= 1) return '';
  const byVerdict: Record<Verdict, number> = { low: 0, medium: 0, high: 0 };
  let unscored = 0;
  for (const result of results) {
    if (result.verdict) byVerdict[result.verdict] += 1;
    else unscored += 1;
  }
  const parts = [
    `${results.length} input${results.length === 1 ? '' : 's'} judged`,
    ...(['high', 'medium', 'low'] as const).filter((verdict) => byVerdict[verdict] > 0).map((verdict) => `${byVerdict[verdict]} ${verdict}`),
    ...(unscored > 0 ? [`${unscored} without score`] : []),
    ...(errors.length > 0 ? [`${errors.length} could not be read`] : []),
  ];
  return styles.bold(parts.join(', '));
}

/** The one stderr line for an input that could not be judged. */
export function formatInputError(error: InputError): string {
  return `middelmaat: ${error.name}: ${error.reason}`;
}

/** `--json` output: one array, one object per judged input, in input order. */
export function formatJson(results: readonly FileResult[]): string {
  return JSON.stringify(results, null, 2);
}
