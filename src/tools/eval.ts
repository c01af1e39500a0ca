// npm run eval: how well the score separates human from AI copy in ../shared/corpus/dev.jsonl.
// The headline figures come from source-grouped cross-validation (the weights are refitted without
// the texts' own sources), so they say how the analyzer does on sites it has not seen. It is
// repeated over shuffled partitions: AUROC and TPR are means over them (AUROC with its range), the
// shares and medians pool the out-of-fold scores of all of them. The balanced partition's AUROC is
// shown too.
// `npm run eval -- --entries` adds how often each lexicon entry fires on human and on AI copy.
import type { Lang } from '../analyzer/types';
import type { Model } from '../analyzer/model';
import fittedModel from '../analyzer/model.json';
import { measure } from '../analyzer/measure';
import { devCorpusPath, loadDevCorpus } from './corpus';
import { auroc, tprAtFpr } from './fit';
import { crossValidateJoint, REPEATS, repeatedCrossValidateJoint } from './joint';
import { measureRows } from './features';
import { SCORE_FEATURES, SIGNALS } from '../analyzer/signals';

const model = fittedModel as Model;
const LANGS: Lang[] = ['nl', 'en'];
const showEntries = process.argv.includes('--entries');

const rows = loadDevCorpus();
if (!rows) {
  console.error(`eval: no corpus at ${devCorpusPath()} (set MIDDELMAAT_CORPUS or put ../shared beside the repository)`);
  process.exit(2);
}

const percent = (value: number) => `${(100 * value).toFixed(0)}%`.padStart(5);
console.log(`Middelmaat eval — ${rows.length} texts from ${devCorpusPath()}`);
console.log(`model fitted ${model.fitted.date} with l2=${model.fitted.l2}; verdict bands: medium ≥ ${model.verdict.medium}, high ≥ ${model.verdict.high}\n`);

const measured = { nl: measureRows(rows, 'nl'), en: measureRows(rows, 'en') };
// Out-of-fold scores of the joint model (both languages in one fit, as calibrate does).
const repeated = repeatedCrossValidateJoint(measured, model.fitted.l2);
const balanced = crossValidateJoint(measured, model.fitted.l2);
for (const lang of LANGS) {
  const data = measured[lang];
  const labels = data.map((item) => item.label);
  const partitions = repeated.predictions[lang];
  const scores = partitions.flat().map((p) => Math.round(100 * p));
  const pooledLabels = partitions.flatMap(() => labels);
  const humans = scores.filter((_, index) => pooledLabels[index] === 0);
  const ais = scores.filter((_, index) => pooledLabels[index] === 1);
  const meanTpr = (fpr: number) => partitions.reduce((sum, predictions) => sum + tprAtFpr(predictions, labels, fpr), 0) / partitions.length;
  const groups = new Set(data.map((item) => item.group)).size;
  console.log(`== ${lang.toUpperCase()}: ${humans.length / partitions.length} human, ${ais.length / partitions.length} AI texts from ${groups} sources (5 folds grouped by source, ${REPEATS} partitions, one model for both languages)`);
  const spread = [...repeated.aurocs[lang]].sort((a, b) => a - b);
  console.log(`  AUROC                 ${repeated.meanAuroc[lang].toFixed(3)}  (range ${spread[0]!.toFixed(3)}–${spread[spread.length - 1]!.toFixed(3)}; balanced partition ${auroc(balanced[lang], labels).toFixed(3)})`);
  console.log(`  TPR at  5% FPR        ${percent(meanTpr(0.05))}`);
  console.log(`  TPR at 10% FPR        ${percent(meanTpr(0.1))}`);
  console.log(`  human judged "hoog"   ${percent(humans.filter((score) => score >= model.verdict.high).length / humans.length)}`);
  console.log(`  human judged "laag"   ${percent(humans.filter((score) => score < model.verdict.medium).length / humans.length)}`);
  console.log(`  AI judged "hoog"      ${percent(ais.filter((score) => score >= model.verdict.high).length / ais.length)}`);
  console.log(`  AI judged "laag"      ${percent(ais.filter((score) => score < model.verdict.medium).length / ais.length)}`);
  console.log(`  median score          human ${median(humans)}, AI ${median(ais)}`);
  console.log(`\n  ${'signal'.padEnd(20)} ${'fires: human'.padStart(12)} ${'AI'.padStart(5)} ${'lift'.padStart(6)} ${'AUROC'.padStart(6)} ${'weight'.padStart(7)}`);
  SIGNALS.forEach(({ id, direction }) => {
    const fired = (label: number) => {
      const subset = data.filter((item) => item.label === label);
      return subset.filter((item) => Number.isFinite(item.values[id]) && item.values[id]! > 0).length / subset.length;
    };
    const human = fired(0);
    const ai = fired(1);
    const separation = auroc(data.map((item) => (Number.isFinite(item.values[id]) ? item.values[id]! : 0) * direction), labels);
    const pool = SCORE_FEATURES.find((feature) => feature.members.includes(id))!;
    const weight = model.languages[lang].features[pool.id]?.weight ?? 0;
    const lift = human === 0 ? (ai === 0 ? '–' : '∞') : (ai / human).toFixed(2);
    const pooled = pool.members.length > 1 ? ` (${pool.id})` : '';
    console.log(`  ${id.padEnd(20)} ${percent(human).padStart(12)} ${percent(ai)} ${lift.padStart(6)} ${separation.toFixed(2).padStart(6)} ${weight.toFixed(2).padStart(7)}${pooled}`);
  });
  if (showEntries) {
    const counts = new Map<string, [number, number]>();
    for (const item of data) {
      const seen = new Set(measure(item.row.text, { lang }).findings.map((finding) => finding.entryId).filter(Boolean) as string[]);
      for (const entry of seen) {
        const pair = counts.get(entry) ?? [0, 0];
        pair[item.label]!++;
        counts.set(entry, pair);
      }
    }
    console.log(`\n  ${'entry'.padEnd(44)} texts: human   AI`);
    for (const [entry, [human, ai]] of [...counts].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]))) {
      console.log(`  ${entry.padEnd(44)} ${String(human).padStart(12)} ${String(ai).padStart(4)}`);
    }
  }
  console.log('');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
