// npm run eval: how well the score separates human from AI copy, and how often it raises a false
// alarm, measured the way users meet it:
// - whole texts of ../shared/corpus/dev.jsonl and paragraph windows of them (30–90 words, what a
//   selection holds), by source-grouped cross-validation (the weights refitted without the texts'
//   own sources) repeated over shuffled partitions: AUROC with its range, TPR at fixed FPR, and the
//   verdict shares of the pooled out-of-fold scores;
// - the real human pages of ../shared/pages, read as the CLI reads an HTML file and judged by the
//   fitted model (they were never used to fit it): how many land in "hoog" and "midden";
// - what the evidence floor of the phrase tells costs, and how often each signal fires on human and
//   AI copy, also per genre of human copy.
// `npm run eval -- --entries` adds how often each lexicon entry fires; `--pages` lists every page.
import type { Lang } from '../analyzer/types';
import type { Model } from '../analyzer/model';
import fittedModel from '../analyzer/model.json';
import { analyzeWithModel } from '../analyzer';
import { measure } from '../analyzer/measure';
import { SCORE_FEATURES, SIGNALS } from '../analyzer/signals';
import { devCorpusPath, loadDevCorpus } from './corpus';
import { auroc, tprAtFpr } from './fit';
import { aurocOf, crossValidateJoint, LANGS, repeatedCrossValidateJoint, type FitOptions } from './joint';
import { judgePages, measureCorpus, pooledScores, shareAtLeast } from './experiment';
import { loadPages, pagesPath } from './pages';
import type { MeasuredRow, RowKind } from './features';

const model = fittedModel as Model;
const showEntries = process.argv.includes('--entries');
const showPages = process.argv.includes('--pages');
const skipTradeOff = process.argv.includes('--quick');

const rows = loadDevCorpus();
if (!rows) {
  console.error(`eval: no corpus at ${devCorpusPath()} (set MIDDELMAAT_CORPUS or put ../shared beside the repository)`);
  process.exit(2);
}

const percent = (value: number) => `${(100 * value).toFixed(0)}%`.padStart(5);
const options: FitOptions = { l2: model.fitted.l2, evidenceWords: model.evidenceWords, floors: model.fitted.floors, train: 'all' };
console.log(`Middelmaat eval — ${rows.length} texts from ${devCorpusPath()}`);
console.log(
  `model fitted ${model.fitted.date}: l2=${options.l2}, K=${options.evidenceWords} words, floors ${JSON.stringify(options.floors)}; ` +
    `bands medium ≥ ${model.verdict.medium}, high ≥ ${model.verdict.high}; no score under ${model.minWords} words\n`,
);

const measured = measureCorpus(rows);
const repeated = repeatedCrossValidateJoint(measured, options);
const balanced = crossValidateJoint(measured, options);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function kindReport(lang: Lang, kind: RowKind): void {
  const data = measured[lang].filter((item) => item.kind === kind);
  const indexes = measured[lang].map((item, index) => (item.kind === kind ? index : -1)).filter((index) => index >= 0);
  const labels = data.map((item) => item.label);
  const { human, ai } = pooledScores(repeated, measured, lang, kind);
  const meanTpr = (fpr: number) =>
    repeated.predictions[lang].reduce((sum, predictions) => sum + tprAtFpr(indexes.map((index) => predictions[index]!), labels, fpr), 0) / repeated.predictions[lang].length;
  const spread = [...repeated.aurocs[lang][kind]].sort((a, b) => a - b);
  const groups = new Set(data.map((item) => item.group)).size;
  const title = kind === 'text' ? 'whole texts' : `paragraph windows (30–90 words)`;
  console.log(`  ${title}: ${labels.filter((label) => label === 0).length} human, ${labels.filter((label) => label === 1).length} AI from ${groups} sources`);
  console.log(
    `    AUROC               ${repeated.meanAuroc[lang][kind].toFixed(3)}  (range ${spread[0]!.toFixed(3)}–${spread.at(-1)!.toFixed(3)}; balanced partition ${aurocOf(balanced[lang], measured[lang], kind).toFixed(3)})`,
  );
  console.log(`    TPR at 5% / 10% FPR ${percent(meanTpr(0.05))} / ${percent(meanTpr(0.1)).trim()}`);
  console.log(`    human "hoog" / "laag"  ${percent(shareAtLeast(human, model.verdict.high))} / ${percent(1 - shareAtLeast(human, model.verdict.medium)).trim()}`);
  console.log(`    AI    "hoog" / "laag"  ${percent(shareAtLeast(ai, model.verdict.high))} / ${percent(1 - shareAtLeast(ai, model.verdict.medium)).trim()}`);
  console.log(`    median score        human ${median(human)}, AI ${median(ai)}`);
  if (kind === 'window') {
    // What a user selecting this paragraph gets: the analyzer itself, language detected.
    const unscored = data.filter((item) => analyzeWithModel(item.text, {}, model).score === null).length;
    console.log(`    without a score     ${percent(unscored / data.length)} (language detected, as in the extension)`);
  }
}

for (const lang of LANGS) {
  console.log(`== ${lang.toUpperCase()} (source-grouped 5-fold CV, ${repeated.predictions[lang].length} partitions, one model for both languages)`);
  kindReport(lang, 'text');
  kindReport(lang, 'window');
  console.log('');
}

// Real pages.
const pages = loadPages();
if (!pages) console.log(`pages: none at ${pagesPath()} (set MIDDELMAAT_PAGES or put ../shared beside the repository)\n`);
else {
  for (const lang of LANGS) {
    const verdicts = judgePages(pages, model, lang);
    const { shares } = verdicts;
    console.log(
      `== ${lang.toUpperCase()} pages: ${verdicts.pages} human pages from ${verdicts.sources} sites — "hoog" ${percent(shares.high).trim()} (sites weighed equally ${percent(verdicts.sourceWeightedHigh).trim()}), ` +
        `"midden" ${percent(shares.medium).trim()}, "laag" ${percent(shares.low).trim()}, no score ${percent(shares.none).trim()}`,
    );
    const listed = showPages ? verdicts.judged : verdicts.judged.filter((item) => item.verdict === 'high');
    for (const item of [...listed].sort((a, b) => (b.score ?? -1) - (a.score ?? -1))) {
      console.log(`    ${String(item.score ?? '–').padStart(3)} ${(item.verdict ?? '').padEnd(6)} ${item.page.id.padEnd(48)} ${item.top}`);
    }
  }
  console.log('');
}

// The evidence floor: what holding the phrase tells' weight up costs in separation.
if (!skipTradeOff) {
  console.log(`== evidence floor of the phrase tells (wording weight ≥ floor), 6 partitions each; chosen: ${options.floors?.wording ?? 0}`);
  for (const floor of [0, 0.2, 0.4, 0.6, 0.8]) {
    const validation = repeatedCrossValidateJoint(measured, { ...options, floors: { ...options.floors, wording: floor } }, 6);
    console.log(
      `  floor ${floor.toFixed(1)}  ` +
        LANGS.map((lang) => `${lang} text ${validation.meanAuroc[lang].text.toFixed(3)} window ${validation.meanAuroc[lang].window.toFixed(3)}`).join('   '),
    );
  }
  console.log('');
}

// Signals: how often each fires on human and on AI whole texts, and on human copy per genre.
for (const lang of LANGS) {
  const data = measured[lang].filter((item) => item.kind === 'text');
  const labels = data.map((item) => item.label);
  const genres = [...new Set(data.filter((item) => item.label === 0).map((item) => item.row.genre))].sort();
  const fired = (subset: MeasuredRow[], id: string) =>
    subset.length === 0 ? 0 : subset.filter((item) => Number.isFinite(item.values[id]) && item.values[id]! > 0).length / subset.length;
  console.log(`== ${lang.toUpperCase()} signals on whole texts (human by genre: ${genres.map((genre) => `${genre} ${data.filter((item) => item.label === 0 && item.row.genre === genre).length}`).join(', ')})`);
  console.log(`  ${'signal'.padEnd(20)} ${'human'.padStart(6)} ${'AI'.padStart(5)} ${'lift'.padStart(6)} ${'AUROC'.padStart(6)} ${'weight'.padStart(7)}  ${genres.map((genre) => genre.slice(0, 6).padStart(6)).join(' ')}`);
  for (const { id, direction } of SIGNALS) {
    const human = fired(data.filter((item) => item.label === 0), id);
    const ai = fired(data.filter((item) => item.label === 1), id);
    const separation = auroc(data.map((item) => (Number.isFinite(item.values[id]) ? item.values[id]! : 0) * direction), labels);
    const pool = SCORE_FEATURES.find((feature) => feature.members.includes(id))!;
    const weight = model.languages[lang].features[pool.id]?.weight ?? 0;
    const lift = human === 0 ? (ai === 0 ? '–' : '∞') : (ai / human).toFixed(2);
    const pooled = pool.members.length > 1 ? ` (${pool.id})` : '';
    const byGenre = genres.map((genre) => percent(fired(data.filter((item) => item.label === 0 && item.row.genre === genre), id)).padStart(6)).join(' ');
    console.log(`  ${id.padEnd(20)} ${percent(human).padStart(6)} ${percent(ai)} ${lift.padStart(6)} ${separation.toFixed(2).padStart(6)} ${weight.toFixed(2).padStart(7)}  ${byGenre}${pooled}`);
  }
  if (showEntries) {
    const counts = new Map<string, [number, number]>();
    for (const item of data) {
      const seen = new Set(measure(item.row.text, { lang }).main!.findings.map((finding) => finding.entryId).filter(Boolean) as string[]);
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
