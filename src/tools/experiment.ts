// The shared steps of `npm run calibrate` and `npm run eval`: measure the corpus (whole texts and
// paragraph windows), cross-validate a fitting choice source-grouped, choose verdict bands on
// out-of-fold scores, build the model file, and judge the real pages with it.
import type { Lang, Verdict } from '../analyzer/types';
import type { Model } from '../analyzer/model';
import { analyzeWithModel } from '../analyzer';
import type { CorpusRow } from './corpus';
import { measureRows, type MeasuredRow, type RowKind } from './features';
import { fitJoint, LANGS, repeatedCrossValidateJoint, type FitOptions, type RepeatedValidation } from './joint';
import type { PageRow } from './pages';

/** Every language's measured rows: whole texts, each followed by its paragraph windows. */
export type Measured = Record<Lang, MeasuredRow[]>;

/** Measures the corpus with windows. */
export function measureCorpus(rows: readonly CorpusRow[]): Measured {
  return { nl: measureRows(rows, 'nl', { windows: true }), en: measureRows(rows, 'en', { windows: true }) };
}

/** Out-of-fold scores (0–100) of one language and kind, pooled over the partitions, with labels. */
export function pooledScores(validation: RepeatedValidation, measured: Measured, lang: Lang, kind: RowKind): { human: number[]; ai: number[] } {
  const human: number[] = [];
  const ai: number[] = [];
  for (const predictions of validation.predictions[lang]) {
    measured[lang].forEach((item, index) => {
      if (item.kind !== kind) return;
      (item.label === 1 ? ai : human).push(Math.round(100 * predictions[index]!));
    });
  }
  return { human, ai };
}

/** Share of scores at or above a threshold. */
export function shareAtLeast(scores: readonly number[], threshold: number): number {
  return scores.length === 0 ? 0 : scores.filter((score) => score >= threshold).length / scores.length;
}

/** What the bands must keep on out-of-fold scores, per language and kind (a margin under the 5 % target on unseen sources). */
export const BAND_TARGETS = {
  /** At most this share of human copy in "hoog". */
  maxHumanHigh: 0.03,
  /** At least this share of human whole texts in "laag". */
  minHumanLow: 0.6,
} as const;

/** The verdict bands: the lowest "hoog" edge that keeps every language and kind within the human budget. */
export function chooseBands(validation: RepeatedValidation, measured: Measured): Model['verdict'] {
  const humans = LANGS.flatMap((lang) => (['text', 'window'] as const).map((kind) => pooledScores(validation, measured, lang, kind).human));
  let high = 50;
  while (high < 97 && humans.some((scores) => shareAtLeast(scores, high) > BAND_TARGETS.maxHumanHigh)) high++;
  const texts = LANGS.map((lang) => pooledScores(validation, measured, lang, 'text').human);
  let medium = 20;
  while (medium < high - 10 && texts.some((scores) => 1 - shareAtLeast(scores, medium) < BAND_TARGETS.minHumanLow)) medium++;
  return { medium, high };
}

/** Words below which a text gets no score: a short paragraph is still judged, on little evidence. */
export const MIN_WORDS = 25;

/** The model file for a fitting choice, with its cross-validated figures. */
export function buildModel(measured: Measured, options: FitOptions, validation: RepeatedValidation, balanced: Record<Lang, number>, bands: Model['verdict']): Model {
  const fitted = fitJoint(measured, options);
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const texts = (lang: Lang) => measured[lang].filter((item) => item.kind === 'text').length;
  return {
    fitted: {
      date: new Date().toISOString().slice(0, 10),
      corpus: 'shared/corpus/dev.jsonl',
      texts: { nl: texts('nl'), en: texts('en') },
      l2: options.l2,
      crossValidatedAuroc: { nl: round(validation.meanAuroc.nl.text), en: round(validation.meanAuroc.en.text) },
      repeats: validation.aurocs.nl.text.length,
      balancedSplitAuroc: { nl: round(balanced.nl), en: round(balanced.en) },
      windowAuroc: { nl: round(validation.meanAuroc.nl.window), en: round(validation.meanAuroc.en.window) },
      floors: { ...(options.floors ?? {}) },
    },
    languages: Object.fromEntries(
      LANGS.map((lang) => [
        lang,
        {
          intercept: round(fitted[lang].intercept),
          features: Object.fromEntries(
            Object.entries(fitted[lang].features).map(([id, feature]) => [id, { weight: round(feature.weight), mean: round(feature.mean), scale: round(feature.scale) }]),
          ),
        },
      ]),
    ) as Model['languages'],
    verdict: bands,
    minWords: MIN_WORDS,
    evidenceWords: options.evidenceWords,
  };
}

/** How the pages fare under a model, per language: verdict shares, also with every source weighed equally. */
export interface PageVerdicts {
  pages: number;
  sources: number;
  shares: Record<Verdict | 'none', number>;
  sourceWeightedHigh: number;
  judged: { page: PageRow; score: number | null; verdict: Verdict | null; lang: Lang | null; top: string }[];
}

/** Judges every page as the CLI does (language detected, the page's lang attribute as a hint). */
export function judgePages(pages: readonly PageRow[], model: Model, lang: Lang): PageVerdicts {
  const judged = pages
    .filter((page) => page.lang === lang)
    .map((page) => {
      const report = analyzeWithModel(page.text, { lang: 'auto', ...(page.langHint ? { langHint: page.langHint } : {}) }, model);
      const top = report.signals
        .filter((signal) => signal.points > 0)
        .slice(0, 3)
        .map((signal) => `${signal.id} +${Math.round(signal.points)}`)
        .join(', ');
      return { page, score: report.score, verdict: report.verdict, lang: report.lang, top };
    });
  const shares = { low: 0, medium: 0, high: 0, none: 0 };
  for (const item of judged) shares[item.verdict ?? 'none'] += 1 / judged.length;
  const bySource = new Map<string, number[]>();
  for (const item of judged) bySource.set(item.page.group, [...(bySource.get(item.page.group) ?? []), item.verdict === 'high' ? 1 : 0]);
  const sourceWeightedHigh = [...bySource.values()].reduce((sum, flags) => sum + flags.reduce((a, b) => a + b, 0) / flags.length, 0) / Math.max(1, bySource.size);
  return { pages: judged.length, sources: bySource.size, shares, sourceWeightedHigh, judged };
}

export { repeatedCrossValidateJoint };
