import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, requireFresh } from '../../src/tools/builds.mjs';

const BROWSERS = ['chrome', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];

/**
 * The production builds the harness made (src/tools/test.sh, or `npm run test:unit`, which builds
 * what is missing or stale): this test reads what ships and builds nothing itself.
 */
const outputDir = (browser: Browser) => BUILD_DIRS[browser];
const manifests = {} as Record<Browser, Record<string, any>>;
const packageVersion: string = JSON.parse(readFileSync('package.json', 'utf8')).version;

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

beforeAll(() => {
  // A missing or stale build would test some other manifest than the sources make: say how to make it.
  requireFresh(BROWSERS);
  for (const browser of BROWSERS) manifests[browser] = JSON.parse(readFileSync(`${outputDir(browser)}/manifest.json`, 'utf8'));
});

describe('built manifest', () => {
  it.each(BROWSERS)('passes: %s carries the version from package.json', (browser) => {
    expect(packageVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(manifests[browser].version).toBe(packageVersion);
  });

  it.each(BROWSERS)('passes: %s is Manifest V3 with name and description from _locales', (browser) => {
    expect(manifests[browser].manifest_version).toBe(3);
    expect(manifests[browser].name).toBe('__MSG_extName__');
    expect(manifests[browser].description).toBe('__MSG_extDescription__');
    expect(manifests[browser].default_locale).toBe('en');
  });

  it('passes: firefox declares a stable id, Firefox 140+ and no data collection', () => {
    expect(manifests.firefox.browser_specific_settings).toEqual({
      gecko: {
        id: 'middelmaat@middelmaat.app',
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    });
  });

  it('passes: chrome gets no Firefox-only settings, and a minimum version that runs the bundles', () => {
    expect(manifests.chrome.browser_specific_settings).toBeUndefined();
    expect(manifests.chrome.minimum_chrome_version).toBe('111');
    expect(manifests.firefox.minimum_chrome_version).toBeUndefined();
  });

  it.each(BROWSERS)('passes: every icon %s lists exists at its declared size, with an "on" twin', (browser) => {
    const manifest = manifests[browser];
    for (const icons of [manifest.icons, manifest.action.default_icon] as Record<string, string>[]) {
      expect(Object.keys(icons).map(Number)).toEqual([16, 32, 48, 96, 128]);
      for (const [size, path] of Object.entries(icons)) {
        expect(pngSize(`${outputDir(browser)}/${path}`), path).toEqual([Number(size), Number(size)]);
        // The background swaps to public/icon-on/ where inline warnings are on.
        const onPath = path.replace(/^icon\//, 'icon-on/');
        expect(existsSync(`${outputDir(browser)}/${onPath}`), onPath).toBe(true);
        expect(pngSize(`${outputDir(browser)}/${onPath}`), onPath).toEqual([Number(size), Number(size)]);
      }
    }
  });

  it.each(['en', 'nl'])('passes: every permission in the built manifest is explained in listing.%s.md', (locale) => {
    const listing = readFileSync(`src/store/listing.${locale}.md`, 'utf8');
    // A permission bullet names one or more permissions in backticks before its em dash.
    const bullets = [...listing.matchAll(/^- (.+?) —/gm)].map((match) => match[1]!);
    const explained = new Set(bullets.flatMap((bullet) => [...bullet.matchAll(/`([^`]+)`/g)].map((match) => match[1]!)));
    const requested = new Set<string>();
    for (const browser of BROWSERS) {
      const manifest = manifests[browser];
      for (const key of ['permissions', 'optional_permissions', 'host_permissions', 'optional_host_permissions']) {
        for (const permission of (manifest[key] ?? []) as string[]) requested.add(permission);
      }
      for (const script of (manifest.content_scripts ?? []) as { matches: string[] }[]) {
        for (const match of script.matches) requested.add(match);
      }
    }
    expect([...requested].filter((permission) => !explained.has(permission))).toEqual([]);
    // An explanation for a permission we no longer ask for would mislead store reviewers.
    expect([...explained].filter((permission) => !requested.has(permission))).toEqual([]);
  });
});

describe('what each part of the build carries', () => {
  // An id of a lexicon entry: present only where the rules are bundled.
  const RULES_MARKER = 'snel-veranderende-wereld';
  const scripts = (browser: Browser, dir: string) =>
    existsSync(`${outputDir(browser)}/${dir}`) ? readdirSync(`${outputDir(browser)}/${dir}`).filter((name) => name.endsWith('.js')).map((name) => `${dir}/${name}`) : [];

  it.each(BROWSERS)('%s: only the service worker carries the analyzer; the page and the popup get reports', (browser) => {
    const background = readFileSync(`${outputDir(browser)}/background.js`, 'utf8');
    expect(background).toContain(RULES_MARKER);
    for (const path of [...scripts(browser, 'content-scripts'), ...scripts(browser, 'chunks')]) {
      expect({ path, analyzer: readFileSync(`${outputDir(browser)}/${path}`, 'utf8').includes(RULES_MARKER) }).toEqual({ path, analyzer: false });
    }
  });

  it.each(BROWSERS)('%s: what is injected into every checked page stays within 40 kB gzip', (browser) => {
    for (const path of scripts(browser, 'content-scripts')) {
      const gzip = gzipSync(readFileSync(`${outputDir(browser)}/${path}`)).length;
      expect({ path, withinBudget: gzip <= 40_000, gzip }).toMatchObject({ path, withinBudget: true });
    }
  });
});
