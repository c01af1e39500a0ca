import { useState } from 'preact/hooks';
import type { Finding, Report } from '@/src/analyzer/types';
import { CATEGORY_COLOURS } from '@/src/extension/categories';
import { t } from '@/src/extension/i18n';
import { signalName } from './SignalBars';

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

/** Groups findings by rule; the rules that add most to the score come first. */
export function groupFindings(report: Report): Group[] {
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    const list = groups.get(finding.ruleId) ?? [];
    list.push(finding);
    groups.set(finding.ruleId, list);
  }
  const points = new Map(report.signals.map((signal) => [signal.id, signal.points]));
  return [...groups.entries()]
    .map(([ruleId, findings]) => ({ ruleId, findings }))
    .sort(
      (a, b) =>
        (points.get(b.ruleId) ?? 0) - (points.get(a.ruleId) ?? 0) ||
        b.findings.length - a.findings.length ||
        a.ruleId.localeCompare(b.ruleId),
    );
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
  const name = signalName({ id: group.ruleId, category: first.category });
  const shown = expanded ? group.findings : group.findings.slice(0, FIRST_SHOWN);
  const headingId = `group-${group.ruleId}`;
  return (
    <section class="group" style={{ '--cat': colour }} aria-labelledby={headingId} data-rule={group.ruleId}>
      <h3 class="group-head" id={headingId}>
        <span class="dot" aria-hidden="true" />
        <span class="group-name">{name}</span>
        <span class="count" aria-label={t('findingGroupAria', name, group.findings.length)}>
          {t('findingCount', group.findings.length)}
        </span>
      </h3>
      <ul class="finding-list">
        {shown.map((finding) => {
          const { before, match, after } = quoteParts(text, finding);
          return (
            <li key={`${finding.span.start}-${finding.span.end}-${finding.entryId ?? ''}`}>
              <button
                type="button"
                class="finding"
                data-testid="finding"
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
                {(finding.note || finding.expected.length > 0) && (
                  <span class="direction">
                    <span class="direction-label">{t('direction')}</span>{' '}
                    <span lang={finding.lang}>{finding.note ?? finding.expected.slice(0, 3).join(' · ')}</span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      {group.findings.length > FIRST_SHOWN && !expanded && (
        <button type="button" class="link more" onClick={() => setExpanded(true)}>
          {t('findingsMore', group.findings.length - FIRST_SHOWN)}
        </button>
      )}
    </section>
  );
}
