/**
 * The verdict in words: its label ("Reads as predictable") and a line written from this text's
 * evidence: which kind of tell carries the score, how many findings of it there are, and where to
 * start. The line is in the UI language; the phrase it quotes stays in the text's language.
 */
import type { Finding, Report, Verdict } from '@/src/analyzer/types';
import { FIRM_JUDGEMENT_WORDS } from '@/src/analyzer/evidence';
import { KIND_OF, effectOf, findingContributions, rankFindings, type Kind } from './explain';
import type { MessageKey } from './i18n';

/** `_locales` key of a verdict's label. */
export function verdictKey(verdict: Verdict): MessageKey {
  return verdict === 'high' ? 'verdictHigh' : verdict === 'medium' ? 'verdictMedium' : 'verdictLow';
}

/** Longest quote in the summary line, in characters. */
const QUOTE_LENGTH = 40;

/** The kinds of tell that raise the score, by the points of their raising signals, largest first. */
export function leadingKinds(report: Pick<Report, 'signals'>): Kind[] {
  const points = new Map<Kind, number>();
  for (const signal of report.signals) {
    if (effectOf(signal.points) !== 'raises') continue;
    const kind = KIND_OF[signal.category];
    points.set(kind, (points.get(kind) ?? 0) + signal.points);
  }
  return [...points.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([kind]) => kind);
}

/** A finding's words for quoting in one line: whitespace squashed, no leading comma, cut at a word near `QUOTE_LENGTH`. */
export function shortQuote(actual: string): string {
  // A leading comma belongs to the sentence around the phrase, not to the phrase quoted alone.
  const squashed = actual.replace(/\s+/g, ' ').trim().replace(/^[,;:]\s*/, '');
  if (squashed.length <= QUOTE_LENGTH) return squashed;
  return `${squashed.slice(0, QUOTE_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/** Findings of one kind, strongest first (by what each adds to the score). */
function findingsOf(report: Report, kind: Kind): Finding[] {
  return rankFindings(report).filter((finding) => KIND_OF[finding.category] === kind);
}

type Translate = (key: MessageKey, ...subs: string[]) => string;

/**
 * The summary line under the verdict, or null when the report has no score. `translate` is `t`
 * (injected so it can be tested without a browser).
 */
export function summarise(report: Report, translate: Translate): string | null {
  if (report.score === null || report.verdict === null) return null;
  const wording = findingsOf(report, 'wording');
  const formulas = findingsOf(report, 'formulas');
  if (report.verdict === 'low') {
    // A low score with clichés in it still has something to fix: say so rather than "all fine".
    if (wording.length > 0) return lowBut(translate, 'wording', wording);
    if (formulas.length > 0) return lowBut(translate, 'formulas', formulas);
    return translate('summaryLowNone');
  }
  const lead = leadingKinds(report)[0];
  if (lead === undefined) return translate('summaryNoLead');
  if (lead === 'sameness') {
    const contributions = findingContributions(report);
    const flat = report.findings.filter((finding) => finding.category === 'sameness' && contributions.get(finding)! > 0).length;
    return flat > 0 ? translate('summarySamenessCount', String(flat)) : translate('summarySameness');
  }
  const found = lead === 'wording' ? wording : formulas;
  const keys = KEYS[lead];
  const strongest = found[0];
  if (!strongest) return translate(keys.none);
  return translate(keys.many, String(found.length), shortQuote(strongest.actual));
}

/** The summary's keys per kind of phrase finding. */
const KEYS = {
  wording: { many: 'summaryWording', none: 'summaryWordingNone', lowOne: 'summaryLowWordingOne', lowMany: 'summaryLowWordingMany' },
  formulas: { many: 'summaryFormulas', none: 'summaryFormulasNone', lowOne: 'summaryLowFormulasOne', lowMany: 'summaryLowFormulasMany' },
} as const satisfies Record<'wording' | 'formulas', Record<string, MessageKey>>;

function lowBut(translate: Translate, kind: 'wording' | 'formulas', found: Finding[]): string {
  const quote = shortQuote(found[0]!.actual);
  return found.length === 1 ? translate(KEYS[kind].lowOne, quote) : translate(KEYS[kind].lowMany, String(found.length), quote);
}

/**
 * A line under the summary when the score rests on little text (a short selection or draft): the
 * score is real but drawn toward the average, and more text would make it firmer. Not beside
 * "hoog": a short text that reaches it despite that pull carries its evidence plainly. Null otherwise.
 */
export function evidenceNote(report: Pick<Report, 'score' | 'verdict' | 'stats'>, translate: Translate): string | null {
  if (report.score === null || report.verdict === 'high' || report.stats.words >= FIRM_JUDGEMENT_WORDS) return null;
  return translate('evidenceShort', String(report.stats.words));
}
