/**
 * One page, one text: the extension's DOM reader (src/extension/extract.ts, bundled into the page)
 * and the CLI's HTML reader (src/cli/html.ts) read the same HTML into the same copy, by the shared
 * reading policy. Real Chromium parses each page of ../shared/pages (when it is there) and our own
 * fixtures; page scripts are off and nothing but the page itself is served, as the CLI sees a file.
 * Author stylesheets are switched off before reading: what only CSS hides is the one difference the
 * CLI cannot see (documented in src/extension/extract.ts); inline `style` attributes stay on.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/cli/html';

const SHARED_PAGES = resolve('../shared/pages');
const FIXTURES = resolve('tests/fixtures/reading');
/** An origin that exists only inside the test: every request to it is answered from disk. */
const ORIGIN = 'http://pages.middelmaat.test';

/** Whitespace HTML collapses (NBSP is copy and stays). */
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;
const normalise = (text: string): string => text.replace(COLLAPSIBLE_RUN, ' ').trim();

/** Every HTML page to compare: our fixtures, then the shared pages when present. */
function pages(): Array<{ name: string; path: string }> {
  const list = readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ name: `fixtures/${name}`, path: join(FIXTURES, name) }));
  for (const lang of ['nl', 'en']) {
    const directory = join(SHARED_PAGES, lang);
    if (!existsSync(directory)) continue;
    for (const name of readdirSync(directory).filter((file) => file.endsWith('.html')).sort()) {
      list.push({ name: `${lang}/${name}`, path: join(directory, name) });
    }
  }
  return list;
}

const sharedPresent = existsSync(SHARED_PAGES);
if (!sharedPresent) console.warn(`reading.e2e: ${SHARED_PAGES} is absent; comparing our own fixtures only`);

let browser: Browser;
let page: Page;
let reader = '';

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [resolve('src/extension/extract.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'middelmaatReader',
    target: 'chrome120',
  });
  reader = bundle.outputFiles[0]!.text;
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1100, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
});

/** The extension's reading of an HTML document, in real Chromium. */
async function domReading(html: string): Promise<{ text: string; langHint: string | null }> {
  await page.unroute('**/*');
  await page.route('**/*', (route) =>
    route.request().url() === `${ORIGIN}/page.html`
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.abort(),
  );
  await page.goto(`${ORIGIN}/page.html`, { waitUntil: 'load' });
  return page.evaluate(async (source) => {
    for (const sheet of Array.from(document.styleSheets)) sheet.disabled = true;
    // The bundle declares `middelmaatReader`; its value is what the evaluated script ends with.
    const { extractTextBlocks } = (0, eval)(`${source}\n;middelmaatReader`) as typeof import('../../src/extension/extract');
    const map = await extractTextBlocks(document, { sliceMs: 0 });
    return { text: map.text, langHint: map.langHint ?? null };
  }, reader);
}

describe('the DOM reader and the CLI reader read one page alike', () => {
  for (const { name, path } of pages()) {
    it(`same copy and language hint: ${name}`, async () => {
      const html = readFileSync(path, 'utf8');
      const cli = extractHtmlText(html);
      const dom = await domReading(html);
      expect(normalise(dom.text)).toBe(normalise(cli.text));
      expect(dom.langHint).toBe(cli.langHint ?? null);
    });
  }

  it('reads copy from our fixtures and leaves their furniture out (the comparison is not of two empty texts)', async () => {
    const dom = await domReading(readFileSync(join(FIXTURES, 'bakkerij-nl.html'), 'utf8'));
    expect(dom.text).toContain('Om vier uur');
    expect(dom.text).not.toContain('©');
    expect(dom.text).not.toContain('info@korenschoof.example');
    expect(dom.langHint).toBe('nl-NL');
  });
});
