import { useState } from 'preact/hooks';
import type { Category, SignalContribution } from '@/src/analyzer/types';
import { CATEGORIES, CATEGORY_COLOURS, categoryNameKey, ruleNameKey } from '@/src/extension/categories';
import { METRIC_SIGNALS, effectOf, metricNameKey, needsDescription } from '@/src/extension/explain';
import { formatNumber, t, tryT, uiLanguage } from '@/src/extension/i18n';

/**
 * Signals that move the score by less than this are left out. Kept low on purpose: near 0 or 100 the
 * score saturates and every contribution shrinks, but their relative sizes still tell what drives it.
 */
const MIN_POINTS = 0.1;
const MAX_SIGNALS = 6;

/**
 * A signal's name in the UI language. A metric (rhythm, paragraph length, word choice) is named by
 * its state in this text, from the sign of its points ("Rhythm: varied" lowers the score), so a bar
 * never complains about what the text does well.
 */
export function signalName(signal: Pick<SignalContribution, 'id' | 'category'> & { points?: number }): string {
  if (METRIC_SIGNALS.has(signal.id) && signal.points !== undefined) {
    const named = tryT(metricNameKey(signal.id, effectOf(signal.points)));
    if (named) return named;
  }
  return tryT(ruleNameKey(signal.id)) || t(categoryNameKey(signal.category));
}

/** The heading of a rule's findings: what the findings show ("Flat stretches"), else the signal's name. */
export function groupName(signal: Pick<SignalContribution, 'id' | 'category'>): string {
  return tryT(ruleNameKey(signal.id).replace(/^rule/, 'findings')) || signalName(signal);
}

/** Formats points with a sign: "+12", "−3,4". */
function formatPoints(points: number): string {
  const rounded = Math.abs(points) >= 10 ? Math.round(Math.abs(points)) : Math.round(Math.abs(points) * 10) / 10;
  return `${points < 0 ? '−' : '+'}${formatNumber(rounded)}`;
}

/**
 * Each signal's contribution as a bar from a centre line: right raises the score, left lowers it.
 * A row opens to say what the signal measures; a signal that raises the score without a finding to
 * show is open from the start, so no driver goes unexplained.
 */
export function SignalBars({
  signals,
  lang,
  descriptions,
}: {
  signals: SignalContribution[];
  lang?: string;
  /** What each signal measures in the UI language, once the background has sent it. */
  descriptions?: Readonly<Record<string, string>> | null;
}) {
  const uiLang = uiLanguage();
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set());
  const shown = signals.filter((signal) => Math.abs(signal.points) >= MIN_POINTS).slice(0, MAX_SIGNALS);
  const largest = Math.max(1, ...shown.map((signal) => Math.abs(signal.points)));
  const raising = CATEGORIES.filter((category) => shown.some((signal) => signal.category === category && effectOf(signal.points) === 'raises'));
  return (
    <div>
      <ul class="signals">
        {shown.map((signal) => {
          const width = `${(Math.abs(signal.points) / largest) * 50}%`;
          const raises = signal.points > 0;
          const unexplained = needsDescription(signal);
          const expanded = unexplained !== toggled.has(signal.id);
          const whyId = `signal-why-${signal.id}`;
          const toggle = () => {
            const next = new Set(toggled);
            if (next.has(signal.id)) next.delete(signal.id);
            else next.add(signal.id);
            setToggled(next);
          };
          return (
            <li class="signal" key={signal.id} data-signal={signal.id} data-effect={effectOf(signal.points)}>
              <button type="button" class="signal-row" aria-expanded={expanded} aria-controls={whyId} onClick={toggle}>
                <span class="signal-name" data-testid="signal-name">
                  {signalName(signal)}
                </span>
                <span class="signal-track" aria-hidden="true">
                  <span
                    class={raises ? 'signal-bar raises' : 'signal-bar lowers'}
                    style={{
                      width,
                      [raises ? 'left' : 'right']: '50%',
                      background: raises ? CATEGORY_COLOURS[signal.category] : undefined,
                    }}
                  />
                </span>
                <span class={raises ? 'signal-points' : 'signal-points lowers'}>
                  {t('signalPoints', formatPoints(signal.points))}
                  {!raises && <span class="visually-hidden"> ({t('signalLowers')})</span>}
                </span>
              </button>
              <div class="signal-why" id={whyId} hidden={!expanded}>
                {/* Described in the UI language, like the name; the report's own description (in the text's language) until that arrives. */}
                {descriptions?.[signal.id] ? <p lang={uiLang}>{descriptions[signal.id]}</p> : <p lang={lang}>{signal.description}</p>}
                {unexplained && <p class="signal-none">{t('signalNoFindings')}</p>}
              </div>
            </li>
          );
        })}
      </ul>
      <Legend categories={raising} lowers={shown.some((signal) => signal.points < 0)} />
      <p class="hint">{t('signalsHint')}</p>
    </div>
  );
}

/** What the bar colours mean: the categories of the raising bars shown, and grey for lowering. */
function Legend({ categories, lowers }: { categories: Category[]; lowers: boolean }) {
  if (categories.length === 0 && !lowers) return null;
  return (
    <p class="legend" data-testid="legend">
      <span class="legend-label">{t('legendLabel')}</span>
      {categories.map((category) => (
        <span class="legend-item" key={category}>
          <span class="legend-swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
          {t(categoryNameKey(category))}
        </span>
      ))}
      {lowers && (
        <span class="legend-item">
          <span class="legend-swatch lowers" aria-hidden="true" />
          {t('signalLowers')}
        </span>
      )}
    </p>
  );
}
