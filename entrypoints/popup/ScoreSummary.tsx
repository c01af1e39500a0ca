import type { Report } from '@/src/analyzer/types';
import { formatNumber, t } from '@/src/extension/i18n';
import { evidenceNote, summarise, verdictKey } from '@/src/extension/summary';

/** Colour of each verdict: calm green, amber, brick red. */
export const VERDICT_COLOURS = { low: '#2f8a57', medium: '#c27a12', high: '#c4472b' } as const;

/** The score dial, the verdict, the one-line summary and what was read. */
export function ScoreSummary({ report }: { report: Report }) {
  const score = report.score ?? 0;
  const verdict = report.verdict ?? 'low';
  const colour = VERDICT_COLOURS[verdict];
  const radius = 34;
  const circumference = 2 * Math.PI * radius;
  const summary = summarise(report, t);
  const caution = evidenceNote(report, t);
  const languageName = report.lang === 'nl' ? t('languageNl') : t('languageEn');
  return (
    <section class="score-card" style={{ '--verdict': colour }}>
      <div class="dial" role="img" aria-label={t('scoreAria', score)}>
        <svg viewBox="0 0 84 84" width="84" height="84" aria-hidden="true">
          <circle cx="42" cy="42" r={radius} class="dial-track" />
          <circle
            cx="42"
            cy="42"
            r={radius}
            class="dial-value"
            stroke-dasharray={`${(score / 100) * circumference} ${circumference}`}
            transform="rotate(-90 42 42)"
          />
        </svg>
        <span class="dial-number" data-testid="score">
          {score}
        </span>
      </div>
      <div class="score-text">
        <p class="score-label">
          {t('scoreLabel')} <span class="score-outof">· {t('scoreOutOf')}</span>
        </p>
        <p class="verdict" data-testid="verdict" data-verdict={verdict}>
          {t(verdictKey(verdict))}
        </p>
        {summary && <p class="summary">{summary}</p>}
        {caution && (
          <p class="evidence-note" data-testid="evidence-note">
            {caution}
          </p>
        )}
        <p class="meta">
          {t('statsWords', formatNumber(report.stats.words))} ·{' '}
          {report.parts && report.parts.length > 1
            ? t('statsLangMixed')
            : report.langSource === 'option'
              ? t('statsLangChosen', languageName)
              : t('statsLangDetected', languageName)}
        </p>
      </div>
    </section>
  );
}
