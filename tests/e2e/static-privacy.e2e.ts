// Static privacy check of the built extension: no code that can send anything anywhere, no URL
// that is not explained, and a manifest that asks for exactly what the extension needs. It lives
// with the end-to-end tests because it reads the production builds the harness made
// (src/tools/builds.mjs); it builds nothing itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_DIRS, requireFresh, type Browser } from '../../src/tools/builds.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = BUILD_DIRS;

/** Code that can talk to a network, or run strings as code. */
const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['fetch(', /\bfetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
  ['RTCPeerConnection', /RTCPeerConnection/],
  ['importScripts(', /importScripts\s*\(/],
  ['eval(', /\beval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function( without new', /(?<![\w$.])Function\s*\(\s*["'`]/],
];

/**
 * URLs that are in the bundle but are never requested, each with the reason it is harmless. Found
 * by reading the bundle, not guessed; any other URL fails the test.
 */
const EXPLAINED_URLS: ReadonlyMap<string, string> = new Map([
  // Preact passes these to document.createElementNS: XML namespace names, not addresses.
  ['http://www.w3.org/1999/xhtml', 'XML namespace name (Preact createElementNS)'],
  ['http://www.w3.org/2000/svg', 'XML namespace name (Preact createElementNS)'],
  ['http://www.w3.org/1998/Math/MathML', 'XML namespace name (Preact createElementNS)'],
  // Text of the error wxt/storage throws when loaded outside an extension; shown, never fetched.
  ['https://github.com/wxt-dev/wxt/issues/371', 'text of a wxt/storage error message'],
  ['https://wxt.dev/guide/go-further/testing.html', 'text of a wxt/storage error message'],
]);

const URL_PATTERN = /https?:\/\/[^\s"'`<>()\\]+/g;
const TEXT_FILE = /\.(js|mjs|html|css|json)$/;

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The manifest keys whose URLs are allowed: documentation links and the optional per-site host patterns. */
const MANIFEST_URL_KEYS = new Set(['homepage_url', 'optional_host_permissions']);

beforeAll(() => {
  // What is checked must be what the sources make now: a build older than them would pass or fail
  // for code that no longer exists.
  requireFresh(Object.keys(BUILDS) as Browser[]);
});

for (const [browser, directory] of Object.entries(BUILDS)) {
  describe(`static privacy: ${browser} build`, () => {
    it('has no code that can send data or run strings as code', () => {
      const hits: string[] = [];
      const files = filesUnder(directory).filter((file) => TEXT_FILE.test(file));
      expect(files.some((file) => file.endsWith('.js'))).toBe(true);
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        for (const [name, pattern] of FORBIDDEN) {
          const match = pattern.exec(text);
          if (match) hits.push(`${relative(ROOT, file)}: ${name} … ${text.slice(Math.max(0, match.index - 80), match.index + 60)}`);
        }
      }
      expect(hits).toEqual([]);
    });

    it('names no URL outside the manifest except the explained, never-requested ones', () => {
      const unexplained: string[] = [];
      const seen = new Set<string>();
      for (const file of filesUnder(directory).filter((path) => TEXT_FILE.test(path) && !path.endsWith('manifest.json'))) {
        const text = readFileSync(file, 'utf8');
        for (const match of text.matchAll(URL_PATTERN)) {
          const url = match[0].replace(/[.,;:]+$/, '');
          seen.add(url);
          if (!EXPLAINED_URLS.has(url)) unexplained.push(`${relative(ROOT, file)}: ${url}`);
        }
      }
      expect(unexplained).toEqual([]);
      // Keep the list honest: an explained URL the bundle no longer contains must leave the list.
      expect([...EXPLAINED_URLS.keys()].filter((url) => !seen.has(url))).toEqual([]);
    });

    it('asks for exactly activeTab, scripting, storage and contextMenus; no host access at install; default CSP', () => {
      const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as Record<string, unknown>;
      expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_security_policy).toBeUndefined();
      expect(manifest.externally_connectable).toBeUndefined();
      // A declared content script with match patterns would grant host access at install.
      const contentScripts = (manifest.content_scripts as Array<{ matches?: string[] }> | undefined) ?? [];
      expect(contentScripts.flatMap((script) => script.matches ?? [])).toEqual([]);
      // Site access only on request, per site.
      for (const pattern of (manifest.optional_host_permissions as string[] | undefined) ?? []) {
        expect(pattern).toMatch(/^(https?|\*):\/\/\*\/\*$/);
      }
      const urls: string[] = [];
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string') {
          if (/https?:\/\//.test(value) && !MANIFEST_URL_KEYS.has(key)) urls.push(`${key}: ${value}`);
        } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
        else if (value && typeof value === 'object') for (const [child, item] of Object.entries(value)) walk(item, child);
      };
      walk(manifest, '');
      expect(urls).toEqual([]);
      if (browser === 'firefox') {
        const gecko = (manifest.browser_specific_settings as { gecko?: { data_collection_permissions?: { required?: string[] } } } | undefined)?.gecko;
        expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
      }
    });
  });
}
