// npm run calibrate: fits the score's weights on ../shared/corpus/dev.jsonl and writes
// src/analyzer/model.json: one set of weights for both languages over signals standardized per
// language (see joint.ts), with a term per language, fitted on whole texts and paragraph windows.
// Every choice is made on source-grouped cross-validation (every text of one site, repository or
// generator in the same fold), repeated over shuffled partitions:
// - the penalty and the evidence constant K, by the mean log-loss of the out-of-fold probabilities
//   over languages and kinds of text (whole texts, windows): how well a score means what it says at
//   every length, which AUROC alone does not see (K barely moves AUROC, it moves calibration); of
//   the Ks within 0.5 % of the best log-loss (at the chosen penalty) the largest, the most cautious:
//   a short text leans on its few words no more than the data demand (precision first);
// - the evidence floor of the phrase tells (wording): the largest weight that costs whole-text
//   AUROC no more than 0.01 in either language, so clichés and AI vocabulary move the score visibly;
// - the verdict bands, on the pooled out-of-fold scores, so at most 3 % of human copy (whole texts
//   and windows, each language) lands in "hoog": a margin under the 5 % allowed on unseen sources.
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../analyzer/types';
import { devCorpusPath, loadDevCorpus } from './corpus';

import { aurocOf, crossValidateJoint, LANGS, repeatedCrossValidateJoint, type FitOptions, type RepeatedValidation } from './joint';
import { buildModel, chooseBands, measureCorpus } from './experiment';

const PENALTIES = [1, 3, 10, 30];
/** K of the evidence share; 0 is left out on purpose: a 30-word selection never counts as much as a page. */
const EVIDENCE_WORDS = [25, 50, 100, 200];
/** Candidate least weights of the pooled phrase tells. */
export const FLOORS = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8];
/** Whole-text AUROC the floor may cost, per language. */
const FLOOR_BUDGET = 0.01;
/** Log-loss a larger, more cautious K may cost, relative to the best (0.5 %). */
const CAUTION_TOLERANCE = 0.005;
/** Partitions per candidate while searching; the chosen model is validated on the full REPEATS. */
const SEARCH_REPEATS = 6;

const rows = loadDevCorpus();
if (!rows) {
  console.error(`calibrate: no corpus at ${devCorpusPath()} (set MIDDELMAAT_CORPUS or put ../shared beside the repository)`);
  process.exit(2);
}

const measured = measureCorpus(rows);
/** Negative mean log-loss over languages and kinds (each weighed equally): higher is better. */
const objective = (validation: RepeatedValidation) => {
  let total = 0;
  for (const lang of LANGS) {
    for (const kind of ['text', 'window'] as const) {
      let loss = 0;
      let count = 0;
      for (const predictions of validation.predictions[lang]) {
        measured[lang].forEach((item, index) => {
          if (item.kind !== kind) return;
          const p = Math.min(1 - 1e-6, Math.max(1e-6, predictions[index]!));
          loss -= item.label === 1 ? Math.log(p) : Math.log(1 - p);
          count++;
        });
      }
      total += loss / count;
    }
  }
  return -total / 4;
};
const describe = (validation: RepeatedValidation) =>
  LANGS.map((lang) => `${lang} text ${validation.meanAuroc[lang].text.toFixed(3)} window ${validation.meanAuroc[lang].window.toFixed(3)}`).join('  ');

const searched: { options: FitOptions; score: number }[] = [];
for (const l2 of PENALTIES) {
  for (const evidenceWords of EVIDENCE_WORDS) {
    const options: FitOptions = { l2, evidenceWords, train: 'all' };
    const validation = repeatedCrossValidateJoint(measured, options, SEARCH_REPEATS);
    const score = objective(validation);
    console.log(`l2=${String(l2).padStart(3)} K=${String(evidenceWords).padStart(3)}  ${describe(validation)}  log-loss ${(-score).toFixed(4)}`);
    searched.push({ options, score });
  }
}
const best = searched.reduce((a, b) => (b.score > a.score ? b : a));
// Scores are negative log-losses: within the tolerance means a log-loss at most 0.5 % above the best.
const cautious = searched
  .filter((candidate) => candidate.options.l2 === best.options.l2 && -candidate.score <= -best.score * (1 + CAUTION_TOLERANCE))
  .reduce((a, b) => (b.options.evidenceWords > a.options.evidenceWords ? b : a));
const chosen = cautious.options;
console.log(
  `chosen l2=${chosen.l2}, K=${chosen.evidenceWords} (lowest mean log-loss over languages, whole texts and windows: K=${best.options.evidenceWords}; ` +
    `the largest K within ${100 * CAUTION_TOLERANCE} % of it)\n`,
);

const free = repeatedCrossValidateJoint(measured, chosen, SEARCH_REPEATS);
let floor = 0;
for (const candidate of FLOORS) {
  const validation = repeatedCrossValidateJoint(measured, { ...chosen, floors: { wording: candidate } }, SEARCH_REPEATS);
  const cost = Math.max(...LANGS.map((lang) => free.meanAuroc[lang].text - validation.meanAuroc[lang].text));
  console.log(`wording floor ${candidate.toFixed(1)}: ${describe(validation)}  (whole-text cost ${cost.toFixed(3)})`);
  if (cost <= FLOOR_BUDGET) floor = candidate;
}
const options: FitOptions = { ...chosen, floors: { wording: floor } };
console.log(`chosen wording floor ${floor}\n`);

const validation = repeatedCrossValidateJoint(measured, options);
const single = crossValidateJoint(measured, options);
const balanced = Object.fromEntries(LANGS.map((lang) => [lang, aurocOf(single[lang], measured[lang], 'text')])) as Record<Lang, number>;
const bands = chooseBands(validation, measured);
console.log(`${describe(validation)}  (mean of ${validation.aurocs.nl.text.length} partitions)`);
console.log(`verdict bands: medium from ${bands.medium}, high from ${bands.high}`);

const model = buildModel(measured, options, validation, balanced, bands);
const ranked = Object.entries(model.languages.nl.features).sort((a, b) => Math.abs(b[1].weight) - Math.abs(a[1].weight));
console.log(`shared weights: ${ranked.map(([id, feature]) => `${id} ${feature.weight >= 0 ? '+' : ''}${feature.weight.toFixed(2)}`).join(', ')}`);
console.log(`intercepts: nl ${model.languages.nl.intercept.toFixed(2)}, en ${model.languages.en.intercept.toFixed(2)}`);

const target = resolve(dirname(fileURLToPath(import.meta.url)), '../analyzer/model.json');
writeFileSync(target, `${JSON.stringify(model, null, 2)}\n`);
console.log(`wrote ${target}`);

