import type { Lang, SignalContribution, Verdict } from './types';
import type { Model } from './model';
import { featureSum, SCORE_FEATURES, SIGNALS, type ScoreFeature } from './signals';


/**
 * The model's input for one signal value: the square root stabilises the variance of rates of
 * rare events (hits per 100 words behave like Poisson counts) and tames long tails; NaN means
 * "not measurable". Source-grouped CV on dev: sqrt 0.882/0.746 vs log1p 0.866/0.738 vs raw 0.844/0.729 (nl/en).
 */
export function featureValue(value: number): number {
  return Number.isFinite(value) ? Math.sqrt(Math.max(0, value)) : Number.NaN;
}

/**
 * Hits a tell counted per 100 words gives up before it counts: half a hit. One hit is weak
 * evidence (any writer uses a dash, a colon or a cliché now and then); two sparse hits in a short
 * text count as one and a half, so they do not make a firm verdict.
 */
export const SPARSE_DISCOUNT = 0.5;

/** Signals whose value is hits per 100 words, so a hit count can be recovered and discounted. */
const PER_100_WORDS: ReadonlySet<string> = new Set(SIGNALS.filter((signal) => signal.unit === 'per 100 words').map((signal) => signal.id));

/**
 * The model's input for a score feature: its members' summed value, for a tell per 100 words less
 * `SPARSE_DISCOUNT` hits, then `featureValue`. The same at fitting and at scoring.
 */
export function featureInput(feature: ScoreFeature, values: Record<string, number>, words: number): number {
  const sum = featureSum(feature, values);
  if (feature.direction !== 1 || feature.reference !== 'zero' || !Number.isFinite(sum) || words <= 0) return featureValue(sum);
  if (!feature.members.every((member) => PER_100_WORDS.has(member))) return featureValue(sum);
  const hits = (sum * words) / 100;
  return featureValue((Math.max(0, hits - SPARSE_DISCOUNT) * 100) / words);
}

/** Standardized values are clipped to this many standard deviations, so one extreme value cannot run away. */
export const CLIP = 3;

/**
 * Most one signal may add to the logit above a text without it: 3, from a plain text's score of
 * about 17 to about 80. No signal decides alone: a page of ✅ bullets and nothing else, as many a
 * shop wrote before generated copy, reads as "midden" at most; "hoog" needs a second kind of
 * evidence (the catalogue's "clusters, not single hits", shared/reference/ai-tells.md §11).
 */
export const SIGNAL_CAP = 3;

/** A signal's term above the no-signal reference, held to `SIGNAL_CAP`. A signal below its reference (a human marker) is not capped. */
export function cappedTerm(term: number): number {
  return Math.min(term, SIGNAL_CAP);
}

/** A feature value standardized with the calibration mean and scale, clipped; 0 (average) when not measurable. */
export function standardize(value: number, mean: number, scale: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.max(-CLIP, Math.min(CLIP, (value - mean) / scale));
}

/**
 * The share of its full evidence a text of `words` words carries: n / (n + K). Rates measured on a
 * few words are uncertain (two hits in 30 words are not the same news as twenty in 300).
 */
export function evidenceShare(words: number, evidenceWords: number): number {
  return evidenceWords > 0 ? words / (words + evidenceWords) : 1;
}

/**
 * One feature's standardized input, weighed by the evidence a text of its length carries, the same
 * at fitting and at scoring. A tell (reference `zero`) is counted as if the text had K more words
 * without a tell: its rate is hits / (n + K), so a short text with a hit or two is not taken for a
 * long one full of them, and a short text without tells reads as one without tells. A metric every
 * text has (reference `mean`: rhythm, variety) is pulled toward the average text by n / (n + K).
 * `value` is the feature's square-rooted value (`featureValue`); NaN (not measurable) gives 0.
 */
export function evidenceInput(value: number, reference: 'zero' | 'mean', share: number, mean: number, scale: number): number {
  return reference === 'zero' ? standardize(value * Math.sqrt(share), mean, scale) : share * standardize(value, mean, scale);
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The score, its band and each signal's contribution. */
export interface Scored {
  score: number;
  verdict: Verdict;
  signals: SignalContribution[];
}

/**
 * Scores measured signal values with the language's fitted model. A signal's `points` is its share
 * of the distance between the score and the score of a reference text — one without any tell,
 * with every metric (rhythm, variety) at the calibration mean: its term on the logit scale times
 * the mean slope of the score between the two, so the points add up to `score − baseline`. A tell
 * that is absent therefore counts 0, not minus: only what is in the text moves the score.
 */
export function scoreSignals(values: Record<string, number>, findingCounts: Record<string, number>, lang: Lang, words: number, model: Model): Scored {
  const { intercept, features } = model.languages[lang];
  const share = evidenceShare(words, model.evidenceWords);
  const terms: Record<string, number> = {};
  let logit = intercept;
  // The logit of the reference text: no tells at all, every metric at its calibration mean.
  let reference = intercept;
  for (const feature of SCORE_FEATURES) {
    const fitted = features[feature.id];
    if (!fitted) continue;
    const sum = featureSum(feature, values);
    const value = fitted.weight * evidenceInput(featureInput(feature, values, words), feature.reference, share, fitted.mean, fitted.scale);
    const base = feature.reference === 'zero' ? fitted.weight * evidenceInput(0, 'zero', share, fitted.mean, fitted.scale) : 0;
    const term = cappedTerm(value - base);
    logit += base + term;
    reference += base;
    // A pooled feature's term is shared among its members by their share of the sum.
    for (const member of feature.members) {
      const memberValue = values[member];
      const part = sum > 0 ? (Number.isFinite(memberValue) ? memberValue! / sum : 0) : 1 / feature.members.length;
      terms[member] = term * part;
    }
  }
  const probability = sigmoid(logit);
  const score = Math.round(100 * probability);
  const baseline = 100 * sigmoid(reference);
  const spread = logit - reference;
  // Mean slope of the score between the reference text and this one, so the points add up to score − baseline.
  const slope = Math.abs(spread) > 1e-6 ? (100 * probability - baseline) / spread : 100 * probability * (1 - probability);
  const signals: SignalContribution[] = SIGNALS.filter((signal) => signal.id in terms).map((signal) => ({
    id: signal.id,
    category: signal.category,
    description: signal.description[lang],
    value: Number.isFinite(values[signal.id]) ? round(values[signal.id]!) : 0,
    points: round(slope * terms[signal.id]!),
    findings: findingCounts[signal.id] ?? 0,
  }));
  // Plain code-unit order: localeCompare would load ICU collation (10-20 ms) on a cold start.
  signals.sort((a, b) => Math.abs(b.points) - Math.abs(a.points) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { score, verdict: verdictOf(score, model), signals };
}

/** The band a score falls in. */
export function verdictOf(score: number, model: Model): Verdict {
  return score >= model.verdict.high ? 'high' : score >= model.verdict.medium ? 'medium' : 'low';
}

function round(value: number): number {
  // `|| 0` turns -0 into 0, which JSON cannot tell apart anyway.
  return Math.round(value * 100) / 100 || 0;
}
