// Runs Mozilla's addons-linter (web-ext lint) over the Firefox build (Manifest V3), offline. Fails on any error or warning, with one explained exception (README, "Firefox lint"):
// UNSAFE_VAR_ASSIGNMENT at Preact's own `dom.innerHTML = props.dangerouslySetInnerHTML.__html`,
// which our code never reaches (tests/store/no-html-sinks.test.ts). Each such warning is checked
// against the bundled source at the reported position, so any other innerHTML assignment fails.
//
// The build is the one the harness made (src/tools/builds.mjs); run alone, this builds it first
// only when it is missing or stale.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { BUILD_DIRS, ensureBuilt } from './builds.mjs';

const outputDir = BUILD_DIRS.firefox;
try {
  ensureBuilt(['firefox']);
} catch (error) {
  console.error(`lint-firefox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', outputDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).toString();
const result = JSON.parse(raw.slice(raw.indexOf('{')));

/** Preact's dangerouslySetInnerHTML branch, minified: `<node>.innerHTML=<props>.__html`. */
const PREACT_INNER_HTML = /^[\w$]+\.innerHTML\s*=\s*[\w$]+\.__html\b/;

/** True when the warning points at Preact's dangerouslySetInnerHTML assignment and nothing else. */
function isPreactInnerHtmlSink(problem) {
  if (problem.code !== 'UNSAFE_VAR_ASSIGNMENT' || !problem.file || !problem.line) return false;
  const line = readFileSync(`${outputDir}/${problem.file}`, 'utf8').split('\n')[problem.line - 1] ?? '';
  // addons-linter reports the column of the assignment expression; allow for 0- or 1-based.
  const from = Math.max(0, (problem.column ?? 1) - 1);
  return PREACT_INNER_HTML.test(line.slice(from)) || PREACT_INNER_HTML.test(line.slice(from + 1));
}

const explained = result.warnings.filter(isPreactInnerHtmlSink);
const problems = [...result.errors, ...result.warnings.filter((warning) => !explained.includes(warning))];
for (const problem of problems) {
  console.log(`${problem._type}: ${problem.code} ${problem.file ?? ''}:${problem.line ?? ''} — ${problem.message}`);
}
for (const warning of explained) {
  console.log(`explained warning: ${warning.code} ${warning.file}:${warning.line} — Preact's dangerouslySetInnerHTML branch, unused (README "Firefox lint")`);
}
console.log(
  `web-ext lint: ${result.errors.length} errors, ${result.warnings.length} warnings (${explained.length} explained), ${result.notices.length} notices`,
);
if (problems.length > 0) process.exit(1);
