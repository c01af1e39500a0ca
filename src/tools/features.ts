// Turns corpus texts into the model's feature rows: the shared step of calibrate and eval.
import { measure } from '../analyzer/measure';
import { featureSum, SCORE_FEATURES } from '../analyzer/signals';
import { featureInput } from '../analyzer/score';
import type { Lang } from '../analyzer/types';
import { sourceGroup, type CorpusRow } from './corpus';
import { paragraphWindows } from './windows';

/** Every input the model weighs, in a fixed order. */
export const FEATURE_IDS: readonly string[] = SCORE_FEATURES.map((feature) => feature.id);

/** The sign each input's weight must have (see fitLogistic). */
export const FEATURE_DIRECTIONS: readonly number[] = SCORE_FEATURES.map((feature) => feature.direction);

/** What a measured row is: a whole corpus text, or a window of its paragraphs (a selection). */
export type RowKind = 'text' | 'window';

/** One corpus text or paragraph window, measured. */
export interface MeasuredRow {
  /** The corpus text it comes from. */
  row: CorpusRow;
  /** What was measured: the whole text or a window of it. */
  kind: RowKind;
  /** The measured text itself. */
  text: string;
  /** Its source group (a window shares its text's). */
  group: string;
  /** 1 for AI copy, 0 for human copy. */
  label: number;
  /** Each signal's value. */
  values: Record<string, number>;
  /** The model's inputs before standardization. */
  features: number[];
  /** Word tokens. */
  words: number;
}

function measureOne(row: CorpusRow, lang: Lang, kind: RowKind, text: string): MeasuredRow {
  // The corpus labels each text's language, so it is measured as one part in that language.
  const measured = measure(text, { lang }).main!;
  return {
    row,
    kind,
    text,
    group: sourceGroup(row),
    label: row.label === 'ai' ? 1 : 0,
    values: measured.values,
    features: SCORE_FEATURES.map((feature) => featureInput(feature, measured.values, measured.words)),
    words: measured.words,
  };
}

/**
 * Measures every row of one language (with its language fixed, as the corpus labels it): each
 * whole text and, with `windows`, each of its paragraph windows after it.
 */
export function measureRows(rows: readonly CorpusRow[], lang: Lang, options: { windows?: boolean } = {}): MeasuredRow[] {
  const measured: MeasuredRow[] = [];
  for (const row of rows) {
    if (row.lang !== lang) continue;
    measured.push(measureOne(row, lang, 'text', row.text));
    if (options.windows) for (const window of paragraphWindows(row.text)) measured.push(measureOne(row, lang, 'window', window.text));
  }
  return measured;
}
