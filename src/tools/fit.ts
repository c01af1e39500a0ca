// Regularised logistic regression, AUROC and source-grouped cross-validation: small, dependency-free
// and deterministic, so `npm run calibrate` gives the same weights on every machine.

/** A fitted logistic model over standardized features. */
export interface LogisticFit {
  intercept: number;
  weights: number[];
  means: number[];
  scales: number[];
}

/** Fits P(y=1) = σ(b + w·z) with an L2 penalty on w, by Newton's method (IRLS) on standardized z. */
export function fitLogistic(rows: number[][], labels: number[], l2: number): LogisticFit {
  const count = rows.length;
  const width = rows[0]?.length ?? 0;
  const means = new Array<number>(width).fill(0);
  const scales = new Array<number>(width).fill(0);
  for (const row of rows) row.forEach((value, column) => (means[column]! += value / count));
  for (const row of rows) row.forEach((value, column) => (scales[column]! += (value - means[column]!) ** 2 / count));
  for (let column = 0; column < width; column++) scales[column] = Math.sqrt(scales[column]!) || 1;
  const z = rows.map((row) => [1, ...row.map((value, column) => (value - means[column]!) / scales[column]!)]);
  const beta = new Array<number>(width + 1).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const gradient = new Array<number>(width + 1).fill(0);
    const hessian = Array.from({ length: width + 1 }, () => new Array<number>(width + 1).fill(0));
    for (let index = 0; index < count; index++) {
      const x = z[index]!;
      const p = sigmoid(dot(beta, x));
      const residual = labels[index]! - p;
      const curvature = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a <= width; a++) {
        gradient[a]! += residual * x[a]!;
        for (let b = 0; b <= width; b++) hessian[a]![b]! += curvature * x[a]! * x[b]!;
      }
    }
    for (let a = 1; a <= width; a++) {
      gradient[a]! -= l2 * beta[a]!;
      hessian[a]![a]! += l2;
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let a = 0; a <= width; a++) {
      beta[a]! += step[a]!;
      change = Math.max(change, Math.abs(step[a]!));
    }
    if (change < 1e-8) break;
  }
  return { intercept: beta[0]!, weights: beta.slice(1), means, scales };
}

/** Probability the fitted model gives one row. */
export function predict(fit: LogisticFit, row: number[]): number {
  let logit = fit.intercept;
  row.forEach((value, column) => (logit += fit.weights[column]! * ((value - fit.means[column]!) / fit.scales[column]!)));
  return sigmoid(logit);
}

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

/** True-positive rate at the threshold that keeps the false-positive rate at or below `fpr`. */
export function tprAtFpr(scores: number[], labels: number[], fpr: number): number {
  const negatives = scores.filter((_, index) => labels[index] === 0).sort((a, b) => b - a);
  const positives = scores.filter((_, index) => labels[index] === 1);
  const allowed = Math.floor(fpr * negatives.length);
  // Threshold: strictly above the (allowed+1)-th highest negative score.
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

/** Out-of-fold predictions of a source-grouped cross-validation. */
export function crossValidate(rows: number[][], labels: number[], groups: string[], l2: number, folds = 5): number[] {
  const foldOf = groupFolds(groups, folds);
  const predictions = new Array<number>(rows.length).fill(0.5);
  for (let fold = 0; fold < folds; fold++) {
    const train = rows.map((_, index) => index).filter((index) => foldOf[index] !== fold);
    const test = rows.map((_, index) => index).filter((index) => foldOf[index] === fold);
    if (test.length === 0) continue;
    const fit = fitLogistic(train.map((index) => rows[index]!), train.map((index) => labels[index]!), l2);
    for (const index of test) predictions[index] = predict(fit, rows[index]!);
  }
  return predictions;
}
