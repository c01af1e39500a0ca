import { useState } from 'preact/hooks';
import type { SignalContribution } from '@/src/analyzer/types';
import { CATEGORY_COLOURS, categoryNameKey, ruleNameKey } from '@/src/extension/categories';
import { t, tryT } from '@/src/extension/i18n';

/**
 * Signals that move the score by less than this are left out. Kept low on purpose: near 0 or 100 the
 * score saturates and every contribution shrinks, but their relative sizes still tell what drives it.
 */
const MIN_POINTS = 0.1;
const MAX_SIGNALS = 6;

/** A signal's name in the UI language (its category's name when it has none of its own). */
export function signalName(signal: Pick<SignalContribution, 'id' | 'category'>): string {
  return tryT(ruleNameKey(signal.id)) || t(categoryNameKey(signal.category));
}

/** Formats points with a sign: "+12", "−3.4". */
function formatPoints(points: number): string {
  const rounded = Math.abs(points) >= 10 ? Math.round(Math.abs(points)) : Math.round(Math.abs(points) * 10) / 10;
  return `${points < 0 ? '−' : '+'}${rounded.toLocaleString(document.documentElement.lang || undefined)}`;
}

/**
 * Each signal's contribution as a bar from a centre line: right raises the score, left lowers it.
 * A row opens to say what the signal measures ("Word variety" raising a score is not self-evident).
 */
export function SignalBars({ signals }: { signals: SignalContribution[] }) {
  const [open, setOpen] = useState<string | null>(null);
  const shown = signals.filter((signal) => Math.abs(signal.points) >= MIN_POINTS).slice(0, MAX_SIGNALS);
  const largest = Math.max(1, ...shown.map((signal) => Math.abs(signal.points)));
  return (
    <div>
      <ul class="signals">
        {shown.map((signal) => {
          const width = `${(Math.abs(signal.points) / largest) * 50}%`;
          const raises = signal.points > 0;
          const expanded = open === signal.id;
          const whyId = `signal-why-${signal.id}`;
          return (
            <li class="signal" key={signal.id} data-signal={signal.id}>
              <button
                type="button"
                class="signal-row"
                aria-expanded={expanded}
                aria-controls={whyId}
                title={signal.description}
                onClick={() => setOpen(expanded ? null : signal.id)}
              >
                <span class="signal-name">{signalName(signal)}</span>
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
              <p class="signal-why" id={whyId} hidden={!expanded}>
                {signal.description}
              </p>
            </li>
          );
        })}
      </ul>
      <p class="hint">{t('signalsHint')}</p>
    </div>
  );
}
