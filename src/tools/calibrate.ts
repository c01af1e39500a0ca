// npm run calibrate: fits the score's weights on ../shared/corpus/dev.jsonl and writes
// src/analyzer/model.json: one set of weights for both languages over signals standardized per
// language (see joint.ts), with a term per language. The penalty is chosen by source-grouped cross-validation (every text of
// one site, repository or generator in the same fold), so house styles cannot inflate the figures,
// repeated over shuffled partitions so the choice does not hang on one lucky or unlucky split.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../analyzer/types';
import type { Model } from '../analyzer/model';
import { devCorpusPath, loadDevCorpus } from './corpus';
import { auroc } from './fit';
import { crossValidateJoint, fitJoint, REPEATS, repeatedCrossValidateJoint } from './joint';
import { measureRows } from './features';

const PENALTIES = [1, 3, 10, 30, 100];
/** At most this share of human copy may land in "hoog" (on out-of-fold scores): precision first. */
const MAX_HUMAN_HIGH = 0.1;
/** At least this share of human copy should land in "laag". */
const MIN_HUMAN_LOW = 0.6;
const LANGS: Lang[] = ['nl', 'en'];

const rows = loadDevCorpus();
if (!rows) {
  console.error(`calibrate: no corpus at ${devCorpusPath()} (set MIDDELMAAT_CORPUS or put ../shared beside the repository)`);
  process.exit(2);
}

const measured = Object.fromEntries(LANGS.map((lang) => [lang, measureRows(rows, lang)])) as Record<Lang, ReturnType<typeof measureRows>>;
const results: Record<number, Record<Lang, number>> = {};
const balanced: Record<number, Record<Lang, number>> = {};
const outOfFold: Record<number, Record<Lang, number[][]>> = {};
for (const l2 of PENALTIES) {
  const repeated = repeatedCrossValidateJoint(measured, l2);
  const single = crossValidateJoint(measured, l2);
  results[l2] = repeated.meanAuroc;
  outOfFold[l2] = repeated.predictions;
  balanced[l2] = Object.fromEntries(LANGS.map((lang) => [lang, auroc(single[lang], measured[lang].map((item) => item.label))])) as Record<Lang, number>;
  console.log(
    `l2=${String(l2).padStart(3)}  grouped-CV AUROC, mean of ${REPEATS} partitions  nl ${results[l2].nl.toFixed(3)}  en ${results[l2].en.toFixed(3)}` +
      `   (balanced partition nl ${balanced[l2].nl.toFixed(3)}  en ${balanced[l2].en.toFixed(3)})`,
  );
}
const best = PENALTIES.reduce((a, b) => (Math.min(results[b]!.nl, results[b]!.en) > Math.min(results[a]!.nl, results[a]!.en) ? b : a));
console.log(`chosen l2=${best} (best worst-language AUROC)`);

// Verdict bands from the out-of-fold scores of human copy in every partition, so "hoog" means the
// same in both languages.
const humanScores = LANGS.map((lang) =>
  outOfFold[best]![lang].flatMap((predictions) => predictions.filter((_, index) => measured[lang][index]!.label === 0).map((p) => Math.round(100 * p))),
);
const shareAtLeast = (scores: number[], threshold: number) => scores.filter((score) => score >= threshold).length / scores.length;
let high = 50;
while (high < 95 && humanScores.some((scores) => shareAtLeast(scores, high) > MAX_HUMAN_HIGH)) high++;
// The lowest band edge that still leaves at least MIN_HUMAN_LOW of human copy in "laag".
let medium = 20;
while (medium < high - 10 && humanScores.some((scores) => 1 - shareAtLeast(scores, medium) < MIN_HUMAN_LOW)) medium++;
console.log(`verdict bands: medium from ${medium}, high from ${high} (≤ ${100 * MAX_HUMAN_HIGH}% of human copy high, ≥ ${100 * MIN_HUMAN_LOW}% low, per language)`);

const model: Model = {
  fitted: {
    date: new Date().toISOString().slice(0, 10),
    corpus: 'shared/corpus/dev.jsonl',
    texts: { nl: measured.nl.length, en: measured.en.length },
    l2: best,
    crossValidatedAuroc: { nl: round(results[best]!.nl), en: round(results[best]!.en) },
    repeats: REPEATS,
    balancedSplitAuroc: { nl: round(balanced[best]!.nl), en: round(balanced[best]!.en) },
  },
  languages: {} as Model['languages'],
  verdict: { medium, high },
  minWords: 40,
};
const fitted = fitJoint(measured, best);
for (const lang of LANGS) {
  model.languages[lang] = {
    intercept: round(fitted[lang].intercept),
    features: Object.fromEntries(
      Object.entries(fitted[lang].features).map(([id, feature]) => [id, { weight: round(feature.weight), mean: round(feature.mean), scale: round(feature.scale) }]),
    ),
  };
}
const ranked = Object.entries(fitted.nl.features).sort((a, b) => Math.abs(b[1].weight) - Math.abs(a[1].weight));
console.log(`shared weights: ${ranked.map(([id, feature]) => `${id} ${feature.weight >= 0 ? '+' : ''}${feature.weight.toFixed(2)}`).join(', ')}`);
console.log(`intercepts: nl ${fitted.nl.intercept.toFixed(2)}, en ${fitted.en.intercept.toFixed(2)}`);

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../analyzer/model.json');
writeFileSync(target, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${target}`);

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
