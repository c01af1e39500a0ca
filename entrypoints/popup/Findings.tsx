import { useState } from 'preact/hooks';
import type { Finding, Report } from '@/src/analyzer/types';
import { CATEGORY_COLOURS } from '@/src/extension/categories';
import { t } from '@/src/extension/i18n';
import { directionOf, findingContributions, rankFindings } from '@/src/extension/explain';
import { groupName } from './SignalBars';

/** Findings shown per rule before "n more". */
const FIRST_SHOWN = 3;
/** Characters of context kept on each side of the matched part. */
const CONTEXT = 90;
/** Longest quote for findings that span more than a sentence (rhythm, paragraphs). */
const LONG_QUOTE = 180;

/** Findings of one rule. */
interface Group {
  ruleId: string;
  findings: Finding[];
}

/**
 * Groups findings by rule, each group strongest first; the groups that add most to the score come
 * first (what weighs most, not rule order).
 */
export function groupFindings(report: Report): Group[] {
  const contributions = findingContributions(report);
  const groups = new Map<string, Finding[]>();
  for (const finding of rankFindings(report)) {
    const list = groups.get(finding.ruleId) ?? [];
    list.push(finding);
    groups.set(finding.ruleId, list);
  }
  const weight = (group: Group) => group.findings.reduce((sum, finding) => sum + contributions.get(finding)!, 0);
  return [...groups.entries()]
    .map(([ruleId, findings]) => ({ ruleId, findings }))
    .sort((a, b) => weight(b) - weight(a) || b.findings.length - a.findings.length || a.ruleId.localeCompare(b.ruleId));
}

/** How many of the strongest findings the popup shows right under the score. */
export const EVIDENCE_SHOWN = 3;

/** The strongest findings, one per place in the text, by what they add to the score. */
export function strongestFindings(report: Report, count = EVIDENCE_SHOWN): Finding[] {
  const contributions = findingContributions(report);
  const shown: Finding[] = [];
  for (const finding of rankFindings(report)) {
    if (shown.length >= count || contributions.get(finding)! <= 0) break;
    // Two findings over the same words are one piece of evidence.
    if (shown.some((other) => other.span.start < finding.span.end && finding.span.start < other.span.end)) continue;
    shown.push(finding);
  }
  return shown;
}

/** Collapses whitespace (paragraph breaks included) to single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** The quote of a finding: its sentence with the matched part emphasised, trimmed to some context. */
export function quoteParts(text: string, finding: Finding): { before: string; match: string; after: string } {
  const { span, sentence } = finding;
  const inside = span.start >= sentence.start && span.end <= sentence.end;
  if (!inside) {
    const whole = squash(text.slice(span.start, span.end)).trim();
    return { before: whole.length > LONG_QUOTE ? `${whole.slice(0, LONG_QUOTE).trimEnd()}…` : whole, match: '', after: '' };
  }
  const wholeSentence = span.end - span.start >= 0.9 * (sentence.end - sentence.start);
  if (wholeSentence) {
    return { before: squash(text.slice(sentence.start, sentence.end)).trim(), match: '', after: '' };
  }
  let before = squash(text.slice(sentence.start, span.start)).trimStart();
  let after = squash(text.slice(span.end, sentence.end)).trimEnd();
  if (before.length > CONTEXT) before = `…${before.slice(before.length - CONTEXT).replace(/^\S*\s/, '')}`;
  if (after.length > CONTEXT) after = `${after.slice(0, CONTEXT).replace(/\s\S*$/, '')}…`;
  return { before, match: squash(text.slice(span.start, span.end)), after };
}

/** The findings, grouped by rule; each one scrolls the page to it. */
export function Findings({
  report,
  text,
  onReveal,
}: {
  report: Report;
  text: string;
  onReveal: (start: number, end: number) => void;
}) {
  const groups = groupFindings(report);
  if (groups.length === 0) return <p class="empty-findings">{t('noFindings')}</p>;
  return (
    <div class="groups">
      {groups.map((group) => (
        <FindingGroup key={group.ruleId} group={group} text={text} onReveal={onReveal} />
      ))}
    </div>
  );
}

function FindingGroup({ group, text, onReveal }: { group: Group; text: string; onReveal: (start: number, end: number) => void }) {
  const [expanded, setExpanded] = useState(false);
  const first = group.findings[0]!;
  const colour = CATEGORY_COLOURS[first.category];
  const name = groupName({ id: group.ruleId, category: first.category });
  const shown = expanded ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  const headingId = `group-${group.ruleId}`;
  return (
    <section class="group" style={{ '--cat': colour }} aria-labelledby={headingId} data-rule={group.ruleId}>
      <h3 class="group-head" id={headingId}>
        <span class="dot" aria-hidden="true" />
        <span class="group-name" aria-hidden="true">{name}</span>
        <span class="count" aria-hidden="true">
          {t('findingCount', group.findings.length)}
        </span>
        <span class="visually-hidden">{t('findingGroupAria', name, group.findings.length)}</span>
      </h3>
      <ul class="finding-list">
        {shown.map((finding) => (
          <li key={`${finding.span.start}-${finding.span.end}-${finding.entryId ?? ''}`}>
            <FindingButton finding={finding} text={text} onReveal={onReveal} />
          </li>
        ))}
      </ul>
      {group.findings.length > FIRST_SHOWN && !expanded && (
        <button type="button" class="link more" onClick={() => setExpanded(true)}>
          {t('findingsMore', group.findings.length - FIRST_SHOWN)}
        </button>
      )}
    </section>
  );
}

/** The strongest findings, quoted with why and a direction: the evidence under the score. */
export function Evidence({ report, text, onReveal }: { report: Report; text: string; onReveal: (start: number, end: number) => void }) {
  const strongest = strongestFindings(report);
  if (strongest.length === 0) return <p class="empty-findings">{t('noFindings')}</p>;
  return (
    <ul class="finding-list evidence" data-testid="evidence">
      {strongest.map((finding) => (
        <li key={`${finding.span.start}-${finding.span.end}-${finding.entryId ?? ''}`} style={{ '--cat': CATEGORY_COLOURS[finding.category] }}>
          <FindingButton finding={finding} text={text} onReveal={onReveal} />
        </li>
      ))}
    </ul>
  );
}

/** A finding's direction: the note as written, an arrow only before a fragment or replacements. */
export function DirectionLine({ finding }: { finding: Finding }) {
  const direction = directionOf(finding);
  if (!direction) return null;
  return (
    <span class="direction" data-testid="direction" lang={finding.lang}>
      {direction.arrow && <span class="direction-arrow" aria-hidden="true">→ </span>}
      {direction.text}
    </span>
  );
}

/** One finding as a button: quote, message, direction; a click scrolls the page to it and flashes it. */
function FindingButton({ finding, text, onReveal }: { finding: Finding; text: string; onReveal: (start: number, end: number) => void }) {
  const { before, match, after } = quoteParts(text, finding);
  return (
    <button
      type="button"
      class="finding"
      data-testid="finding"
      data-rule={finding.ruleId}
      data-start={finding.span.start}
      title={t('findingShow')}
      onClick={() => onReveal(finding.span.start, finding.span.end)}
    >
      <span class="quote" lang={finding.lang}>
        {before}
        {match && <mark>{match}</mark>}
        {after}
      </span>
      <span class="message" lang={finding.lang}>
        {finding.message}
      </span>
      <DirectionLine finding={finding} />
    </button>
  );
}
