// Turns corpus texts into the model's feature rows: the shared step of calibrate and eval.
import { measure } from '../analyzer/measure';
import { SIGNALS } from '../analyzer/signals';
import { featureValue } from '../analyzer/score';
import type { Lang } from '../analyzer/types';
import { sourceGroup, type CorpusRow } from './corpus';

/** Every signal the model weighs, in a fixed order. */
export const FEATURE_IDS: readonly string[] = SIGNALS.map((signal) => signal.id);

/** The sign each signal's weight must have (see fitLogistic). */
export const FEATURE_DIRECTIONS: readonly number[] = SIGNALS.map((signal) => signal.direction);

/** One corpus text, measured. */
export interface MeasuredRow {
  row: CorpusRow;
  group: string;
  label: number;
  values: Record<string, number>;
  features: number[];
  words: number;
}

/** Measures every row of one language (with its language fixed, as the corpus labels it). */
export function measureRows(rows: readonly CorpusRow[], lang: Lang): MeasuredRow[] {
  return rows
    .filter((row) => row.lang === lang)
    .map((row) => {
      const measured = measure(row.text, { lang });
      return {
        row,
        group: sourceGroup(row),
        label: row.label === 'ai' ? 1 : 0,
        values: measured.values,
        features: FEATURE_IDS.map((id) => featureValue(measured.values[id] ?? 0)),
        words: measured.words,
      };
    });
}
