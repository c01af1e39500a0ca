/**
 * What the extension journeys (tests/e2e/journeys/extension.ts) need from a browser, so that one
 * description of each journey runs in Chromium (playwright-core, ./chromium.ts) and in Firefox
 * (puppeteer-core over WebDriver BiDi, ./firefox.ts). Every method stands for something a user or
 * the browser does; how each browser is made to do it is the driver's business.
 */

/** A tab the test drives: a web page, or the popup opened in a tab of its own. */
export interface DriverPage {
  /** The page's current URL. */
  url(): string;
  /**
   * Runs a function in the page's main world and returns its (JSON-serialisable) result. The
   * function is sent as source text: it must not use anything from the test's scope.
   */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Waits until a function, run in the page again and again, returns something truthy. */
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A, timeout: number): Promise<void>;
  /** A real mouse click (left by default) at viewport coordinates. */
  click(x: number, y: number): Promise<void>;
  /** Moves the real mouse pointer to viewport coordinates. */
  move(x: number, y: number): Promise<void>;
  /** Presses one key, or a chord with modifiers joined by '+', e.g. 'Escape', 'Control+z'. */
  press(key: string): Promise<void>;
  /** Types text into whatever has the focus, one real key event per character ('\n' is Enter). */
  type(text: string): Promise<void>;
  /** Resizes the viewport. */
  setViewport(width: number, height: number): Promise<void>;
  /** Saves a screenshot of the viewport, or of a part of it. */
  screenshot(path: string, clip?: { x: number; y: number; width: number; height: number }): Promise<void>;
  /** Reloads and waits for the load to finish. */
  reload(): Promise<void>;
  /** Makes this the active tab of its window. */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

/** One request, attributed to what made it. */
export interface DriverRequest {
  url: string;
  /** A web page or its frames, one of the extension's own pages, or the extension's background. */
  from: 'page' | 'extension-page' | 'service-worker';
  /** URL of the page or worker that made it, when known. */
  by: string;
}

/** A running browser with the e2e build of the extension installed. */
export interface DriverSession {
  /** 'chromium' or 'firefox', for names of screenshots and messages. */
  readonly browser: 'chromium' | 'firefox';
  /** Scheme and host of the extension's own pages, e.g. `chrome-extension://<id>`. */
  readonly extensionOrigin: string;
  /** Every URL any page, frame, extension page or background of the browser requested. */
  readonly requests: readonly string[];
  /** The same requests with who made them. */
  readonly records: readonly DriverRequest[];
  /**
   * Whether the recorder is known to see requests of extension contexts: Chromium reports the
   * popup's own files; Firefox reports no moz-extension loads at all, so its driver proves it
   * with a request of its own at launch (see drivers/firefox.ts).
   */
  recordsExtensionContexts(): boolean;
  /** Brings `requests` and `records` up to date (Firefox's recorder lives in the browser). */
  settleRequests(): Promise<void>;
  /** Opens a URL in a new tab and waits for it to load. */
  openPage(url: string): Promise<DriverPage>;
  /** Opens one of the browser's own pages, which no extension may script (chrome://version, about:robots). */
  openRestrictedPage(): Promise<DriverPage>;
  /** Id of the tab showing a page the extension can read (asked from the extension). */
  tabIdOf(page: DriverPage): Promise<number>;
  /** Tab id of a page whose URL the extension cannot read: the active tab after bringing it forward. */
  activeTabId(page: DriverPage): Promise<number>;
  /** Opens the popup for a tab, the way tests can: `popup.html?tab=<id>` in a tab of its own, at popup size. */
  openPopup(tabId: number): Promise<DriverPage>;
  /**
   * Runs a function in an extension context (Chromium: the service worker; Firefox: an extension
   * page), where the global `chrome` is the extension API with promises.
   */
  inExtension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The selection's context-menu item, clicked in a page (through the extension's real listener). */
  clickSelectionMenu(page: DriverPage, tabId: number, selectionText: string): Promise<void>;
  /**
   * Collects a page's errors (its own and the content script's) until detached, where the browser
   * can report them: Chromium over the DevTools protocol; Firefox's driver has no such recorder.
   */
  watchErrors?(page: DriverPage): Promise<{ errors: string[]; detach(): Promise<void> }>;
  /** The extension's keyboard command, fired in a page (through the extension's real listener). */
  runCommand(page: DriverPage, command: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts a browser with the extension, its interface in a given language. */
export type LaunchDriver = (lang: 'nl' | 'en') => Promise<DriverSession>;
