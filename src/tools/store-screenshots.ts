/**
 * Store screenshots from the real extension: loads the Chrome build (.output/chrome-mv3, from
 * `wxt build`) into Chromium, drives it on a demo page like a user would, and writes 1280×800 PNGs
 * per interface language to .output/store/<lang>/:
 *
 *   1-popup.png      the popup over a page: score, verdict and findings
 *   2-inline.png     inline warnings on the page after switching them on in the popup
 *   3-selection.png  the card for a selected paragraph
 *
 * A browser popup cannot be captured headless, so the popup page is opened in its own tab, captured
 * at its own size and placed under the toolbar icon of a drawn browser toolbar. Everything inside
 * the frame is rendered by the extension itself.
 *
 * Usage: npm run screenshots [-- --lang nl] [-- --save]   (--save also copies the English set to
 * src/store/screenshots/ for the README).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

declare const chrome: typeof import('wxt/browser').browser;

/** Interface and demo-page languages the stores get screenshots in. */
type Lang = 'en' | 'nl';

const BUILD_DIR = resolve('.output/chrome-mv3');
/** A copy of the build that may read the demo host, as if the user had granted it (see below). */
const EXTENSION_DIR = resolve('.output/chrome-mv3-store');
/**
 * The demo page's host. Chromium resolves it to 127.0.0.1 (--host-resolver-rules), so the page,
 * the popup and the inline-warnings text name a plausible site instead of a loopback address; the
 * reserved .example domain keeps it from being anyone's real site.
 */
const DEMO_HOST = 'planwerk.example';
const DEMO_DIR = resolve('src/store/demo');
const OUTPUT_DIR = resolve('.output/store');
const SAVED_DIR = resolve('src/store/screenshots');
const WIDTH = 1280;
const HEIGHT = 800;
/** Height of the drawn browser toolbar above the page. */
const TOOLBAR = 44;
const UI_TIMEOUT = 20_000;

/**
 * Copies the build and grants it the demo host, like build-e2e.mjs does for the tests: a popup opened
 * as `popup.html?tab=N` has no activeTab grant, and the inline switch's permission prompt cannot be
 * answered headless. The shipped build never gets this permission.
 */
function prepareExtensionCopy(): void {
  rmSync(EXTENSION_DIR, { recursive: true, force: true });
  cpSync(BUILD_DIR, EXTENSION_DIR, { recursive: true });
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `http://${DEMO_HOST}/*`];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
}

/** Serves the demo pages on 127.0.0.1 (reached as DEMO_HOST). */
async function serveDemoPages(): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0]!.replace(/^\/+/, '');
    if (!/^landing\.(en|nl)\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(readFileSync(join(DEMO_DIR, name)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://${DEMO_HOST}:${(server.address() as AddressInfo).port}` };
}

/** Chromium with the extension loaded and its interface in `lang`. */
async function launch(lang: Lang): Promise<{ context: BrowserContext; worker: Worker; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'middelmaat-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    locale: lang === 'nl' ? 'nl-NL' : 'en-GB',
    viewport: { width: WIDTH, height: HEIGHT - TOOLBAR },
    deviceScaleFactor: 1,
    // Chromium on Linux picks its interface language (and so the extension's _locales) from LANGUAGE.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === 'nl' ? 'nl_NL.UTF-8' : 'en_GB.UTF-8' },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--lang=${lang}`,
      `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, worker, profile };
}

/** The tab id of the page at `url`, as the extension sees it. */
async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`store-screenshots: no tab found for ${url}`);
  return id;
}

/** A PNG as a data: URL, to place it in the composing page. */
const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/**
 * Draws a plain browser toolbar above a page capture, with the extension's real toolbar icon at the
 * right and, optionally, the popup capture hanging under it; returns the 1280×800 PNG.
 */
async function compose(
  context: BrowserContext,
  options: { page: Buffer; address: string; iconOn: boolean; popup?: Buffer },
): Promise<Buffer> {
  const icon = readFileSync(join(EXTENSION_DIR, options.iconOn ? 'icon-on/32.png' : 'icon/32.png'));
  const canvas = await context.newPage();
  await canvas.setViewportSize({ width: WIDTH, height: HEIGHT });
  const popup = options.popup
    ? `<img class="popup" src="${dataUrl(options.popup)}">`
    : '';
  await canvas.setContent(`<!doctype html><meta charset="utf-8"><style>
    body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; position: relative; background: #fff; }
    .bar { height: ${TOOLBAR}px; box-sizing: border-box; display: flex; align-items: center; gap: 12px; padding: 0 14px;
           background: #dfe3e8; border-bottom: 1px solid #c4c9d0; font: 13px "Liberation Sans", Arial, sans-serif; color: #3c4043; }
    .dots { display: flex; gap: 7px; } .dots i { width: 12px; height: 12px; border-radius: 50%; background: #b5bac1; display: block; }
    .address { flex: 1; height: 28px; border-radius: 14px; background: #fff; display: flex; align-items: center; padding: 0 14px;
               overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
    .icon { width: 32px; height: 32px; padding: 2px; border-radius: 6px; background: ${options.popup ? '#c9ced6' : 'transparent'}; }
    .icon img { width: 16px; height: 16px; margin: 8px; image-rendering: auto; }
    .page { display: block; width: ${WIDTH}px; height: ${HEIGHT - TOOLBAR}px; }
    .popup { position: absolute; top: ${TOOLBAR - 4}px; right: 10px; border-radius: 8px; max-height: ${HEIGHT - TOOLBAR - 12}px;
             box-shadow: 0 10px 34px rgba(16, 24, 40, .28), 0 0 0 1px rgba(16, 24, 40, .12); background: #fff; }
  </style>
  <div class="bar"><span class="dots"><i></i><i></i><i></i></span><span class="address">${options.address}</span>
    <span class="icon"><img src="${dataUrl(icon)}" alt=""></span></div>
  <img class="page" src="${dataUrl(options.page)}">${popup}`);
  const png = await canvas.screenshot({ type: 'png' });
  await canvas.close();
  return png;
}

/** Captures the popup page for `tabId` at the size its content takes, as Chrome sizes a popup. */
async function capturePopup(popup: Page): Promise<Buffer> {
  const size = await popup.evaluate(() => {
    const root = document.body;
    return { width: Math.ceil(root.scrollWidth), height: Math.ceil(root.scrollHeight) };
  });
  // Chrome caps popups at 800×600; stay inside the frame below the toolbar too.
  await popup.setViewportSize({ width: Math.min(size.width, 800), height: Math.min(size.height, 600, HEIGHT - TOOLBAR - 12) });
  return popup.screenshot({ type: 'png' });
}

/** Fails with a readable message when the extension's interface does not show up. */
async function waitForTestId(page: Page, testId: string, what: string): Promise<void> {
  try {
    await page.getByTestId(testId).first().waitFor({ state: 'visible', timeout: UI_TIMEOUT });
  } catch {
    throw new Error(`store-screenshots: ${what} ([data-testid="${testId}"]) did not appear within ${UI_TIMEOUT / 1000} s`);
  }
}

/** Makes the three screenshots for one language; returns their paths. */
async function screenshots(lang: Lang, origin: string): Promise<string[]> {
  const { context, worker, profile } = await launch(lang);
  const extensionId = new URL(worker.url()).host;
  const outputDir = join(OUTPUT_DIR, lang);
  mkdirSync(outputDir, { recursive: true });
  const written: string[] = [];
  const save = (name: string, png: Buffer) => {
    // A capture this small is a blank frame, not a screenshot.
    if (png.length < 10_000) throw new Error(`store-screenshots: ${name} looks empty (${png.length} bytes)`);
    const path = join(outputDir, name);
    writeFileSync(path, png);
    written.push(path);
  };
  try {
    const url = `${origin}/landing.${lang}.html`;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    const address = `${DEMO_HOST}/${url.split('/').pop()}`;
    const tabId = await tabIdOf(worker, url);

    // 1. The popup over the page.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await waitForTestId(popup, 'score', 'the popup score');
    await waitForTestId(popup, 'finding', 'a popup finding');
    await page.bringToFront();
    const pageBefore = await page.screenshot({ type: 'png' });
    save('1-popup.png', await compose(context, { page: pageBefore, address, iconOn: false, popup: await capturePopup(popup) }));

    // 3. The card for a selected paragraph (before inline warnings, so the card stands alone).
    await page.evaluate(() => {
      const paragraph = document.querySelector('.lead');
      if (!paragraph) throw new Error('demo page has no .lead paragraph');
      // Near the top, so the card below the selection fits in the frame.
      window.scrollTo(0, paragraph.getBoundingClientRect().top + window.scrollY - 120);
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    });
    // What the context-menu item and the keyboard command do: ask the tab's content script.
    await worker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { to: 'content', type: 'check-selection', payload: {} }),
      tabId,
    );
    await waitForTestId(page, 'selection-card', 'the selection card');
    await page.waitForTimeout(300); // let the card's entry transition finish
    save('3-selection.png', await compose(context, { page: await page.screenshot({ type: 'png' }), address, iconOn: false }));
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      window.getSelection()?.removeAllRanges();
      window.scrollTo(0, 0);
    });

    // 2. Inline warnings, switched on the way a user does it: the popup's toggle.
    await popup.setViewportSize({ width: 800, height: 600 });
    await popup.reload();
    await waitForTestId(popup, 'toggle-inline', 'the inline-warnings toggle');
    await popup.getByTestId('toggle-inline').first().click();
    await page.bringToFront();
    await page
      .waitForFunction(() => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size, null, { timeout: UI_TIMEOUT })
      .catch(() => {
        throw new Error('store-screenshots: no inline highlights appeared after switching inline warnings on');
      });
    await page.waitForTimeout(300);
    save('2-inline.png', await compose(context, { page: await page.screenshot({ type: 'png' }), address, iconOn: true }));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return written.sort();
}

/** Reads `--lang xx` (repeatable) and `--save` from the command line. */
function parseArguments(argv: string[]): { langs: Lang[]; saveForReadme: boolean } {
  const langs: Lang[] = [];
  for (let index = 0; index < argv.length; index++) {
    if (argv[index] === '--lang') {
      const lang = argv[++index];
      if (lang !== 'en' && lang !== 'nl') throw new Error(`store-screenshots: --lang must be en or nl, not ${lang}`);
      langs.push(lang);
    }
  }
  return { langs: langs.length > 0 ? langs : ['en', 'nl'], saveForReadme: argv.includes('--save') };
}

const { langs, saveForReadme } = parseArguments(process.argv.slice(2));
try {
  readFileSync(join(BUILD_DIR, 'manifest.json'));
} catch {
  console.error('store-screenshots: no Chrome build; run `npx wxt build` first (npm run screenshots does)');
  process.exit(1);
}
prepareExtensionCopy();
const { server, origin } = await serveDemoPages();
try {
  for (const lang of langs) {
    for (const path of await screenshots(lang, origin)) console.log(`store-screenshots: ${path}`);
  }
  if (saveForReadme && langs.includes('en')) {
    mkdirSync(SAVED_DIR, { recursive: true });
    for (const name of ['1-popup.png', '2-inline.png', '3-selection.png']) {
      copyFileSync(join(OUTPUT_DIR, 'en', name), join(SAVED_DIR, name));
    }
    console.log(`store-screenshots: copied the English set to ${SAVED_DIR} for the README`);
  }
} finally {
  server.close();
}
