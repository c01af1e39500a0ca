/**
 * Shared set-up of the end-to-end tests: a local fixture server, Chromium with the e2e build of the
 * extension loaded (its interface in a given language), every request recorded, and helpers to open
 * the popup for a tab and to reach the extension's shadow root.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

declare const chrome: typeof import('wxt/browser').browser;

/** The build with the local test origin granted (made by src/tools/build-e2e.mjs). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const FIXTURES = resolve('tests/e2e/fixtures');
/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = resolve('.output/screenshots');

/** Serves tests/e2e/fixtures on 127.0.0.1 and remembers every path it was asked for. */
export async function serveFixtures(): Promise<{ server: Server; origin: string; served: string[] }> {
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    served.push(path);
    const name = path.replace(/^\/+/, '');
    if (!/^[a-z0-9-]+\.html$/.test(name)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = readFileSync(join(FIXTURES, name));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served };
}

/** A running browser with the extension. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL any page, frame or worker of the browser requested. */
  requests: string[];
  close(): Promise<void>;
}

/** Launches Chromium with the extension loaded and its interface language set to `lang`. */
export async function launch(lang: 'nl' | 'en'): Promise<Session> {
  // Service-worker requests are only reported with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'middelmaat-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: [
      '--headless=new',
      '--no-sandbox',
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--lang=${lang}`,
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Id of the tab showing `page` (asked from the extension, which sees the test origin's URLs). */
export async function tabIdOf(session: Session, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

/** Tab id of a page whose URL the extension cannot read (chrome://…): the active tab after bringing it forward. */
export async function activeTabId(session: Session, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error('no active tab');
  return id;
}

/** Opens the popup for a tab, the way tests can: `popup.html?tab=<id>` in its own page, at popup size. */
export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Height the popup content actually needs (a real popup is sized to it, up to 600 px). */
export async function popupHeight(popup: Page): Promise<number> {
  return popup.evaluate(() => Math.min(600, Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height)));
}

/** Names of the extension's highlights currently registered in a page, with their range counts. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('middelmaat-')) counts[name] = highlight.size;
    });
    return counts;
  });
}

/** The page's DOM as HTML with the extension's own host removed. */
export async function pageDomWithoutHost(page: Page): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('middelmaat-overlay').forEach((host) => host.remove());
    return clone.outerHTML;
  });
}

/** The page's DOM as HTML, exactly. */
export async function pageDom(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/**
 * Requests that went anywhere but the local fixture server, the extension's own files and inline
 * `data:` URLs. `chrome://` is allowed only when a test opened a browser page on purpose (its own
 * resources load from the browser, not the network).
 */
export function foreignRequests(session: Session, origin: string, options: { browserPages?: boolean } = {}): string[] {
  return session.requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith(`chrome-extension://${session.extensionId}/`) &&
      !url.startsWith('data:') &&
      !(options.browserPages && url.startsWith('chrome://')),
  );
}
