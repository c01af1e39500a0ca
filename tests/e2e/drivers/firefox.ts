/**
 * The journeys' driver for Firefox: Debian's Firefox ESR driven by puppeteer-core over WebDriver
 * BiDi, with the e2e copy of the Firefox build (.output/firefox-mv3-e2e, made by
 * src/tools/build-e2e.mjs firefox) installed as a temporary add-on.
 *
 * Firefox is started with `--remote-allow-system-access`: without it WebDriver may not open
 * moz-extension:// pages, and with it the driver can also reach the browser's own window ("chrome"
 * scope) to do what a user does there and a web page cannot: open the real context menu and click
 * the extension's item, fire the extension's keyboard shortcut, pick the interface language, and
 * watch every HTTP request of every process.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { DriverPage, DriverRequest, DriverSession, LaunchDriver } from './driver';

/** The Firefox build with the local test origin granted (made by src/tools/build-e2e.mjs firefox). */
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');
/** The add-on's id, from wxt.config.ts (browser_specific_settings.gecko.id). */
const ADDON_ID = 'middelmaat@middelmaat.app';
/**
 * The add-on's internal UUID, fixed through the pref `extensions.webextensions.uuids` so the
 * popup's URL is known before the add-on is installed. Any UUID will do.
 */
const ADDON_UUID = '6e1f8a52-5d1b-4c2e-9a57-0d3c4b8e7f10';
const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;
/** What the test build grants in place of activeTab (see build-e2e.mjs firefox). */
const TEST_ORIGIN_PATTERN = 'http://127.0.0.1/*';
/** Generous: the machine is shared and Firefox's start-up alone takes seconds. */
const STEP_TIMEOUT = 60_000;

/** Firefox: FIREFOX_PATH when set (an empty value means unset), else Debian's firefox-esr. */
export function firefoxPath(): string {
  return process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
}

/** The BiDi browsing-context id of a puppeteer page (puppeteer keeps it as the main frame's id). */
function contextOf(page: Page): string {
  return (page.mainFrame() as unknown as { _id: string })._id;
}

/** A puppeteer page as a driver page. */
function wrap(page: Page): DriverPage & { page: Page } {
  return {
    page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async waitForFunction(fn, arg, timeout) {
      // Polled on a timer rather than on animation frames, which a tab in the background does not get.
      await page.waitForFunction(fn as (arg: unknown) => unknown, { timeout, polling: 100 }, arg);
    },
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    async press(chord) {
      // Puppeteer presses one key at a time: a chord holds its modifiers down around the last key.
      type Key = Parameters<Page['keyboard']['press']>[0];
      const keys = chord.split('+') as Key[];
      const key = keys.pop()!;
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(path, clip) {
      await page.screenshot(clip ? { path, clip } : { path });
    },
    async reload() {
      await page.reload();
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

function pageOf(page: DriverPage): Page {
  return (page as DriverPage & { page: Page }).page;
}

/** Sends one raw WebDriver BiDi command over puppeteer's connection. */
async function bidi(browser: Browser, method: string, params: object): Promise<Record<string, unknown>> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> } })
    .connection;
  return (await connection.send(method, params)).result;
}

/**
 * Runs a script in the browser window's own privileged scope (possible only with
 * --remote-allow-system-access) and returns its JSON result. `source` is an async function body.
 */
/** Each browser's first window, by its chrome-scope browsing context. */
const mainWindows = new WeakMap<Browser, string>();

async function inChrome<R>(browser: Browser, source: string): Promise<R> {
  // Always the first browser window, which stays open for the whole session (popups get windows of
  // their own and close again): the recorder keeps its list there.
  let window = mainWindows.get(browser);
  if (window === undefined) {
    const tree = (await bidi(browser, 'browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })) as {
      contexts: Array<{ context: string; url: string }>;
    };
    const windows = tree.contexts.filter((context) => context.url === 'chrome://browser/content/browser.xhtml');
    if (windows.length !== 1) throw new Error(`firefox driver: expected one browser window at launch, found ${windows.length}`);
    window = windows[0]!.context;
    mainWindows.set(browser, window);
  }
  const answer = (await bidi(browser, 'script.evaluate', {
    expression: `(async () => JSON.stringify(await (async () => { ${source} })() ?? null))()`,
    target: { context: window },
    awaitPromise: true,
    resultOwnership: 'none',
  })) as { type: string; result?: { value?: string }; exceptionDetails?: { text: string } };
  if (answer.type !== 'success') throw new Error(`firefox driver (chrome scope): ${answer.exceptionDetails?.text ?? 'failed'}`);
  return JSON.parse(answer.result?.value ?? 'null') as R;
}

/**
 * Chrome-scope source that records every HTTP(S) channel opened in any process (pages, extension
 * pages, the background page, Firefox itself), attributed by the principal that triggered it.
 * WebDriver BiDi's own network events leave out extension pages and the background page.
 */
const START_RECORDER = `
  if (window.__middelmaatRecorder) return true;
  const records = [];
  const observer = {
    observe(subject) {
      const channel = subject.QueryInterface(Ci.nsIChannel);
      let from = 'browser';
      let by = '';
      try {
        // Who asked: the add-on (its pages or background), a web page or a tab's navigation (a
        // content browsing context), or else Firefox itself (updates, remote settings).
        const info = channel.loadInfo;
        const context = info.browsingContext;
        by = context?.currentWindowGlobal?.documentURI?.spec ?? info.triggeringPrincipal.spec ?? '';
        if (info.triggeringPrincipal.addonId || info.loadingPrincipal?.addonId) {
          from = by.includes('_generated_background_page.html') ? 'service-worker' : 'extension-page';
        } else if (context?.isContent) from = 'page';
      } catch (error) {
        from = 'page';
        by = 'unattributed: ' + error;
      }
      records.push({ url: channel.URI.spec, from, by });
    },
  };
  Services.obs.addObserver(observer, 'http-on-opening-request');
  window.__middelmaatRecorder = records;
  return true;
`;

/** A loopback URL on a port nobody listens on (and which Firefox does not block outright). */
async function closedLoopbackUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => server.close(() => done()));
  return `http://127.0.0.1:${port}/middelmaat-recorder-probe`;
}

export const launchFirefox: LaunchDriver = async (lang) => {
  if (!existsSync(resolve(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`no ${FIREFOX_EXTENSION_DIR}: run node src/tools/build-e2e.mjs firefox first`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocolTimeout: STEP_TIMEOUT * 2,
    timeout: STEP_TIMEOUT * 2,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
  });
  try {
    // The interface language, as a Firefox in that language would have it, before the add-on
    // starts: Debian's firefox-esr ships en-US only, so Dutch is made available as an app locale
    // (Firefox's own strings fall back to English; the add-on's _locales/nl are what counts).
    const appLocale = await inChrome<string>(
      browser,
      `Services.locale.availableLocales = [${JSON.stringify(lang)}, 'en-US'];
       Services.locale.requestedLocales = [${JSON.stringify(lang)}];
       return Services.locale.appLocaleAsBCP47;`,
    );
    if (!appLocale.startsWith(lang)) throw new Error(`firefox driver: app locale is ${appLocale}, not ${lang}`);
    await inChrome(browser, START_RECORDER);
    const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
    if (installed !== ADDON_ID) throw new Error(`firefox driver: installed ${installed}, expected ${ADDON_ID}`);

    /** Opens an extension page by URL: BiDi never reports such a load, so wait for the page's own state. */
    const openExtensionPage = async (path: string, ready: string): Promise<Page> => {
      // A window of its own, as a real popup is a surface of its own: the page it belongs to stays
      // the visible tab of its window. (Firefox stops rendering tabs in the background, so a page
      // behind a popup opened as a tab would never scroll or paint.)
      const page = await browser.newPage({ type: 'window' });
      await page.setViewport({ width: 400, height: 600 });
      await bidi(browser, 'browsingContext.navigate', { context: contextOf(page), url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' });
      await page.waitForFunction(
        (origin: string, readyCheck: string) =>
          location.origin === origin && document.readyState !== 'loading' && (readyCheck === '' || document.querySelector(readyCheck) !== null),
        { timeout: STEP_TIMEOUT, polling: 100 },
        EXTENSION_ORIGIN,
        ready,
      );
      return page;
    };

    // An extension page of its own for running extension code: any document of the add-on's origin
    // gets the extension API; an image of the package has no script of its own to get in the way.
    const helper = await openExtensionPage('icon/16.png', '');
    // In the journeys the API is written as `chrome.*` with promises, as in Chromium's worker.
    await helper.evaluate(() => {
      Object.defineProperty(globalThis, 'chrome', { value: (globalThis as unknown as { browser: unknown }).browser, configurable: true });
    });

    const readRecords = async (): Promise<Array<DriverRequest | { url: string; from: 'browser'; by: string }>> =>
      inChrome(browser, 'return window.__middelmaatRecorder ?? [];');

    // Prove the recorder sees an extension context's request, then leave it out of what tests see:
    // the driver's own request, to a closed port on loopback, so it never leaves the machine.
    const RECORDER_PROBE = await closedLoopbackUrl();
    await helper.evaluate((url) => fetch(url).then(
      () => undefined,
      () => undefined,
    ), RECORDER_PROBE);
    const seenProbe = (await readRecords()).some((record) => record.url === RECORDER_PROBE && record.from === 'extension-page');

    const requests: string[] = [];
    const records: DriverRequest[] = [];
    /** Copies the recorder's list into `requests` and `records` (Firefox's own requests aside). */
    const sync = async (): Promise<void> => {
      const all = (await readRecords()).filter((record) => record.url !== RECORDER_PROBE);
      const mine = all.filter((record): record is DriverRequest => record.from !== 'browser');
      records.splice(0, records.length, ...mine);
      requests.splice(0, requests.length, ...mine.map((record) => record.url));
      browserRequests.splice(0, browserRequests.length, ...all.filter((record) => record.from === 'browser').map((record) => record.url));
    };
    const browserRequests: string[] = [];

    const inExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
      helper.evaluate(fn as (arg: unknown) => never, arg) as Promise<R>;

    /**
     * Firefox lets an add-on give back a host permission its manifest granted (Chromium refuses), so
     * switching inline warnings off also drops the test build's stand-in for activeTab. Granted
     * again before each popup, as a user would re-allow the site in about:addons.
     */
    const ensureTestGrant = async (): Promise<void> => {
      await inChrome(
        browser,
        `const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
         const policy = WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)});
         if (policy.canAccessURI(Services.io.newURI('http://127.0.0.1/'))) return true;
         await ExtensionPermissions.add(${JSON.stringify(ADDON_ID)}, { permissions: [], origins: [${JSON.stringify(TEST_ORIGIN_PATTERN)}] }, policy.extension);
         return true;`,
      );
    };

    const session: DriverSession & { browserRequests: string[] } = {
      browser: 'firefox',
      extensionOrigin: EXTENSION_ORIGIN,
      requests,
      records,
      browserRequests,
      settleRequests: sync,
      recordsExtensionContexts: () => seenProbe,
      async openPage(url) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1100, height: 800 });
        await page.goto(url, { timeout: STEP_TIMEOUT });
        return wrap(page);
      },
      async openRestrictedPage() {
        const page = await browser.newPage();
        await bidi(browser, 'browsingContext.navigate', { context: contextOf(page), url: 'about:robots', wait: 'complete' });
        return wrap(page);
      },
      async tabIdOf(page) {
        // A tab's URL is visible to the add-on only with the site's permission, which switching a
        // feature off gives back in Firefox.
        await ensureTestGrant();
        const url = page.url();
        const id = await inExtension(async (target) => {
          const tabs = await chrome.tabs.query({});
          return tabs.find((tab) => tab.url === target)?.id ?? null;
        }, url);
        if (id === null) throw new Error(`no tab for ${url}`);
        return id;
      },
      async activeTabId(page) {
        await page.bringToFront();
        const id = await inExtension(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id ?? null;
        });
        if (id === null) throw new Error('no active tab');
        return id;
      },
      async openPopup(tabId) {
        await ensureTestGrant();
        return wrap(await openExtensionPage(`popup.html?tab=${tabId}`, '#app'));
      },
      inExtension,
      async clickSelectionMenu(page) {
        // A right click on the selection opens Firefox's real context menu; its item for the
        // add-on is then activated as a click would, so Firefox itself builds the click's info.
        await page.bringToFront();
        const point = await page.evaluate(() => {
          const range = getSelection()!.getRangeAt(0);
          (range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement!)
            .scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + Math.min(10, rect.width / 2), y: rect.top + rect.height / 2 };
        });
        // The browser window that shows the page (popups have windows of their own), in front.
        const windowOfPage = `const win = [...Services.wm.getEnumerator('navigator:browser')].find(
            (candidate) => candidate.gBrowser?.selectedBrowser?.currentURI?.spec === ${JSON.stringify(page.url())});
          if (!win) throw new Error('no window shows the page');
          const menu = win.document.getElementById('contentAreaContextMenu');`;
        await inChrome(browser, `${windowOfPage} win.focus(); return true;`);
        const menuOpened = inChrome(
          browser,
          `${windowOfPage}
           if (menu.state !== 'open') await new Promise((done) => menu.addEventListener('popupshown', done, { once: true }));
           return true;`,
        );
        await pageOf(page).mouse.click(point.x, point.y, { button: 'right' });
        await menuOpened;
        const activated = await inChrome<string | null>(
          browser,
          `${windowOfPage}
           const item = [...menu.querySelectorAll('menuitem')].find((element) => element.id.endsWith('-menuitem-_check-selection') && !element.hidden);
           if (!item) { menu.hidePopup(); return null; }
           menu.activateItem(item);
           return item.label;`,
        );
        if (activated === null) throw new Error('firefox driver: the context menu has no Middelmaat item for this selection');
      },
      async runCommand(page, command) {
        await page.bringToFront();
        // Firefox turns each command's shortcut into a <key> in the window's keyset for the add-on;
        // firing it is what pressing the keys does. The key is found by the shortcut the commands
        // API reports for the command.
        const shortcut = await inExtension(
          async (name) => (await chrome.commands.getAll()).find((entry) => entry.name === name)?.shortcut ?? null,
          command,
        );
        if (!shortcut) throw new Error(`firefox driver: the command ${command} has no shortcut`);
        const parts = shortcut.split('+');
        const key = parts.pop()!;
        const modifiers = parts.map((part) => ({ Ctrl: 'accel', Command: 'accel', MacCtrl: 'control' })[part] ?? part.toLowerCase()).sort().join(',');
        const fired = await inChrome<boolean>(
          browser,
          `const keyset = document.getElementById('ext-keyset-id-' + ${JSON.stringify(ADDON_ID)}.replace(/[^a-z0-9_-]/gi, '_'));
           const key = [...(keyset?.children ?? [])].find((element) =>
             element.getAttribute('key') === ${JSON.stringify(key)} &&
             (element.getAttribute('modifiers') ?? '').split(',').sort().join(',') === ${JSON.stringify(modifiers)});
           if (!key) return false;
           key.doCommand();
           return true;`,
        );
        if (!fired) throw new Error(`firefox driver: no key ${shortcut} for the command ${command}`);
      },
      async close() {
        await browser.close();
      },
    };
    mkdirSync(resolve('.output/screenshots'), { recursive: true });
    return session;
  } catch (error) {
    await browser.close().catch(() => undefined);
    throw error;
  }
};

declare const chrome: typeof import('wxt/browser').browser;
