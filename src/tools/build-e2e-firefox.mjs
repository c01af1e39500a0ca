// Copies the Firefox build into the one the Firefox end-to-end tests install, whose manifest also
// grants the local test origin, as src/tools/build-e2e.mjs does for Chrome: a popup opened by a test
// as `popup.html?tab=N` has no activeTab grant. Firefox grants the host permissions in the manifest
// of a temporary add-on at install. The shipped build (.output/firefox-mv3) never gets this
// permission. The Firefox build itself is the one the harness made (src/tools/builds.mjs): made
// here only when missing or stale, never twice.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_DIRS, ensureBuilt } from './builds.mjs';

try {
  ensureBuilt(['firefox']);
} catch (error) {
  console.error(`build-e2e-firefox: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const source = BUILD_DIRS.firefox;
const target = '.output/firefox-mv3-e2e';
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
const manifestPath = `${target}/manifest.json`;
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`e2e build: ${target} (grants http://127.0.0.1/* for tests only)`);
