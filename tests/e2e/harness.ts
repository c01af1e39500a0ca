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
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';

declare const chrome: typeof import('wxt/browser').browser;

/** The build with the local test origin granted (made by src/tools/build-e2e.mjs). */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const FIXTURES = resolve('tests/e2e/fixtures');
/** Pages of real editors, bundled at e2e build time by src/tools/build-editors.mjs (served under /editors/). */
const EDITOR_PAGES = resolve('.output/e2e-editors');
/** Where screenshots go (git-ignored). */
export const SCREENSHOTS = resolve('.output/screenshots');

/** Options of `serveFixtures`. */
export interface ServeOptions {
  /** Loopback address to listen on (127.0.0.2 gives a second origin that the e2e build has no permission for). */
  host?: string;
  /** Extra response headers by path, e.g. a Content-Security-Policy for one page. */
  headers?: Record<string, Record<string, string>>;
}

/**
 * Serves tests/e2e/fixtures (and its `hostile/` folder) on a loopback address and remembers every
 * path it was asked for.
 */
export async function serveFixtures(options: ServeOptions = {}): Promise<{ server: Server; origin: string; served: string[] }> {
  const host = options.host ?? '127.0.0.1';
  const served: string[] = [];
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    served.push(path);
    const name = path.replace(/^\/+/, '');
    const editor = /^editors\/([a-z0-9-]+\.(html|js))$/.exec(name);
    if (editor) {
      try {
        const type = editor[2] === 'js' ? 'text/javascript' : 'text/html';
        response.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(join(EDITOR_PAGES, editor[1]!)));
      } catch {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
      return;
    }
    if (!/^(hostile\/)?[a-z0-9-]+\.html$/.test(name)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = readFileSync(join(FIXTURES, name));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...options.headers?.[path] }).end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  return { server, origin: `http://${host}:${(server.address() as AddressInfo).port}`, served };
}

/** One request, attributed to what made it. */
export interface RecordedRequest {
  /** The requested URL. */
  url: string;
  /** A web page or its frames, one of the extension's own pages (popup), or a service worker. */
  from: 'page' | 'extension-page' | 'service-worker';
  /** URL of the page or worker that made it. */
  by: string;
}

/** A running browser with the extension. */
export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every URL any page, frame or worker of the browser requested. */
  requests: string[];
  /** The same requests with who made them. */
  records: RecordedRequest[];
  close(): Promise<void>;
}

/** Launches Chromium with the extension loaded and its interface language set to `lang`. */
export async function launch(lang: 'nl' | 'en'): Promise<Session> {
  // Service-worker requests are only reported with this switch.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const profile = mkdtempSync(join(tmpdir(), 'middelmaat-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    // An empty CHROMIUM_PATH means unset, as in src/tools/ensure-chromium.sh.
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
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
  const records: RecordedRequest[] = [];
  context.on('request', (request) => {
    requests.push(request.url());
    const worker = request.serviceWorker();
    let by = worker?.url() ?? '';
    if (!worker) {
      try {
        by = request.frame().url();
      } catch {
        by = '';
      }
    }
    // A navigation's frame still shows the URL it comes from: the target decides for documents.
    const pageUrl = request.isNavigationRequest() ? request.url() : by;
    const from = worker ? 'service-worker' : pageUrl.startsWith('chrome-extension://') ? 'extension-page' : 'page';
    records.push({ url: request.url(), from, by });
  });
  // Playwright's default of 30 s for an action or navigation leaves too little room on a busy machine.
  context.setDefaultTimeout(60_000);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 60_000 }).catch((error: unknown) => {
      throw new Error(`waited 60 s for the service worker of the extension in ${EXTENSION_DIR}: ${error instanceof Error ? error.message : String(error)}`);
    }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    requests,
    records,
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
export function foreignRequests(
  session: Session,
  origin: string | readonly string[],
  options: { browserPages?: boolean } = {},
): string[] {
  const origins = typeof origin === 'string' ? [origin] : origin;
  return session.requests.filter(
    (url) =>
      !origins.some((allowed) => url.startsWith(`${allowed}/`)) &&
      !url.startsWith(`chrome-extension://${session.extensionId}/`) &&
      !url.startsWith('data:') &&
      !(options.browserPages && url.startsWith('chrome://')),
  );
}

/**
 * What the extension itself asked for beyond its own packaged files (the popup's scripts, the icons
 * `action.setIcon` loads): any other request of its service worker or of an extension page. Must
 * always be empty.
 */
export function extensionRequests(session: Session): RecordedRequest[] {
  const own = `chrome-extension://${session.extensionId}/`;
  return session.records.filter((record) => record.from !== 'page' && !record.url.startsWith(own));
}

/** Errors a page reported, from every world and frame, and a way into the extension's isolated world. */
export interface PageWatch {
  /** Uncaught exceptions, `console.error`s and browser log errors (CSP refusals, failed loads), as text. */
  errors: string[];
  /** Evaluates an expression in the content script's isolated world of the top frame (it must be injected). */
  evaluateInExtensionWorld(expression: string): Promise<unknown>;
  /** Stops listening. */
  detach(): Promise<void>;
}

/**
 * Watches a page for errors. Playwright reports the main world of every frame; the DevTools protocol
 * adds the top frame's isolated worlds (where a content script's exception would land) and the
 * browser's own log (where a refused inline style or a blocked load shows up).
 */
export async function watchPage(session: Session, page: Page): Promise<PageWatch> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'assert') errors.push(`console.${message.type()}: ${message.text()}`);
  });
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const contexts = new Map<number, { name: string; origin: string; isDefault: boolean; frameId: string }>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = (context.auxData ?? {}) as { isDefault?: boolean; frameId?: string };
    contexts.set(context.id, { name: context.name, origin: context.origin, isDefault: aux.isDefault === true, frameId: aux.frameId ?? '' });
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const context = exceptionDetails.executionContextId ? contexts.get(exceptionDetails.executionContextId) : undefined;
    // Main-world exceptions are already reported by Playwright.
    if (context?.isDefault) return;
    errors.push(`exception in ${context?.origin ?? 'unknown world'}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    const context = contexts.get(executionContextId);
    if (context?.isDefault || (type !== 'error' && type !== 'assert')) return;
    errors.push(`console.${type} in ${context?.origin ?? 'unknown world'}: ${args.map((arg) => arg.value ?? arg.description ?? '').join(' ')}`);
  });
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error') errors.push(`log (${entry.source}): ${entry.text}${entry.url ? ` at ${entry.url}` : ''}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  const extensionOrigin = `chrome-extension://${session.extensionId}`;
  return {
    errors,
    async evaluateInExtensionWorld(expression: string) {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const world = [...contexts.entries()].find(
        ([, context]) => context.origin === extensionOrigin && context.frameId === frameTree.frame.id,
      );
      if (!world) throw new Error('the content script has no isolated world in this page');
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: world[0],
        returnByValue: true,
        awaitPromise: true,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    },
    async detach() {
      await cdp.detach().catch(() => undefined);
    },
  };
}
