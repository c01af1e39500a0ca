/**
 * The journeys' driver for Chromium: playwright-core with the e2e build loaded (tests/e2e/harness.ts
 * launches it and records requests). Extension code runs in the service worker; the context menu
 * and the keyboard command are dispatched there to the extension's own listeners, since a headless
 * Chromium can neither show a context menu nor send a key to an extension command.
 */
import type { Page } from 'playwright-core';
import { activeTabId, launch, openPopup, tabIdOf, watchPage, type Session } from '../harness';
import type { DriverPage, DriverSession, LaunchDriver } from './driver';

declare const chrome: typeof import('wxt/browser').browser;

/** A Playwright page as a driver page. */
function wrap(page: Page): DriverPage & { page: Page } {
  return {
    page,
    url: () => page.url(),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async waitForFunction(fn, arg, timeout) {
      // Polled on a timer rather than on animation frames, which a tab in the background does not get.
      await page.waitForFunction(fn as (arg: unknown) => unknown, arg, { timeout, polling: 100 });
    },
    click: (x, y) => page.mouse.click(x, y),
    move: (x, y) => page.mouse.move(x, y),
    press: (key) => page.keyboard.press(key),
    type: (text) => page.keyboard.type(text),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
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

/** The Playwright page behind a driver page of this driver. */
function pageOf(page: DriverPage): Page {
  return (page as DriverPage & { page: Page }).page;
}

export const launchChromium: LaunchDriver = async (lang) => {
  const session: Session = await launch(lang);
  const driver: DriverSession = {
    browser: 'chromium',
    extensionOrigin: `chrome-extension://${session.extensionId}`,
    requests: session.requests,
    records: session.records,
    recordsExtensionContexts: () => session.records.some((record) => record.from === 'extension-page'),
    // Playwright reports each request as it happens.
    settleRequests: async () => undefined,
    async openPage(url) {
      const page = await session.context.newPage();
      await page.goto(url);
      return wrap(page);
    },
    async openRestrictedPage() {
      const page = await session.context.newPage();
      await page.goto('chrome://version');
      return wrap(page);
    },
    tabIdOf: (page) => tabIdOf(session, pageOf(page)),
    activeTabId: (page) => activeTabId(session, pageOf(page)),
    async openPopup(tabId) {
      return wrap(await openPopup(session, tabId));
    },
    inExtension: (fn, arg) => session.worker.evaluate(fn as (arg: unknown) => never, arg),
    async clickSelectionMenu(_page, tabId, selectionText) {
      // What Chrome passes for a click on the item over a selection in the tab's top frame.
      await session.worker.evaluate(
        async ({ id, text }) => {
          const tab = await chrome.tabs.get(id);
          (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
            { menuItemId: 'check-selection', selectionText: text, frameId: 0, editable: false, pageUrl: tab.url },
            tab,
          );
        },
        { id: tabId, text: selectionText },
      );
    },
    async watchErrors(page) {
      const watch = await watchPage(session, pageOf(page));
      return { errors: watch.errors, detach: () => watch.detach() };
    },
    async runCommand(page, command) {
      await pageOf(page).bringToFront();
      await session.worker.evaluate(
        (name) => (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(name),
        command,
      );
    },
    close: () => session.close(),
  };
  return driver;
};
