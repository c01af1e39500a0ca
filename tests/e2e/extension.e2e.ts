/**
 * The extension's three uses, driven like a user would in real Chromium with the built extension:
 * the popup, the selection check, inline warnings, plus the states without a score and the promise
 * that nothing leaves the machine. Fixture pages (tests/e2e/fixtures) carry copy written for these
 * tests and are served from 127.0.0.1.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTabId,
  extensionRequests,
  foreignRequests,
  highlightCounts,
  launch,
  openPopup,
  pageDom,
  pageDomWithoutHost,
  popupHeight,
  SCREENSHOTS,
  serveFixtures,
  tabIdOf,
  watchPage,
  type Session,
} from './harness';

declare const chrome: typeof import('wxt/browser').browser;

/** Generous, for a machine busy with other work; a wait that still gives up names its locator. */
const UI_TIMEOUT = 60_000;
const VERDICTS = {
  nl: ['Leest als eigen tekst', 'Deels voorspelbaar', 'Leest als middelmaat'],
  en: ['Reads as your own', 'Partly predictable', 'Reads as middling'],
};

let fixtures: { server: Server; origin: string; served: string[] };

beforeAll(async () => {
  fixtures = await serveFixtures();
});

afterAll(() => {
  fixtures.server.close();
});

/** Opens a fixture page in a new tab and returns it with its tab id. */
async function openFixture(session: Session, name: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${fixtures.origin}/${name}.html`);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Waits until the popup shows a score or a state. */
async function settled(popup: Page): Promise<void> {
  await popup.locator('[data-testid=score], [data-testid=state]').first().waitFor({ timeout: UI_TIMEOUT });
}

/** Total number of ranges in the extension's highlights. */
async function highlightTotal(page: Page): Promise<number> {
  const counts = await highlightCounts(page);
  return Object.entries(counts)
    .filter(([name]) => name !== 'middelmaat-flash')
    .reduce((sum, [, count]) => sum + count, 0);
}

/** Saves a screenshot of the popup at the height a real popup would have. */
async function screenshotPopup(popup: Page, name: string): Promise<void> {
  const height = await popupHeight(popup);
  await popup.screenshot({ path: join(SCREENSHOTS, name), clip: { x: 0, y: 0, width: 400, height } });
}

/** Saves the popup's whole content, unscrolled, for reviewing every section at once. */
async function screenshotPopupUnrolled(popup: Page, name: string): Promise<void> {
  const unroll = await popup.addStyleTag({ content: 'body, .popup { max-height: none !important } .content { overflow: visible !important }' });
  await popup.setViewportSize({ width: 400, height: 3000 });
  const height = await popup.evaluate(() => Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height));
  await popup.screenshot({ path: join(SCREENSHOTS, name), clip: { x: 0, y: 0, width: 400, height: Math.min(height, 3000) } });
  await unroll.evaluate((node) => (node as unknown as Element).remove());
  await popup.setViewportSize({ width: 400, height: 600 });
}

/** The content script's reading of a page, asked the way the popup does. */
async function collect(session: Session, tabId: number): Promise<{ text: string; blocks: number; selection: string | null }> {
  const answer = await session.worker.evaluate(
    async (id) => chrome.tabs.sendMessage(id, { to: 'content', type: 'collect', payload: {} }),
    tabId,
  );
  return (answer as { value: { text: string; blocks: number; selection: string | null } }).value;
}

describe('Dutch interface', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch('nl');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('journey 1: the popup on a Dutch page shows a score, a verdict and Dutch findings; a click scrolls to one', async () => {
    const { page, tabId } = await openFixture(session, 'nl');
    const popup = await openPopup(session, tabId);
    await settled(popup);

    const score = Number(await popup.getByTestId('score').textContent());
    expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
    expect(VERDICTS.nl).toContain((await popup.getByTestId('verdict').textContent())?.trim());
    await expect.poll(() => popup.locator('.meta').first().textContent()).toContain('Nederlands, herkend');
    const findings = popup.getByTestId('finding');
    expect(await findings.count()).toBeGreaterThanOrEqual(3);
    const messageLanguages = await popup.locator('[data-testid=finding] .message').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang')));
    expect(new Set(messageLanguages)).toEqual(new Set(['nl']));
    // The interface itself is Dutch too (browser language), with no English left in it.
    expect(await popup.locator('#findings-heading').textContent()).toBe('Vondsten');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nl');
    // A signal opens to say, in Dutch, what it measures; a second click closes it again.
    const topSignal = popup.locator('.signal-row').first();
    const why = popup.locator('.signal-why').first();
    expect(await why.isVisible()).toBe(false);
    await topSignal.click();
    expect(await topSignal.getAttribute('aria-expanded')).toBe('true');
    expect(await why.isVisible()).toBe(true);
    expect((await why.textContent())!.length).toBeGreaterThan(30);
    expect(await why.textContent()).toMatch(/\b(de|het|een|en)\b/);
    await screenshotPopup(popup, 'popup-nl.png');
    await screenshotPopupUnrolled(popup, 'popup-nl-full.png');
    await topSignal.click();
    expect(await why.isVisible()).toBe(false);

    // The finding furthest down the page sits below a tall spacer: clicking it must scroll there.
    const starts = await findings.evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-start'))));
    const last = starts.indexOf(Math.max(...starts));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await findings.nth(last).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: UI_TIMEOUT }).toBeGreaterThan(300);
    await expect.poll(() => highlightCounts(page)).toHaveProperty('middelmaat-flash', 1);
    await popup.close();
    await page.close();
  });

  it('reads headings, paragraphs, list items, quotes and the call to action, and skips nav, footer, cookie banner, code and forms', async () => {
    const { page, tabId } = await openFixture(session, 'nl');
    const popup = await openPopup(session, tabId); // injects the content script
    await settled(popup);
    const { text, blocks } = await collect(session, tabId);
    for (const expected of ['Ontgrendel het volle potentieel', 'In de snel veranderende wereld', 'Naadloze integratie', 'een echte gamechanger', 'Start vandaag nog', 'Kortom']) {
      expect(text.toLowerCase()).toContain(expected.toLowerCase());
    }
    for (const skipped of ['Inloggen', 'Alle rechten voorbehouden', 'cookies', 'npm install', 'nieuwsbrief']) {
      expect(text).not.toContain(skipped);
    }
    expect(text.split('\n\n')).toHaveLength(blocks);
    await popup.close();
    await page.close();
  });

  it('journey 3: a selected paragraph is checked on its own; the card closes on Escape and on a click outside', async () => {
    const { page, tabId } = await openFixture(session, 'nl');
    const paragraph = await page.evaluate(() => {
      const element = document.querySelectorAll('main p')[0]!;
      const range = document.createRange();
      range.selectNodeContents(element);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return element.textContent!.replace(/\s+/g, ' ').trim();
    });

    // Context menu, as Chrome would call it for a selection in this tab.
    await session.worker.evaluate(
      async ({ id, selectionText }) => {
        const tab = await chrome.tabs.get(id);
        (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
          { menuItemId: 'check-selection', selectionText, frameId: 0, editable: false, pageUrl: tab.url },
          tab,
        );
      },
      { id: tabId, selectionText: paragraph },
    );
    const card = page.getByTestId('selection-card');
    await card.waitFor({ timeout: UI_TIMEOUT });
    const cardScore = Number(await card.getByTestId('card-score').textContent());
    expect(Number.isInteger(cardScore)).toBe(true);
    expect(VERDICTS.nl).toContain(await card.getByTestId('card-verdict').textContent());
    const quotes = await card.locator('.quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(paragraph).toContain(quote);
    await page.bringToFront();
    await card.screenshot({ path: join(SCREENSHOTS, 'selection-card-nl.png') });

    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.locator('middelmaat-overlay').count()).toBe(0);

    // The keyboard command, then a click outside the card.
    await session.worker.evaluate(() =>
      (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('check-selection'),
    );
    await card.waitFor({ timeout: UI_TIMEOUT });
    expect(Number(await card.getByTestId('card-score').textContent())).toBe(cardScore);
    await page.mouse.click(5, 700);
    await card.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    // The popup opened while text is selected shows the selection's result, and can switch to the page.
    await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.querySelectorAll('main p')[0]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    const popup = await openPopup(session, tabId);
    await settled(popup);
    await expect.poll(() => popup.locator('.source-label').textContent()).toBe('Je selectie');
    expect(Number(await popup.getByTestId('score').textContent())).toBe(cardScore);
    const selectionWords = await popup.locator('.meta').first().textContent();
    await popup.getByRole('button', { name: 'Controleer de hele pagina' }).click();
    await expect.poll(() => popup.locator('.source-label').count()).toBe(0);
    expect(await popup.locator('.meta').first().textContent()).not.toBe(selectionWords);
    await popup.close();
    await page.close();
  });

  it('journey 4: inline warnings draw highlights with a hover card, hold across reloads, follow new content, and leave no trace when off', async () => {
    const { page, tabId } = await openFixture(session, 'nl');
    const original = await pageDom(page);

    const popup = await openPopup(session, tabId);
    await settled(popup);
    const toggle = popup.getByTestId('toggle-inline');
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    await toggle.click();
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(await pageDomWithoutHost(page)).toBe(original);

    // Hover the first highlighted phrase: the card names the reason.
    await page.bringToFront();
    const point = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('middelmaat-') || name === 'middelmaat-flash') continue;
        for (const range of highlight as unknown as Iterable<Range>) {
          const rect = (range as Range).getClientRects()[0];
          if (rect && rect.top > 0 && rect.bottom < innerHeight) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    const hover = page.getByTestId('hover-card');
    await hover.waitFor({ timeout: UI_TIMEOUT });
    expect((await hover.locator('.message').first().textContent())?.length).toBeGreaterThan(10);
    await page.screenshot({ path: join(SCREENSHOTS, 'inline-nl.png') });
    await page.mouse.move(2, 790);
    await hover.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    // The choice is remembered for the site: a reload brings the warnings back without the popup.
    await popup.close();
    await page.reload();
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    expect(await pageDomWithoutHost(page)).toBe(original);

    // Content that appears later is followed.
    const before = await highlightTotal(page);
    await page.evaluate(() => {
      const paragraph = document.createElement('p');
      paragraph.textContent = 'Ontdek onze baanbrekende oplossing en til uw organisatie naar een hoger niveau in de snel veranderende wereld van vandaag.';
      document.querySelector('main')!.append(paragraph);
    });
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(before);
    const withNewContent = await pageDomWithoutHost(page);

    // Off: every highlight, the host and the registered script are gone.
    const tabAfterReload = await tabIdOf(session, page);
    const popupAgain = await openPopup(session, tabAfterReload);
    await settled(popupAgain);
    const toggleAgain = popupAgain.getByTestId('toggle-inline');
    expect(await toggleAgain.getAttribute('aria-checked')).toBe('true');
    await toggleAgain.click();
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBe(0);
    await expect.poll(() => pageDom(page)).toBe(withNewContent);
    expect(await highlightCounts(page)).toEqual({});
    const registered = await session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    expect(registered).toBe(0);
    await popupAgain.close();

    // Waits on states, not a sleep: once the reloaded page is loaded and idle, any content script
    // of the extension has been injected; a storage read from its world is answered after the
    // script's own read of the site's settings, so by then it has decided whether to start.
    const watch = await watchPage(session, page);
    await page.reload();
    await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle())));
    await watch.evaluateInExtensionWorld('chrome.storage.local.get(null).then(() => new Promise((done) => setTimeout(done)))').catch(() => undefined);
    await watch.detach();
    expect(await highlightTotal(page)).toBe(0);
    expect(await page.locator('middelmaat-overlay').count()).toBe(0);
    await page.close();
  });

  it('journey 5: a restricted page, an empty page, too little text and another language each get their state', async () => {
    const restricted = await session.context.newPage();
    await restricted.goto('chrome://version');
    const restrictedTab = await activeTabId(session, restricted);
    let popup = await openPopup(session, restrictedTab);
    await settled(popup);
    expect(await popup.getByTestId('state').getAttribute('data-state')).toBe('restricted');
    expect(await popup.getByTestId('score').count()).toBe(0);
    await screenshotPopup(popup, 'state-restricted-nl.png');
    await popup.close();
    await restricted.close();

    for (const [fixture, state] of [
      ['empty', 'no-copy'],
      ['short', 'too-short'],
      ['fr', 'unsupported'],
    ] as const) {
      const { page, tabId } = await openFixture(session, fixture);
      popup = await openPopup(session, tabId);
      await settled(popup);
      expect(await popup.getByTestId('state').getAttribute('data-state')).toBe(state);
      expect(await popup.getByTestId('score').count()).toBe(0);
      if (state === 'too-short') {
        // No score, but the phrase that stands out is still listed, as the selection card does.
        expect(await popup.getByTestId('short-findings').isVisible()).toBe(true);
        expect(await popup.getByTestId('finding').first().textContent()).toContain('naadloze');
        await screenshotPopup(popup, 'state-too-short-nl.png');
      } else {
        expect(await popup.getByTestId('short-findings').count()).toBe(0);
      }
      await popup.close();
      await page.close();
    }
  });

  it('settings that are corrupt or from a newer version are reset with a visible notice, not a blank popup', async () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['garbage', { settings: '\u0000{{not settings', settings$: 'nonsense' }],
      ['the wrong shape', { settings: { sites: { 'not a site': 42 } }, settings$: { v: 2 } }],
      ['a newer version', { settings: { sites: {}, profiles: [] }, settings$: { v: 99 } }],
    ];
    for (const [label, stored] of cases) {
      await session.worker.evaluate(async (items) => {
        await chrome.storage.local.clear();
        await chrome.storage.local.set(items);
      }, stored);
      const { page, tabId } = await openFixture(session, 'nl');
      let popup = await openPopup(session, tabId);
      await settled(popup);
      const notice = popup.getByTestId('notice');
      expect(await notice.isVisible(), label).toBe(true);
      expect(await notice.textContent()).toContain('Je opgeslagen instellingen waren onleesbaar en zijn teruggezet.');
      // The rest of the popup works as usual.
      expect(Number.isInteger(Number(await popup.getByTestId('score').textContent()))).toBe(true);
      expect(await popup.getByTestId('toggle-inline').getAttribute('aria-checked')).toBe('false');
      const repaired = await session.worker.evaluate(() => chrome.storage.local.get(['settings', 'settings$']));
      expect(repaired).toEqual({ settings: { sites: {} }, settings$: { v: 2 } });

      // Dismissed once, gone for good.
      await notice.getByRole('button').click();
      await notice.waitFor({ state: 'detached' });
      await popup.close();
      popup = await openPopup(session, tabId);
      await settled(popup);
      expect(await popup.getByTestId('notice').count()).toBe(0);
      await popup.close();
      await page.close();
    }
  });

  it('journey 6: no request left the local test server, and the extension asked for nothing but its own files', () => {
    expect(foreignRequests(session, fixtures.origin, { browserPages: true })).toEqual([]);
    expect(extensionRequests(session)).toEqual([]);
    // Something was recorded at all: the recorder itself works.
    expect(session.requests.some((url) => url.startsWith(fixtures.origin))).toBe(true);
    expect(fixtures.served.every((path) => /^\/[a-z]+\.html$/.test(path))).toBe(true);
  });
});

describe('English interface', () => {
  let session: Session;

  beforeAll(async () => {
    session = await launch('en');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('journey 2: an English page gets English findings and messages; the language can be overridden', async () => {
    const { page, tabId } = await openFixture(session, 'en');
    const popup = await openPopup(session, tabId);
    await settled(popup);
    expect(VERDICTS.en).toContain((await popup.getByTestId('verdict').textContent())?.trim());
    expect(await popup.locator('.meta').first().textContent()).toContain('English, detected');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    const messages = popup.locator('[data-testid=finding] .message');
    expect(await messages.count()).toBeGreaterThanOrEqual(3);
    expect(new Set(await messages.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang'))))).toEqual(new Set(['en']));
    const allMessages = (await messages.allTextContents()).join(' ');
    expect(allMessages).toMatch(/\b(the|is|of|and)\b/);
    expect(allMessages).not.toMatch(/\b(een|het|niet|zijn)\b/);
    // Copy inside an open shadow root is read; hidden and aria-hidden copy never is.
    const { text } = await collect(session, tabId);
    expect(text).toContain('Our award-winning support team is here to help you every step of the way.');
    expect(text).not.toContain('should never be read');
    expect(text).not.toContain('Skip to content');
    await screenshotPopup(popup, 'popup-en.png');
    await screenshotPopupUnrolled(popup, 'popup-en-full.png');

    await popup.getByTestId('language').selectOption('nl');
    await expect.poll(() => popup.locator('.meta').first().textContent(), { timeout: UI_TIMEOUT }).toMatch(/Dutch, chosen/);
    await popup.getByTestId('language').selectOption('auto');
    await expect.poll(() => popup.locator('.meta').first().textContent(), { timeout: UI_TIMEOUT }).toMatch(/English, detected/);
    await popup.close();

    // The selection card and inline warnings in English, on this dark page (screenshots only).
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('main > p');
      const range = document.createRange();
      range.setStartBefore(paragraphs[1]!);
      range.setEndAfter(paragraphs[2]!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await page.bringToFront();
    await session.worker.evaluate(() =>
      (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch('check-selection'),
    );
    const card = page.getByTestId('selection-card');
    await card.waitFor({ timeout: UI_TIMEOUT });
    expect(VERDICTS.en).toContain(await card.getByTestId('card-verdict').textContent());
    await card.screenshot({ path: join(SCREENSHOTS, 'selection-card-en.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'selection-en-page.png') });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', timeout: UI_TIMEOUT });

    // Inline warnings on this dark page, for a look at their contrast; then off again.
    await page.evaluate(() => getSelection()!.removeAllRanges());
    const inlinePopup = await openPopup(session, tabId);
    await settled(inlinePopup);
    await inlinePopup.getByTestId('toggle-inline').click();
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    await page.bringToFront();
    await page.screenshot({ path: join(SCREENSHOTS, 'inline-en-dark.png') });
    await inlinePopup.getByTestId('toggle-inline').click();
    await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBe(0);
    await inlinePopup.close();
    await page.close();
  });

  it('journey 6: no request left the local test server, and the extension asked for nothing but its own files', () => {
    expect(foreignRequests(session, fixtures.origin)).toEqual([]);
    expect(extensionRequests(session)).toEqual([]);
    // The popup's own files were seen, so extension pages are recorded at all.
    expect(session.records.some((record) => record.from === 'extension-page')).toBe(true);
  });
});
