// The production builds every test stage shares: .output/chrome-mv3 and .output/firefox-mv3, made
// once per `npm test` by the harness (src/tools/test.sh) and only read by the stages after it. Run
// on its own, a stage builds what is missing or older than the sources, so `npm run test:unit`,
// `npm run test:e2e` and `npm run lint:firefox` still work alone.
//
//   node src/tools/builds.mjs chrome firefox           build each target when missing or stale
//   node src/tools/builds.mjs --force chrome firefox   build each target now (what test.sh does)
//
// With MIDDELMAAT_NO_BUILD=1 (set by test.sh after its build stages) nothing builds a second time:
// a missing or stale build is an error that names the command to make it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

/** Where WXT puts each target's production build. */
export const BUILD_DIRS = {
  chrome: resolve(ROOT, '.output/chrome-mv3'),
  firefox: resolve(ROOT, '.output/firefox-mv3'),
};

/** What a build is made from: anything newer than a build's manifest makes that build stale. */
const INPUT_DIRS = ['entrypoints', 'src', 'public'];
const INPUT_FILES = ['wxt.config.ts', 'package.json', 'package-lock.json', 'tsconfig.json'];

/** The command that makes the given targets, for messages. */
export function buildCommand(browsers) {
  return `node src/tools/builds.mjs ${browsers.join(' ')}`;
}

/** The newest input file and its modification time. */
function newestInput() {
  let newest = { path: '', mtimeMs: 0 };
  const consider = (path) => {
    const { mtimeMs } = statSync(path);
    if (mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  };
  const walk = (directory) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) consider(path);
    }
  };
  for (const directory of INPUT_DIRS) if (existsSync(resolve(ROOT, directory))) walk(resolve(ROOT, directory));
  for (const file of INPUT_FILES) if (existsSync(resolve(ROOT, file))) consider(resolve(ROOT, file));
  return newest;
}

/**
 * Whether a target's build can be used as it is. Judged by modification times, so a build made
 * by plain `npm run build` counts too; a checkout or an edit after the build makes it stale.
 * @param {'chrome' | 'firefox'} browser
 * @returns {{ state: 'fresh' | 'missing' | 'stale', reason: string }}
 */
export function buildState(browser) {
  const manifest = join(BUILD_DIRS[browser], 'manifest.json');
  if (!existsSync(manifest)) return { state: 'missing', reason: `no ${browser} build at ${manifest}` };
  const built = statSync(manifest).mtimeMs;
  const newest = newestInput();
  if (newest.mtimeMs > built) {
    return { state: 'stale', reason: `the ${browser} build is older than ${newest.path.slice(ROOT.length + 1)}` };
  }
  return { state: 'fresh', reason: `${browser} build is up to date` };
}

/** Builds one target now, through WXT's CLI as `npm run build` does. */
export function build(browser) {
  const started = performance.now();
  const args = browser === 'chrome' ? ['wxt', 'build'] : ['wxt', 'build', '-b', browser];
  console.log(`builds: npx ${args.join(' ')}`);
  execFileSync('npx', args, { cwd: ROOT, stdio: 'inherit' });
  console.log(`builds: ${browser} built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Throws, naming the command that makes them, unless every target's build is fresh: for the tests
 * that read the builds, which would otherwise check something other than what the sources make.
 * @param {Array<'chrome' | 'firefox'>} browsers
 */
export function requireFresh(browsers) {
  const unusable = browsers.map((browser) => buildState(browser)).filter(({ state }) => state !== 'fresh');
  if (unusable.length === 0) return;
  throw new Error(
    `${unusable.map(({ reason }) => reason).join('; ')}: run \`${buildCommand(browsers)}\` (npm test, npm run test:unit and npm run test:e2e build what is missing or stale)`,
  );
}

/**
 * Makes sure each target has a fresh build: builds what is missing or stale, unless the harness
 * said it has built already (MIDDELMAAT_NO_BUILD=1), in which case that is an error.
 * @param {Array<'chrome' | 'firefox'>} browsers
 */
export function ensureBuilt(browsers) {
  // The harness's build stage failed or was skipped: say so rather than build a second time.
  if (process.env.MIDDELMAAT_NO_BUILD === '1') return requireFresh(browsers);
  for (const browser of browsers) {
    const { state, reason } = buildState(browser);
    if (state === 'fresh') continue;
    console.log(`builds: ${reason}`);
    build(browser);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const browsers = args.filter((arg) => arg !== '--force');
  const unknown = browsers.filter((browser) => !(browser in BUILD_DIRS));
  if (browsers.length === 0 || unknown.length > 0) {
    console.error(`usage: node src/tools/builds.mjs [--force] ${Object.keys(BUILD_DIRS).join('|')}…${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
    process.exit(2);
  }
  try {
    if (force) for (const browser of browsers) build(browser);
    else ensureBuilt(browsers);
  } catch (error) {
    console.error(`builds: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
