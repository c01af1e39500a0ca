import type { Category, Lang } from './types';
import { rules } from './rules';
import { markers } from './markers';

/** What the score knows about one signal. */
export interface SignalInfo {
  /** Rule or marker id. */
  id: string;
  /** Category it is shown under. */
  category: Category;
  /** 1: a higher value can only raise the score; -1: it can only lower it. */
  direction: 1 | -1;
  /** Unit of its value. */
  unit: string;
  /** Where its points are measured from: no signal (`zero`) or the average text (`mean`). */
  reference: 'zero' | 'mean';
  /** What it measures, in each language. */
  description: Record<Lang, string>;
}

/** Every signal the score weighs: each rule, then each marker, in a fixed order. */
export const SIGNALS: readonly SignalInfo[] = [
  ...rules.map((rule) => ({
    id: rule.id,
    category: rule.category,
    direction: rule.direction ?? 1,
    unit: rule.unit,
    reference: rule.reference ?? 'zero',
    description: rule.description,
  })),
  ...markers.map((marker) => ({
    id: marker.id,
    category: marker.category,
    direction: marker.direction,
    unit: marker.unit,
    reference: marker.reference,
    description: marker.description,
  })),
];

/** One input of the score model: a signal, or a few sparse signals of one kind summed. */
export interface ScoreFeature {
  /** Feature id: the signal id, or the group's name. */
  id: string;
  /** Signals whose values are summed. */
  members: readonly string[];
  /** Direction shared by the members. */
  direction: 1 | -1;
  /** Where its points are measured from. */
  reference: 'zero' | 'mean';
}

/**
 * Sparse phrase signals are pooled: each fires in a minority of texts, and their sum per 100 words
 * is a steadier measure than any one alone (source-grouped CV on dev: en 0.706 → 0.733 AUROC).
 */
const POOLS: Record<string, readonly string[]> = {
  wording: ['ai-vocabulary', 'stock-phrase', 'hype', 'hedging'],
  formulas: ['not-but', 'setup-phrase', 'summary-marker', 'whether-or'],
};

/** The score model's inputs, in a fixed order. */
export const SCORE_FEATURES: readonly ScoreFeature[] = (() => {
  const pooled = new Set(Object.values(POOLS).flat());
  const features: ScoreFeature[] = Object.entries(POOLS).map(([id, members]) => ({ id, members, direction: 1, reference: 'zero' }));
  for (const signal of SIGNALS) if (!pooled.has(signal.id)) features.push({ id: signal.id, members: [signal.id], direction: signal.direction, reference: signal.reference });
  return features;
})();

/** The value a score feature takes: the sum of its members' finite values, NaN when none is measurable. */
export function featureSum(feature: ScoreFeature, values: Record<string, number>): number {
  let sum = 0;
  let measurable = false;
  for (const member of feature.members) {
    const value = values[member];
    if (value !== undefined && Number.isFinite(value)) {
      sum += value;
      measurable = true;
    }
  }
  return measurable ? sum : Number.NaN;
}
