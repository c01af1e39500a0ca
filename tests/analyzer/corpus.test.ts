import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { devCorpusPath, loadDevCorpus } from '../../src/tools/corpus';
import { auroc } from '../../src/tools/fit';

const corpus = loadDevCorpus();
if (!corpus) {
  // Visible on purpose: a fresh clone without ../shared runs everything else.
  console.warn(`corpus tests skipped: no labelled corpus at ${devCorpusPath()} (set MIDDELMAAT_CORPUS or put ../shared beside the repository)`);
}

describe.skipIf(!corpus)('the labelled dev corpus', () => {
  const rows = corpus ?? [];
  it('gives every finding of every text a span whose slice is its text', () => {
    let findings = 0;
    for (const row of rows) {
      const report = analyze(row.text, { lang: row.lang });
      for (const finding of report.findings) {
        findings++;
        expect(row.text.slice(finding.span.start, finding.span.end), `${row.id} ${finding.ruleId}`).toBe(finding.actual);
      }
    }
    expect(findings).toBeGreaterThan(rows.length);
  });
  it('detects the labelled language of almost every text', () => {
    const wrong = rows.filter((row) => analyze(row.text).lang !== row.lang).map((row) => row.id);
    expect(wrong.length, wrong.join(', ')).toBeLessThanOrEqual(Math.ceil(rows.length * 0.02));
  });
  it.each(['nl', 'en'] as const)('separates human from AI copy in %s (in-sample AUROC of the shipped weights ≥ 0.8)', (lang) => {
    const subset = rows.filter((row) => row.lang === lang);
    const scores = subset.map((row) => analyze(row.text, { lang }).score ?? 0);
    expect(auroc(scores, subset.map((row) => (row.label === 'ai' ? 1 : 0)))).toBeGreaterThanOrEqual(0.8);
  });
});
