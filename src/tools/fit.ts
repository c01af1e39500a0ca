// Regularised, sign-constrained logistic regression, AUROC and source-grouped cross-validation:
// small, dependency-free and deterministic, so `npm run calibrate` gives the same weights anywhere.
import { standardize } from '../analyzer/score';

/** A fitted logistic model over standardized, clipped features. */
export interface LogisticFit {
  intercept: number;
  weights: number[];
  means: number[];
  scales: number[];
}

/** Column means and standard deviations, ignoring NaN (not measurable) values. */
export function moments(rows: number[][], width: number): { means: number[]; scales: number[] } {
  const means: number[] = [];
  const scales: number[] = [];
  for (let column = 0; column < width; column++) {
    const values = rows.map((row) => row[column]!).filter(Number.isFinite);
    const mean = values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
    const variance = values.length ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length : 0;
    means.push(mean);
    scales.push(Math.sqrt(variance) || 1);
  }
  return { means, scales };
}

/**
 * Fits P(y=1) = σ(b + w·z) with an L2 penalty on w. `directions[j]` = 1 keeps w_j ≥ 0, -1 keeps
 * w_j ≤ 0: a signal of predictable copy may only raise the score, a human marker only lower it,
 * whatever quirks a small corpus has. `floors[j]` raises that bound from 0 to |w_j| ≥ floor.
 * `sampleWeights` (default 1 each) say how much each row counts in the likelihood.
 * Newton's method on the free weights, with an active set.
 */
export function fitLogistic(
  rows: number[][],
  labels: number[],
  l2: number,
  directions: readonly number[],
  options: { standardize?: boolean; floors?: readonly number[]; sampleWeights?: readonly number[] } = {},
): LogisticFit {
  const width = rows[0]?.length ?? 0;
  // Rows that are already standardized (per language, see joint.ts) are used as they are.
  const { means, scales } = options.standardize === false ? { means: new Array<number>(width).fill(0), scales: new Array<number>(width).fill(1) } : moments(rows, width);
  const z = rows.map((row) => [1, ...row.map((value, column) => standardize(value, means[column]!, scales[column]!))]);
  const beta = new Array<number>(width + 1).fill(0);
  const fixed = new Array<boolean>(width + 1).fill(false);
  const sampleWeights = options.sampleWeights ?? z.map(() => 1);
  for (let round = 0; round < 2 * width + 2; round++) {
    newton(z, labels, l2, beta, fixed, sampleWeights);
    // Clamp weights that crossed their sign; free clamped ones whose gradient points the allowed way.
    let changed = false;
    const gradient = gradientOf(z, labels, l2, beta, sampleWeights);
    for (let j = 1; j <= width; j++) {
      const direction = directions[j - 1]!;
      // Direction 0: a free weight, either sign.
      if (direction === 0) continue;
      // A floor keeps a weight at least this far from zero in its direction (see calibrate's
      // evidence floor); without one the bound is zero, the plain sign constraint.
      const floor = options.floors?.[j - 1] ?? 0;
      if (!fixed[j] && beta[j]! * direction < floor) {
        // `+ 0` turns the -0 of a zero floor in direction -1 into 0.
        beta[j] = direction * floor + 0;
        fixed[j] = true;
        changed = true;
      } else if (fixed[j] && gradient[j]! * direction > 1e-6) {
        fixed[j] = false;
        changed = true;
      }
    }
    if (!changed) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1), means, scales };
}

function gradientOf(z: number[][], labels: number[], l2: number, beta: number[], sampleWeights: readonly number[]): number[] {
  const gradient = new Array<number>(beta.length).fill(0);
  z.forEach((x, index) => {
    const residual = sampleWeights[index]! * (labels[index]! - sigmoid(dot(beta, x)));
    for (let a = 0; a < beta.length; a++) gradient[a]! += residual * x[a]!;
  });
  for (let a = 1; a < beta.length; a++) gradient[a]! -= l2 * beta[a]!;
  return gradient;
}

function newton(z: number[][], labels: number[], l2: number, beta: number[], fixed: boolean[], sampleWeights: readonly number[]): void {
  const free = beta.map((_, index) => index).filter((index) => !fixed[index]);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = gradientOf(z, labels, l2, beta, sampleWeights);
    const hessian = free.map(() => new Array<number>(free.length).fill(0));
    for (const [index, x] of z.entries()) {
      const p = sigmoid(dot(beta, x));
      const curvature = Math.max(sampleWeights[index]! * p * (1 - p), 1e-9);
      free.forEach((a, i) => free.forEach((b, k) => (hessian[i]![k]! += curvature * x[a]! * x[b]!)));
    }
    free.forEach((a, i) => {
      if (a > 0) hessian[i]![i]! += l2;
    });
    const step = solve(hessian, free.map((a) => gradient[a]!));
    let change = 0;
    free.forEach((a, i) => {
      beta[a]! += step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    });
    if (change < 1e-8) break;
  }
}

/** Probability the fitted model gives one row. */
export function predict(fit: LogisticFit, row: number[]): number {
  let logit = fit.intercept;
  row.forEach((value, column) => (logit += fit.weights[column]! * standardize(value, fit.means[column]!, fit.scales[column]!)));
  return sigmoid(logit);
}

/** The logistic function. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function dot(a: number[], b: number[]): number {
  let sum = 0;
  for (let index = 0; index < a.length; index++) sum += a[index]! * b[index]!;
  return sum;
}

/** Solves A·x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index]!]);
  for (let column = 0; column < size; column++) {
    let pivot = column;
    for (let row = column + 1; row < size; row++) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    const divisor = a[column]![column]! || 1e-12;
    for (let row = 0; row < size; row++) {
      if (row === column) continue;
      const factor = a[row]![column]! / divisor;
      for (let k = column; k <= size; k++) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  return a.map((row, index) => row[size]! / (a[index]![index]! || 1e-12));
}

/** Area under the ROC curve: the chance a random positive scores above a random negative (ties count half). */
export function auroc(scores: number[], labels: number[]): number {
  const positives = scores.filter((_, index) => labels[index] === 1);
  const negatives = scores.filter((_, index) => labels[index] === 0);
  if (positives.length === 0 || negatives.length === 0) return Number.NaN;
  let wins = 0;
  for (const positive of positives) for (const negative of negatives) wins += positive > negative ? 1 : positive === negative ? 0.5 : 0;
  return wins / (positives.length * negatives.length);
}

/** True-positive rate at the strictest threshold that keeps the false-positive rate at or below `fpr`. */
export function tprAtFpr(scores: number[], labels: number[], fpr: number): number {
  const negatives = scores.filter((_, index) => labels[index] === 0).sort((a, b) => b - a);
  const positives = scores.filter((_, index) => labels[index] === 1);
  const allowed = Math.floor(fpr * negatives.length);
  const threshold = negatives[allowed] ?? Number.NEGATIVE_INFINITY;
  return positives.filter((score) => score > threshold).length / positives.length;
}

/**
 * Assigns whole groups to `folds` folds, largest groups first onto the fold with fewest texts,
 * so every text of a source lands in the same fold. Deterministic for the same input.
 */
export function groupFolds(groups: string[], folds: number): number[] {
  const sizes = new Map<string, number>();
  for (const group of groups) sizes.set(group, (sizes.get(group) ?? 0) + 1);
  const order = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const load = new Array<number>(folds).fill(0);
  const foldOf = new Map<string, number>();
  for (const [group, size] of order) {
    let best = 0;
    for (let fold = 1; fold < folds; fold++) if (load[fold]! < load[best]!) best = fold;
    foldOf.set(group, best);
    load[best]! += size;
  }
  return groups.map((group) => foldOf.get(group)!);
}

/**
 * Like groupFolds, but the groups are dealt round-robin after a shuffle seeded with `seed`: one of
 * many equally valid source-grouped partitions. Repeating cross-validation over several of them
 * (repeated k-fold) averages out the luck of any single partition; deterministic for a seed.
 */
export function shuffledGroupFolds(groups: string[], folds: number, seed: number): number[] {
  const order = [...new Set(groups)].sort();
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: a small, well-mixed, reproducible generator.
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const foldOf = new Map(order.map((group, index) => [group, index % folds]));
  return groups.map((group) => foldOf.get(group)!);
}
