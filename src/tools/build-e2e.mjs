// Copies the Chrome build into the one the end-to-end tests load, whose manifest also grants the
// local test origin. A popup opened by a test as `popup.html?tab=N` has no activeTab grant; the
// shipped build (.output/chrome-mv3) never gets this permission. The Chrome build itself is the one
// the harness made (src/tools/builds.mjs): made here only when missing or stale, never twice.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { BUILD_DIRS, ensureBuilt } from './builds.mjs';

try {
  ensureBuilt(['chrome']);
} catch (error) {
  console.error(`build-e2e: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const source = BUILD_DIRS.chrome;
const target = '.output/chrome-mv3-e2e';
rmSync(target, { recursive: true, force: true });
cpSync(source, target, { recursive: true });
const manifestPath = `${target}/manifest.json`;
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
console.log(`e2e build: ${target} (grants http://127.0.0.1/* for tests only)`);
