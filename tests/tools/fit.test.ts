// The measuring tools behind npm run calibrate and npm run eval: if these are wrong, every figure
// in the README is wrong, so they are tested on small cases whose answers are known by hand.
import { describe, expect, it } from 'vitest';
import { auroc, fitLogistic, groupFolds, predict, shuffledGroupFolds, tprAtFpr } from '../../src/tools/fit';
import { sampleWeights } from '../../src/tools/joint';
import type { MeasuredRow } from '../../src/tools/features';
import type { Lang } from '../../src/analyzer/types';

describe('auroc', () => {
  it('is 1 for a perfect ranking, 0 for a reversed one and 0.5 for ties', () => {
    expect(auroc([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])).toBe(1);
    expect(auroc([0.1, 0.2, 0.8, 0.9], [1, 1, 0, 0])).toBe(0);
    expect(auroc([0.5, 0.5, 0.5, 0.5], [1, 1, 0, 0])).toBe(0.5);
  });
  it('counts the share of positive-negative pairs ranked right', () => {
    // Pairs: (0.9>0.5) (0.9>0.2) (0.4<0.5) (0.4>0.2): 3 of 4.
    expect(auroc([0.9, 0.4, 0.5, 0.2], [1, 1, 0, 0])).toBe(0.75);
  });
  it('is NaN without both classes', () => {
    expect(auroc([0.1, 0.2], [1, 1])).toBeNaN();
  });
});

describe('tprAtFpr', () => {
  it('takes the strictest threshold that keeps false positives within the budget', () => {
    const scores = [0.95, 0.9, 0.6, 0.3, 0.85, 0.5, 0.4, 0.2, 0.1, 0.05];
    const labels = [1, 1, 1, 1, 0, 0, 0, 0, 0, 0];
    // Six negatives: 0 % FPR allows none above the threshold, so the threshold is 0.85.
    expect(tprAtFpr(scores, labels, 0)).toBe(0.5);
    // 20 % of six negatives is one: the threshold drops to 0.5.
    expect(tprAtFpr(scores, labels, 0.2)).toBe(0.75);
  });
});

describe('source-grouped folds', () => {
  const groups = ['a', 'a', 'a', 'b', 'b', 'c', 'd', 'd', 'e', 'f', 'g', 'g', 'h'];
  const sameGroupSameFold = (folds: number[]) =>
    groups.every((group, index) => groups.every((other, j) => other !== group || folds[j] === folds[index]));

  it('keeps every text of a source in one fold, balanced and shuffled alike', () => {
    expect(sameGroupSameFold(groupFolds(groups, 3))).toBe(true);
    for (const seed of [1, 2, 3, 99]) expect(sameGroupSameFold(shuffledGroupFolds(groups, 3, seed))).toBe(true);
  });
  it('uses every fold and stays within the fold count', () => {
    for (const folds of [groupFolds(groups, 3), shuffledGroupFolds(groups, 3, 7)]) {
      expect(new Set(folds)).toEqual(new Set([0, 1, 2]));
    }
  });
  it('gives the same partition for the same seed and other partitions for other seeds', () => {
    expect(shuffledGroupFolds(groups, 3, 5)).toEqual(shuffledGroupFolds(groups, 3, 5));
    const partitions = new Set([1, 2, 3, 4, 5, 6].map((seed) => shuffledGroupFolds(groups, 3, seed).join()));
    expect(partitions.size).toBeGreaterThan(1);
  });
  it('does not depend on the order the texts come in', () => {
    const reversed = [...groups].reverse();
    const forward = shuffledGroupFolds(groups, 3, 4);
    const backward = shuffledGroupFolds(reversed, 3, 4).reverse();
    expect(backward).toEqual(forward);
  });
});

describe('fitLogistic', () => {
  // One informative column (x) and one that, in this sample, leans the wrong way (y).
  const rows = [
    [2, 1],
    [1.5, 0.8],
    [1, 1.2],
    [0.5, 0.9],
    [-0.5, -1],
    [-1, -0.7],
    [-1.5, -1.1],
    [-2, -0.9],
  ];
  const labels = [1, 1, 1, 1, 0, 0, 0, 0];

  it('learns a weight in the direction of the data', () => {
    const fit = fitLogistic(rows, labels, 1, [0, 0]);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(predict(fit, [2, 1])).toBeGreaterThan(0.5);
    expect(predict(fit, [-2, -1])).toBeLessThan(0.5);
  });
  it('holds a weight at zero when its allowed sign disagrees with the data', () => {
    const fit = fitLogistic(rows, labels, 1, [1, -1]);
    expect(fit.weights[0]).toBeGreaterThan(0);
    expect(fit.weights[1]).toBe(0);
  });
  it('holds a weight at its floor when the data would give it less', () => {
    const free = fitLogistic(rows, labels, 1, [1, -1]);
    const floored = fitLogistic(rows, labels, 1, [1, -1], { floors: [0, 0.5] });
    expect(free.weights[1]).toBe(0);
    expect(floored.weights[1]).toBeCloseTo(-0.5, 10);
    expect(floored.weights[0]).toBeGreaterThan(0);
  });
  it('leaves a weight above its floor free', () => {
    const fit = fitLogistic(rows, labels, 1, [1, 0], { floors: [0.01, 0] });
    expect(fit.weights[0]).toBeGreaterThan(0.01);
    expect(fit.weights[0]).toBeCloseTo(fitLogistic(rows, labels, 1, [1, 0]).weights[0]!, 6);
  });
  it('shrinks weights as the penalty grows', () => {
    const loose = fitLogistic(rows, labels, 0.1, [1, 0]);
    const tight = fitLogistic(rows, labels, 100, [1, 0]);
    expect(Math.abs(tight.weights[0]!)).toBeLessThan(Math.abs(loose.weights[0]!));
  });
  it('counts a row with weight 2 as two copies of it', () => {
    // Unstandardized: a copy would move the column moments, a weight does not.
    const doubled = fitLogistic([...rows, rows[3]!], [...labels, labels[3]!], 1, [0, 0], { standardize: false });
    const weighted = fitLogistic(rows, labels, 1, [0, 0], { standardize: false, sampleWeights: rows.map((_, index) => (index === 3 ? 2 : 1)) });
    expect(weighted.intercept).toBeCloseTo(doubled.intercept, 4);
    weighted.weights.forEach((weight, index) => expect(weight).toBeCloseTo(doubled.weights[index]!, 4));
  });
  it('puts the intercept where the weighted classes balance', () => {
    // No informative column: the intercept is the log-odds of the weighted labels.
    const flat = [[0], [0], [0], [0]];
    const fit = fitLogistic(flat, [1, 1, 1, 0], 1, [0], { standardize: false, sampleWeights: [1, 1, 1, 3] });
    expect(fit.intercept).toBeCloseTo(0, 6);
  });
});

describe('sampleWeights of the joint fit', () => {
  const row = (kind: 'text' | 'window', label: number, group: string) => ({ kind, label, group }) as unknown as MeasuredRow;
  const used: { item: MeasuredRow; lang: Lang }[] = [
    // Dutch AI texts: one source with three texts, one with one.
    { item: row('text', 1, 'gen'), lang: 'nl' },
    { item: row('text', 1, 'gen'), lang: 'nl' },
    { item: row('text', 1, 'gen'), lang: 'nl' },
    { item: row('text', 1, 'site'), lang: 'nl' },
    // Dutch human texts: two sources of one.
    { item: row('text', 0, 'a'), lang: 'nl' },
    { item: row('text', 0, 'b'), lang: 'nl' },
    // Windows count in their own kind.
    { item: row('window', 1, 'gen'), lang: 'nl' },
    { item: row('window', 0, 'a'), lang: 'nl' },
  ];
  const weights = sampleWeights(used);
  const total = (indexes: number[]) => indexes.reduce((sum, index) => sum + weights[index]!, 0);

  it('gives each language and label the same weight within a kind, and each kind its share of rows', () => {
    expect(total([0, 1, 2, 3])).toBeCloseTo(total([4, 5]), 10);
    expect(total([0, 1, 2, 3, 4, 5])).toBeCloseTo(6, 10);
    expect(total([6, 7])).toBeCloseTo(2, 10);
  });
  it('gives each source the same weight within its cell, whatever its number of texts', () => {
    expect(total([0, 1, 2])).toBeCloseTo(weights[3]!, 10);
    expect(weights[0]).toBeCloseTo(weights[1]!, 10);
  });
});
