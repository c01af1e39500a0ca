// `npm run reading`: what the shared reading policy keeps of the real human pages in ../shared/pages,
// per language: words kept as copy and words left out, by reason, and the score and verdict
// distribution of the CLI's judgement of those pages (the same as `npm run check -- --json`). A
// measurement, not a test: it prints a table and exits 0; without ../shared/pages it says so.
//
//   npm run reading                  the table
//   npm run reading -- --dropped     also print every left-out block with its reason (for reviewing rules)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyzer/index';
import { extractHtmlText } from '../cli/html';
import type { ReadingTally } from '../reading/policy';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the shared pages live next to the repository. */
export const PAGES_DIR = process.env.MIDDELMAAT_PAGES ?? resolve(ROOT, '../shared/pages');

/** One page of the index. */
interface PageRow {
  id: string;
  lang: 'nl' | 'en';
  file: string;
}

/** Totals for one language. */
interface LanguageTotals {
  pages: number;
  kept: number;
  dropped: ReadingTally;
  verdicts: Record<string, number>;
  scores: number[];
}

function main(): void {
  const index = join(PAGES_DIR, 'index.jsonl');
  if (!existsSync(index)) {
    console.log(`no pages at ${PAGES_DIR}: nothing measured`);
    return;
  }
  const rows = readFileSync(index, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => JSON.parse(line) as PageRow);
  const totals = new Map<string, LanguageTotals>();
  for (const row of rows) {
    const html = readFileSync(join(PAGES_DIR, row.file), 'utf8');
    const read = extractHtmlText(html);
    const report = analyze(read.text, { ...(read.langHint !== undefined && { langHint: read.langHint }) });
    const total = totals.get(row.lang) ?? { pages: 0, kept: 0, dropped: {}, verdicts: {}, scores: [] };
    totals.set(row.lang, total);
    total.pages += 1;
    for (const [reason, words] of Object.entries(read.tally)) {
      if (reason === 'copy') total.kept += words;
      else total.dropped[reason as keyof ReadingTally] = (total.dropped[reason as keyof ReadingTally] ?? 0) + words;
    }
    const verdict = report.verdict ?? `none (${report.reason ?? "no score"})`;
    total.verdicts[verdict] = (total.verdicts[verdict] ?? 0) + 1;
    if (report.score !== null) total.scores.push(report.score);
    if (process.argv.includes('--dropped')) {
      for (const block of read.leftOut) console.log(`${row.id}\t${block.reading}\t${JSON.stringify(block.text.slice(0, 160))}`);
    }
    if (process.argv.includes('--pages')) console.log(`${row.id}\t${report.score ?? '-'}\t${report.verdict ?? '-'}`);
  }
  for (const [lang, total] of [...totals].sort()) {
    const dropped = Object.values(total.dropped).reduce((sum, words) => sum + (words ?? 0), 0);
    const share = (words: number) => `${((100 * words) / (total.kept + dropped)).toFixed(1)} %`;
    console.log(`\n${lang}: ${total.pages} pages, ${total.kept + dropped} words read`);
    console.log(`  kept as copy        ${String(total.kept).padStart(6)}  ${share(total.kept)}`);
    for (const [reason, words] of Object.entries(total.dropped).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))) {
      console.log(`  left out: ${reason.padEnd(9)} ${String(words).padStart(6)}  ${share(words ?? 0)}`);
    }
    const verdicts = Object.entries(total.verdicts).sort().map(([verdict, count]) => `${verdict} ${count}`).join(', ');
    const sorted = [...total.scores].sort((a, b) => a - b);
    const median = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : null;
    console.log(`  verdicts: ${verdicts}; median score ${median ?? '-'}`);
  }
}

main();
