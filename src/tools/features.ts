// Turns corpus texts into the model's feature rows: the shared step of calibrate and eval.
import { measure } from '../analyzer/measure';
import { featureSum, SCORE_FEATURES } from '../analyzer/signals';
import { featureValue } from '../analyzer/score';
import type { Lang } from '../analyzer/types';
import { sourceGroup, type CorpusRow } from './corpus';

/** Every input the model weighs, in a fixed order. */
export const FEATURE_IDS: readonly string[] = SCORE_FEATURES.map((feature) => feature.id);

/** The sign each input's weight must have (see fitLogistic). */
export const FEATURE_DIRECTIONS: readonly number[] = SCORE_FEATURES.map((feature) => feature.direction);

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
        features: SCORE_FEATURES.map((feature) => featureValue(featureSum(feature, measured.values))),
        words: measured.words,
      };
    });
}
