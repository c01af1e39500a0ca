// Copies a browser's build into the one the end-to-end tests load, whose manifest also grants the
// local test origin: a popup opened by a test as `popup.html?tab=N` has no activeTab grant (Firefox
// grants the host permissions in the manifest of a temporary add-on at install). The shipped builds
// (.output/chrome-mv3, .output/firefox-mv3) never get this permission. The build itself is the one
// the harness made (src/tools/builds.mjs): made here only when missing or stale, never twice.
// Usage: node src/tools/build-e2e.mjs [chrome|firefox]   (default chrome)
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_DIRS, ensureBuilt } from './builds.mjs';

const browser = process.argv[2] ?? 'chrome';
if (!(browser in BUILD_DIRS)) {
  console.error(`build-e2e: unknown browser "${browser}" (use ${Object.keys(BUILD_DIRS).join(' or ')})`);
  process.exit(2);
}
try {
  ensureBuilt([browser]);
} catch (error) {
  console.error(`build-e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const source = BUILD_DIRS[browser];
const target = `${source}-e2e`;
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
const manifestPath = `${target}/manifest.json`;
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`e2e build: ${target} (grants http://127.0.0.1/* for tests only)`);
// The drafts journeys type into real editors in both browsers: their pages are bundled from npm
// packages here.
await import('./build-editors.mjs');
