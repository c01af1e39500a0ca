// Builds the Firefox package and runs Mozilla's addons-linter (web-ext lint) over it, offline.
// Fails on any error or warning.
import { execFileSync } from 'node:child_process';

execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { stdio: 'inherit' });
const raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).toString();
const result = JSON.parse(raw.slice(raw.indexOf('{')));
const problems = [...result.errors, ...result.warnings];
for (const problem of problems) console.log(`${problem._type}: ${problem.code} ${problem.file ?? ''} — ${problem.message}`);
console.log(`web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings, ${result.notices.length} notices`);
if (problems.length > 0) process.exit(1);
