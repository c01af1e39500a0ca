// Prints one plain closing line for the whole suite, "N passed, N failed, N skipped", from the
// vitest JSON reports of every stage. Stages that are not vitest (type check, lint) count as one
// test each through the number of failed stages passed in by src/tools/test.sh.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir = '.output/test-results', failedStagesArg = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
const failedStages = Number(failedStagesArg);
if (failed === 0 && failedStages > 0) failed = failedStages;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
