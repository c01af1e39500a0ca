import type { Effect } from '@/src/extension/explain';
import { t } from '@/src/extension/i18n';

const WIDTH = 352;
const HEIGHT = 64;
const MAX_BARS = 88;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

const CAPTIONS = { raises: 'rhythmFlat', lowers: 'rhythmVaried', neutral: 'rhythmNeutral' } as const;

/**
 * Sentence lengths in reading order as bars: a flat row of bars is a flat rhythm. Its label comes
 * from the flat-rhythm signal's effect (`effectOf`, the threshold the bars and the summary use), so
 * chart, bar and summary never disagree; flat stretches inside a varied text are counted apart.
 */
export function RhythmChart({ lengths, effect, flatStretches }: { lengths: readonly number[]; effect: Effect; flatStretches: number }) {
  const shown = lengths.slice(0, MAX_BARS);
  if (shown.length === 0) return null;
  const tallest = Math.max(...shown, 1);
  const gap = shown.length > 40 ? 1 : 2;
  const barWidth = Math.max(1.5, (WIDTH - gap * (shown.length - 1)) / shown.length);
  const middle = median(shown);
  const medianY = HEIGHT - (middle / tallest) * (HEIGHT - 4);
  return (
    <figure class="rhythm">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('rhythmAria', lengths.length)}
      >
        {shown.map((length, index) => {
          const height = Math.max(2, (length / tallest) * (HEIGHT - 4));
          return (
            <rect
              key={index}
              x={index * (barWidth + gap)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx={Math.min(2, barWidth / 2)}
              class="rhythm-bar"
            >
              <title>{length}</title>
            </rect>
          );
        })}
        <line x1="0" x2={WIDTH} y1={medianY} y2={medianY} class="rhythm-median" />
      </svg>
      <figcaption class="rhythm-caption">
        <span class={`rhythm-tag ${effect}`} data-testid="rhythm-tag" data-effect={effect}>
          {t(CAPTIONS[effect])}
        </span>
        {flatStretches > 0 && effect !== 'raises' && <span>{t('rhythmStretches', flatStretches)}</span>}
        <span class="rhythm-axis">
          {t('rhythmMedian', middle)} {t('rhythmAxis')}
        </span>
      </figcaption>
    </figure>
  );
}
