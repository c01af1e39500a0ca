import type { Category } from './types';
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
}

/** Every signal the score weighs: each rule, then each marker, in a fixed order. */
export const SIGNALS: readonly SignalInfo[] = [
  ...rules.map((rule) => ({ id: rule.id, category: rule.category, direction: rule.direction ?? 1, unit: rule.unit })),
  ...markers.map((marker) => ({ id: marker.id, category: marker.category, direction: marker.direction, unit: marker.unit })),
];
