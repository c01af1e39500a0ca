import type { Lang } from './types';

/** One signal's place in the fitted model. */
export interface FeatureWeight {
  /** Weight of the standardized square root of the value. */
  weight: number;
  /** Mean of √value over the calibration texts. */
  mean: number;
  /** Standard deviation of √value over the calibration texts. */
  scale: number;
}

/**
 * The fitted score model, by `npm run calibrate` on the labelled dev corpus: one set of weights for
 * both languages, stored per language with that language's standardization (mean, scale) and intercept.
 */
export interface Model {
  /**
   * When and on what it was fitted, with the cross-validated figures: the mean AUROC of source-grouped
   * 5-fold cross-validation over shuffled partitions (`repeats` of them), and that of the one balanced
   * partition earlier versions reported.
   */
  fitted: {
    date: string;
    corpus: string;
    texts: Record<Lang, number>;
    l2: number;
    crossValidatedAuroc: Record<Lang, number>;
    repeats: number;
    balancedSplitAuroc: Record<Lang, number>;
    /** Mean AUROC of the same cross-validation on paragraph windows (30–90 words). */
    windowAuroc: Record<Lang, number>;
    /** Least weights the fit was held to (the evidence floor of phrase tells), by feature id. */
    floors: Record<string, number>;
  };
  /** Per language: intercept and per-feature weights (features as in `SCORE_FEATURES`). */
  languages: Record<Lang, { intercept: number; features: Record<string, FeatureWeight> }>;
  /** Score bands: below `medium` is low, from `high` on is high. */
  verdict: { medium: number; high: number };
  /** Below this many words a text gets no score. */
  minWords: number;
  /** K of the evidence share n / (n + K): a text of K words carries half the evidence of a long one. */
  evidenceWords: number;
}
