/**
 * The extension's three uses, driven like a user would in a real browser with the built extension:
 * the popup, the selection check, inline warnings, plus the states without a score and the promise
 * that nothing leaves the machine. One description of each journey, run by
 * tests/e2e/extension.e2e.ts in Chromium and by tests/e2e/extension.firefox.ts in Firefox ESR; a
 * driver (tests/e2e/drivers/) does what each browser needs done its own way. Fixture pages
 * (tests/e2e/fixtures) carry copy written for these tests and are served from 127.0.0.1.
 *
 * Scores are asserted as states and relations (a whole number 0–100, a verdict of the known bands,
 * the same score for the same text), never as values: the analyzer is recalibrated over time.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage, DriverRequest, DriverSession, LaunchDriver } from '../drivers/driver';
import { SCREENSHOTS, serveFixtures } from '../harness';
import { attr, attrs, click, clickButton, count, screenshotElement, selectOption, text, texts, visible, waitFor } from './dom';

declare const chrome: typeof import('wxt/browser').browser;

/** Generous, for a machine busy with other work; a wait that still gives up says what it waited for. */
const UI_TIMEOUT = 60_000;
const VERDICTS = {
  nl: ['Leest als eigen werk', 'Deels voorspelbaar', 'Leest voorspelbaar'],
  en: ['Reads as your own', 'Partly predictable', 'Reads as predictable'],
};
const SETTLED = '[data-testid=score], [data-testid=state]';

/** Names of the extension's highlights currently registered in a page, with their range counts. */
export async function highlightCounts(page: DriverPage): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('middelmaat-')) counts[name] = highlight.size;
    });
    return counts;
  });
}

/** Total number of ranges in the extension's highlights, the flash of a revealed finding aside. */
async function highlightTotal(page: DriverPage): Promise<number> {
  const counts = await highlightCounts(page);
  return Object.entries(counts)
    .filter(([name]) => name !== 'middelmaat-flash')
    .reduce((sum, [, value]) => sum + value, 0);
}

/** The page's DOM as HTML, exactly. */
function pageDom(page: DriverPage): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}

/** The page's DOM as HTML with the extension's own host removed. */
export function pageDomWithoutHost(page: DriverPage): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('middelmaat-overlay').forEach((host) => host.remove());
    return clone.outerHTML;
  });
}

/** Selects the contents of the `index`th paragraph of `main` and returns its text, whitespace folded. */
function selectParagraph(page: DriverPage, index: number): Promise<string> {
  return page.evaluate((which) => {
    const element = document.querySelectorAll('main p')[which]!;
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return element.textContent!.replace(/\s+/g, ' ').trim();
  }, index);
}

/**
 * Requests that went anywhere but the local fixture server, the extension's own files and inline
 * `data:` URLs. The browser's own pages (chrome://, about:) are allowed only when a test opened one
 * on purpose (their resources load from the browser, not the network).
 */
export function foreignRequests(session: DriverSession, origin: string, options: { browserPages?: boolean } = {}): string[] {
  return session.requests.filter(
    (url) =>
      !url.startsWith(`${origin}/`) &&
      !url.startsWith(`${session.extensionOrigin}/`) &&
      !url.startsWith('data:') &&
      !(options.browserPages && /^(chrome|about):/.test(url)),
  );
}

/**
 * What the extension itself asked for beyond its own packaged files: any request of its
 * background or of an extension page. Must always be empty.
 */
export function extensionRequests(session: DriverSession): DriverRequest[] {
  return session.records.filter((record) => record.from !== 'page' && !record.url.startsWith(`${session.extensionOrigin}/`));
}

/**
 * Registers the journeys for one browser: `launch` starts it with the extension, `prefix` names
 * its screenshots.
 */
export function describeJourneys(launch: LaunchDriver, prefix: string): void {
  let fixtures: { server: Server; origin: string; served: string[] };

  beforeAll(async () => {
    fixtures = await serveFixtures();
  });

  afterAll(() => {
    fixtures.server.close();
  });

  const shot = (name: string) => join(SCREENSHOTS, `${prefix}${name}`);

  /** Opens a fixture page in a new tab and returns it with its tab id. */
  async function openFixture(session: DriverSession, name: string): Promise<{ page: DriverPage; tabId: number }> {
    const page = await session.openPage(`${fixtures.origin}/${name}.html`);
    return { page, tabId: await session.tabIdOf(page) };
  }

  /** Opens the popup for a tab and waits until it shows a score or a state. */
  async function openSettledPopup(session: DriverSession, tabId: number): Promise<DriverPage> {
    const popup = await session.openPopup(tabId);
    await waitFor(popup, SETTLED, UI_TIMEOUT);
    return popup;
  }

  /** Height the popup content actually needs (a real popup is sized to it, up to 600 px). */
  function popupHeight(popup: DriverPage): Promise<number> {
    return popup.evaluate(() => Math.min(600, Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height)));
  }

  /** Saves a screenshot of the popup at the height a real popup would have. */
  async function screenshotPopup(popup: DriverPage, name: string): Promise<void> {
    const height = await popupHeight(popup);
    await popup.screenshot(shot(name), { x: 0, y: 0, width: 400, height });
  }

  /** Saves the popup's whole content, unscrolled, for reviewing every section at once. */
  async function screenshotPopupUnrolled(popup: DriverPage, name: string): Promise<void> {
    // Inline styles through the CSSOM, which no content security policy of an extension page refuses.
    const unroll = (on: boolean) =>
      popup.evaluate((enable) => {
        const targets: Array<[string, string]> = [['body', 'max-height'], ['.popup', 'max-height'], ['.content', 'overflow']];
        for (const [selector, property] of targets) {
          const element = document.querySelector<HTMLElement>(selector);
          if (!element) continue;
          if (enable) element.style.setProperty(property, property === 'overflow' ? 'visible' : 'none', 'important');
          else element.style.removeProperty(property);
        }
      }, on);
    await unroll(true);
    await popup.setViewport(400, 3000);
    const height = await popup.evaluate(() => Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height));
    await popup.screenshot(shot(name), { x: 0, y: 0, width: 400, height: Math.min(height, 3000) });
    await unroll(false);
    await popup.setViewport(400, 600);
  }

  /** The content script's reading of a page, asked the way the popup does. */
  async function collect(session: DriverSession, tabId: number): Promise<{ text: string; blocks: number; selection: string | null }> {
    const answer = await session.inExtension(
      async (id) => chrome.tabs.sendMessage(id, { to: 'content', type: 'collect', payload: {} }),
      tabId,
    );
    return (answer as { value: { text: string; blocks: number; selection: string | null } }).value;
  }

  /** The popup's first `.meta` line (language and how it was chosen, or the selection's words). */
  const meta = (popup: DriverPage) => text(popup, '.meta');

  describe('Dutch interface', () => {
    let session: DriverSession;

    beforeAll(async () => {
      session = await launch('nl');
    });

    afterAll(async () => {
      await session?.close();
    });

    it('journey 1: the popup on a Dutch page shows a score, a verdict and Dutch findings; a click scrolls to one', async () => {
      const { page, tabId } = await openFixture(session, 'nl');
      const popup = await openSettledPopup(session, tabId);

      const score = Number(await text(popup, '[data-testid=score]'));
      expect(Number.isInteger(score) && score >= 0 && score <= 100).toBe(true);
      expect(VERDICTS.nl).toContain((await text(popup, '[data-testid=verdict]'))?.trim());
      await expect.poll(() => meta(popup)).toContain('Nederlands, herkend');
      expect(await count(popup, '[data-testid=finding]')).toBeGreaterThanOrEqual(3);
      const messageLanguages = await attrs(popup, '[data-testid=finding] .message', 'lang');
      expect(new Set(messageLanguages)).toEqual(new Set(['nl']));
      // The interface itself is Dutch too (browser language), with no English left in it.
      expect(await text(popup, '#findings-heading')).toBe('Alle aandachtspunten');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('nl');
      // A signal opens to say, in Dutch, what it measures; a second click closes it again.
      expect(await visible(popup, '.signal-why')).toBe(false);
      await click(popup, '.signal-row');
      expect(await attr(popup, '.signal-row', 'aria-expanded')).toBe('true');
      expect(await visible(popup, '.signal-why')).toBe(true);
      const why = (await text(popup, '.signal-why'))!;
      expect(why.length).toBeGreaterThan(30);
      expect(why).toMatch(/\b(de|het|een|en)\b/);
      await screenshotPopup(popup, 'popup-nl.png');
      await screenshotPopupUnrolled(popup, 'popup-nl-full.png');
      await click(popup, '.signal-row');
      expect(await visible(popup, '.signal-why')).toBe(false);

      // The finding furthest down the page sits below a tall spacer: clicking it must scroll there.
      const starts = (await attrs(popup, '[data-testid=finding]', 'data-start')).map(Number);
      const last = starts.indexOf(Math.max(...starts));
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      await click(popup, '[data-testid=finding]', last);
      await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: UI_TIMEOUT }).toBeGreaterThan(300);
      await expect.poll(() => highlightCounts(page), { timeout: UI_TIMEOUT }).toHaveProperty('middelmaat-flash', 1);
      await popup.close();
      await page.close();
    });

    it('reads headings, paragraphs, list items, quotes and the call to action, and skips nav, footer, cookie banner, code and forms', async () => {
      const { page, tabId } = await openFixture(session, 'nl');
      const popup = await openSettledPopup(session, tabId); // injects the content script
      const { text: copy, blocks } = await collect(session, tabId);
      for (const expected of ['Ontgrendel het volle potentieel', 'In de snel veranderende wereld', 'Naadloze integratie', 'een echte gamechanger', 'Start vandaag nog', 'Kortom']) {
        expect(copy.toLowerCase()).toContain(expected.toLowerCase());
      }
      for (const skipped of ['Inloggen', 'Alle rechten voorbehouden', 'cookies', 'npm install', 'nieuwsbrief']) {
        expect(copy).not.toContain(skipped);
      }
      expect(copy.split('\n\n')).toHaveLength(blocks);
      await popup.close();
      await page.close();
    });

    it('journey 3: a selected paragraph is checked on its own; the card closes on Escape and on a click outside', async () => {
      const { page, tabId } = await openFixture(session, 'nl');
      const paragraph = await selectParagraph(page, 0);

      // The context menu's item, clicked over the selection.
      await session.clickSelectionMenu(page, tabId, paragraph);
      const card = '[data-testid=selection-card]';
      await waitFor(page, card, UI_TIMEOUT);
      const cardScore = Number(await text(page, `${card} [data-testid=card-score]`));
      expect(Number.isInteger(cardScore)).toBe(true);
      expect(VERDICTS.nl).toContain(await text(page, `${card} [data-testid=card-verdict]`));
      const quotes = await texts(page, `${card} .quote`);
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(paragraph).toContain(quote);
      await page.bringToFront();
      await screenshotElement(page, card, shot('selection-card-nl.png'));

      await page.press('Escape');
      await waitFor(page, card, UI_TIMEOUT, 'detached');
      expect(await count(page, 'middelmaat-overlay')).toBe(0);

      // The keyboard command, then a click outside the card.
      await session.runCommand(page, 'check-selection');
      await waitFor(page, card, UI_TIMEOUT);
      expect(Number(await text(page, `${card} [data-testid=card-score]`))).toBe(cardScore);
      await page.click(5, 700);
      await waitFor(page, card, UI_TIMEOUT, 'detached');

      // The popup opened while text is selected shows the selection's result, and can switch to the page.
      await selectParagraph(page, 0);
      const popup = await openSettledPopup(session, tabId);
      await expect.poll(() => text(popup, '.source-label')).toBe('Je selectie');
      expect(Number(await text(popup, '[data-testid=score]'))).toBe(cardScore);
      const selectionWords = await meta(popup);
      await clickButton(popup, 'Controleer de hele pagina');
      await expect.poll(() => count(popup, '.source-label')).toBe(0);
      expect(await meta(popup)).not.toBe(selectionWords);
      await popup.close();
      await page.close();
    });

    it('journey 3b: a selected list is judged in the language its element declares, like the page in the popup', async () => {
      const { page } = await openFixture(session, 'langhint');
      // A price list holds too few function words to tell its language; its `lang="en"` decides,
      // not the page's Dutch (without the hint, its spelling would read as Dutch).
      await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.getElementById('menu')!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
      });
      await session.runCommand(page, 'check-selection');
      const card = '[data-testid=selection-card]';
      await waitFor(page, card, UI_TIMEOUT);
      expect(await attr(page, card, 'data-text-lang')).toBe('en');
      // A list of some 35 words gets a score, with the word that it rests on little text.
      expect(await text(page, `${card} [data-testid=evidence-note]`)).toMatch(/^Een kort stuk van \d+ woorden/);
      await page.bringToFront();
      await screenshotElement(page, card, shot('selection-card-short-nl.png'));
      await page.press('Escape');
      await waitFor(page, card, UI_TIMEOUT, 'detached');
      await page.close();
    });

    it('journey 4: inline warnings draw highlights with a hover card, hold across reloads, follow new content, and leave no trace when off', async () => {
      const { page, tabId } = await openFixture(session, 'nl');
      const original = await pageDom(page);

      const popup = await openSettledPopup(session, tabId);
      const toggle = '[data-testid=toggle-inline]';
      expect(await attr(popup, toggle, 'aria-checked')).toBe('false');
      await click(popup, toggle);
      await expect.poll(() => attr(popup, toggle, 'aria-checked'), { timeout: UI_TIMEOUT }).toBe('true');
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
      await page.move(point!.x, point!.y);
      const hover = '[data-testid=hover-card]';
      await waitFor(page, hover, UI_TIMEOUT);
      expect((await text(page, `${hover} .message`))?.length).toBeGreaterThan(10);
      await page.screenshot(shot('inline-nl.png'));
      await page.move(2, 790);
      await waitFor(page, hover, UI_TIMEOUT, 'detached');

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
      const tabAfterReload = await session.tabIdOf(page);
      const popupAgain = await openSettledPopup(session, tabAfterReload);
      expect(await attr(popupAgain, toggle, 'aria-checked')).toBe('true');
      await click(popupAgain, toggle);
      await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBe(0);
      await expect.poll(() => pageDom(page), { timeout: UI_TIMEOUT }).toBe(withNewContent);
      expect(await highlightCounts(page)).toEqual({});
      const registered = await session.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
      expect(registered).toBe(0);
      await popupAgain.close();

      // After a reload nothing comes back. Waits on states, not a sleep: a registered script would
      // have run by document_idle, which is over once the load has completed and the page has
      // been idle once.
      await page.reload();
      await page.waitForFunction(() => document.readyState === 'complete', undefined, UI_TIMEOUT);
      await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle())));
      expect(await highlightTotal(page)).toBe(0);
      expect(await count(page, 'middelmaat-overlay')).toBe(0);
      await page.close();
    });

    it('journey 5: a restricted page, an empty page, too little text and another language each get their state', async () => {
      const restricted = await session.openRestrictedPage();
      const restrictedTab = await session.activeTabId(restricted);
      let popup = await openSettledPopup(session, restrictedTab);
      expect(await attr(popup, '[data-testid=state]', 'data-state')).toBe('restricted');
      expect(await count(popup, '[data-testid=score]')).toBe(0);
      await screenshotPopup(popup, 'state-restricted-nl.png');
      await popup.close();
      await restricted.close();

      for (const [fixture, state] of [
        ['empty', 'no-copy'],
        ['short', 'too-short'],
        ['fr', 'unsupported'],
      ] as const) {
        const { page, tabId } = await openFixture(session, fixture);
        popup = await openSettledPopup(session, tabId);
        expect(await attr(popup, '[data-testid=state]', 'data-state')).toBe(state);
        expect(await count(popup, '[data-testid=score]')).toBe(0);
        if (state === 'too-short') {
          // No score, but the phrase that stands out is still listed, as the selection card does.
          expect(await visible(popup, '[data-testid=short-findings]')).toBe(true);
          expect(await text(popup, '[data-testid=finding]')).toContain('naadloze');
          await screenshotPopup(popup, 'state-too-short-nl.png');
        } else {
          expect(await count(popup, '[data-testid=short-findings]')).toBe(0);
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
      const notice = '[data-testid=notice]';
      for (const [label, stored] of cases) {
        await session.inExtension(async (items) => {
          await chrome.storage.local.clear();
          await chrome.storage.local.set(items);
        }, stored);
        const { page, tabId } = await openFixture(session, 'nl');
        let popup = await openSettledPopup(session, tabId);
        expect(await visible(popup, notice), label).toBe(true);
        expect(await text(popup, notice)).toContain('Je opgeslagen instellingen waren onleesbaar en zijn teruggezet.');
        // The rest of the popup works as usual.
        expect(Number.isInteger(Number(await text(popup, '[data-testid=score]')))).toBe(true);
        expect(await attr(popup, '[data-testid=toggle-inline]', 'aria-checked')).toBe('false');
        const repaired = await session.inExtension(() => chrome.storage.local.get(['settings', 'settings$']));
        expect(repaired).toEqual({ settings: { sites: {} }, settings$: { v: 2 } });

        // Dismissed once, gone for good.
        await click(popup, `${notice} button`);
        await waitFor(popup, notice, UI_TIMEOUT, 'detached');
        await popup.close();
        popup = await openSettledPopup(session, tabId);
        expect(await count(popup, notice)).toBe(0);
        await popup.close();
        await page.close();
      }
    });

    it('journey 6: no request left the local test server, and the extension asked for nothing but its own files', async () => {
      await session.settleRequests();
      expect(foreignRequests(session, fixtures.origin, { browserPages: true })).toEqual([]);
      expect(extensionRequests(session)).toEqual([]);
      // Something was recorded at all: the recorder itself works.
      expect(session.requests.some((url) => url.startsWith(fixtures.origin))).toBe(true);
      expect(fixtures.served.every((path) => /^\/[a-z]+\.html$/.test(path))).toBe(true);
    });
  });

  describe('English interface', () => {
    let session: DriverSession;

    beforeAll(async () => {
      session = await launch('en');
    });

    afterAll(async () => {
      await session?.close();
    });

    it('journey 2: an English page gets English findings and messages; the language can be overridden', async () => {
      const { page, tabId } = await openFixture(session, 'en');
      const popup = await openSettledPopup(session, tabId);
      expect(VERDICTS.en).toContain((await text(popup, '[data-testid=verdict]'))?.trim());
      expect(await meta(popup)).toContain('English, detected');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
      const messages = '[data-testid=finding] .message';
      expect(await count(popup, messages)).toBeGreaterThanOrEqual(3);
      expect(new Set(await attrs(popup, messages, 'lang'))).toEqual(new Set(['en']));
      const allMessages = (await texts(popup, messages)).join(' ');
      expect(allMessages).toMatch(/\b(the|is|of|and)\b/);
      expect(allMessages).not.toMatch(/\b(een|het|niet|zijn)\b/);
      // Copy inside an open shadow root is read; hidden and aria-hidden copy never is.
      const { text: copy } = await collect(session, tabId);
      expect(copy).toContain('Our award-winning support team is here to help you every step of the way.');
      expect(copy).not.toContain('should never be read');
      expect(copy).not.toContain('Skip to content');
      await screenshotPopup(popup, 'popup-en.png');
      await screenshotPopupUnrolled(popup, 'popup-en-full.png');

      await selectOption(popup, '[data-testid=language]', 'nl');
      await expect.poll(() => meta(popup), { timeout: UI_TIMEOUT }).toMatch(/Dutch, chosen/);
      await selectOption(popup, '[data-testid=language]', 'auto');
      await expect.poll(() => meta(popup), { timeout: UI_TIMEOUT }).toMatch(/English, detected/);
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
      await session.runCommand(page, 'check-selection');
      const card = '[data-testid=selection-card]';
      await waitFor(page, card, UI_TIMEOUT);
      expect(VERDICTS.en).toContain(await text(page, `${card} [data-testid=card-verdict]`));
      await screenshotElement(page, card, shot('selection-card-en.png'));
      await page.screenshot(shot('selection-en-page.png'));
      await page.press('Escape');
      await waitFor(page, card, UI_TIMEOUT, 'detached');

      // Inline warnings on this dark page, for a look at their contrast; then off again.
      await page.evaluate(() => getSelection()!.removeAllRanges());
      const inlinePopup = await openSettledPopup(session, tabId);
      await click(inlinePopup, '[data-testid=toggle-inline]');
      await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
      await page.bringToFront();
      await page.screenshot(shot('inline-en-dark.png'));
      await click(inlinePopup, '[data-testid=toggle-inline]');
      await expect.poll(() => highlightTotal(page), { timeout: UI_TIMEOUT }).toBe(0);
      await inlinePopup.close();
      await page.close();
    });

    it('journey 6: no request left the local test server, and the extension asked for nothing but its own files', async () => {
      await session.settleRequests();
      expect(foreignRequests(session, fixtures.origin)).toEqual([]);
      expect(extensionRequests(session)).toEqual([]);
      // The recorder sees extension contexts at all (see DriverSession.recordsExtensionContexts).
      expect(session.recordsExtensionContexts()).toBe(true);
    });
  });
}
