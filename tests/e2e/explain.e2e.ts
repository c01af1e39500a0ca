/**
 * The explanation layer in real Chromium with the built extension: the summary follows the page's
 * evidence, a metric's name agrees with its points and with the rhythm chart, the strongest findings
 * are on the first screen, directions are never doubled, overlapping findings make one mark, the
 * selection card takes and returns focus without covering the selection, and axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation in the popup or the card, in both UI languages.
 * Screenshots go to .output/screenshots for review.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openPopup, SCREENSHOTS, serveFixtures, tabIdOf, type Session } from './harness';

declare const chrome: typeof import('wxt/browser').browser;
declare const axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> };

/** What the test needs of an axe-core violation. */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; html: string }[];
}

const UI_TIMEOUT = 30_000;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** Words each state of a metric signal's name must contain, per UI language. */
const STATE_WORDS = {
  nl: { raises: /weinig|synoniem/, lowers: /gevarieerd|wisselend|bij hun naam/, neutral: /gemiddeld/ },
  en: { raises: /little variety|much alike|swapping/, lowers: /varied|by their name/, neutral: /average/ },
} as const;

let fixtures: { server: Server; origin: string; served: string[] };

beforeAll(async () => {
  fixtures = await serveFixtures();
});

afterAll(() => {
  fixtures.server.close();
});

async function openFixture(session: Session, name: string): Promise<{ page: Page; tabId: number }> {
  const page = await session.context.newPage();
  await page.goto(`${fixtures.origin}/${name}.html`);
  return { page, tabId: await tabIdOf(session, page) };
}

/** Opens the popup for a fixture and waits for its score. */
async function popupFor(session: Session, name: string): Promise<{ page: Page; tabId: number; popup: Page }> {
  const opened = await openFixture(session, name);
  const popup = await openPopup(session, opened.tabId);
  await popup.getByTestId('score').waitFor({ timeout: UI_TIMEOUT });
  await popup.locator('.popup[aria-busy=false]').waitFor({ timeout: UI_TIMEOUT });
  return { ...opened, popup };
}

/** Runs axe-core (WCAG 2.1 A/AA) in a page, within `selector`, and returns serious and critical violations. */
async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(
    ([include]) =>
      axe
        .run(include ? { include: [[include]] } : document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        })
        .then((result) => ({ violations: result.violations, passes: result.passes.length })),
    [selector] as const,
  );
  // An include that matched nothing passes vacuously: make sure axe looked at something.
  expect(passes).toBeGreaterThan(0);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

/** Screenshot of the popup at its real height, and of its whole content unrolled. */
async function screenshotPopup(popup: Page, name: string): Promise<void> {
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  const unroll = await popup.addStyleTag({ content: 'body, .popup { max-height: none !important } .content { overflow: visible !important }' });
  await popup.setViewportSize({ width: 400, height: 2400 });
  const height = await popup.evaluate(() => Math.ceil(document.querySelector('.popup')!.getBoundingClientRect().height));
  await popup.screenshot({ path: join(SCREENSHOTS, `${name}-all.png`), clip: { x: 0, y: 0, width: 400, height: Math.min(height, 2400) } });
  await unroll.evaluate((node) => (node as unknown as Element).remove());
  await popup.setViewportSize({ width: 400, height: 600 });
}

/** Selects a page's first paragraph and opens the selection card the way the context menu does. */
async function openCard(session: Session, page: Page, tabId: number): Promise<DOMRect> {
  const { text, rect } = await page.evaluate(() => {
    const element = document.querySelectorAll('main p')[0]!;
    const range = document.createRange();
    range.selectNodeContents(element);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return { text: element.textContent!, rect: range.getBoundingClientRect().toJSON() as DOMRect };
  });
  await session.worker.evaluate(
    async ({ id, selectionText }) => {
      const tab = await chrome.tabs.get(id);
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
        { menuItemId: 'check-selection', selectionText, frameId: 0, editable: false, pageUrl: tab.url },
        tab,
      );
    },
    { id: tabId, selectionText: text },
  );
  await page.getByTestId('selection-card').waitFor({ timeout: UI_TIMEOUT });
  return rect;
}

for (const ui of ['nl', 'en'] as const) {
  describe(`explanations, ${ui === 'nl' ? 'Dutch' : 'English'} interface`, () => {
    let session: Session;

    beforeAll(async () => {
      session = await launch(ui);
    });

    afterAll(async () => {
      await session?.close();
    });

    it('the summary differs between a page carried by stock phrases and one carried by formulas, and quotes evidence on the first screen', async () => {
      const summaries: string[] = [];
      for (const name of ['explain-stock', 'explain-formula', 'explain-human', 'explain-mixed']) {
        const { page, popup } = await popupFor(session, name);
        const summary = (await popup.locator('.summary').textContent()) ?? '';
        // Only the list scrolls: a document taller or wider than the popup would give it scroll bars of its own.
        expect(await popup.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight])).toEqual([400, 600]);
        summaries.push(summary);
        await screenshotPopup(popup, `explain-${name.replace('explain-', '')}-${ui}`);
        if (name === 'explain-human') {
          await popup.close();
          await page.close();
          continue;
        }
        // The strongest findings are on the popup's first screen, each quoted with a reason.
        const first = popup.getByTestId('evidence').getByTestId('finding').first();
        await first.waitFor({ timeout: UI_TIMEOUT });
        const box = (await first.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(600);
        expect((await first.locator('.message').textContent())!.length).toBeGreaterThan(10);
        await popup.close();
        await page.close();
      }
      expect(summaries[0]).not.toBe(summaries[1]);
      expect(summaries[0]).toMatch(ui === 'nl' ? /clichés/ : /stock phrases/);
      expect(summaries[1]).toMatch(ui === 'nl' ? /zinsformules/ : /formulas/);
    });

    it('a metric’s name agrees with the sign of its points, and the rhythm chart with the rhythm bar', async () => {
      for (const name of ['explain-stock', 'explain-human']) {
        const { page, popup } = await popupFor(session, name);
        const metrics = popup.locator('[data-signal=flat-rhythm], [data-signal=uniform-paragraphs], [data-signal=lexical-variety]');
        for (const metric of await metrics.all()) {
          const effect = (await metric.getAttribute('data-effect')) as 'raises' | 'lowers' | 'neutral';
          const label = (await metric.getByTestId('signal-name').textContent())!.toLowerCase();
          expect(label).toMatch(STATE_WORDS[ui][effect]);
          const points = (await metric.locator('.signal-points').textContent())!;
          if (effect === 'raises') expect(points.startsWith('+')).toBe(true);
          if (effect === 'lowers') expect(points.startsWith('−')).toBe(true);
        }
        const rhythmBar = popup.locator('[data-signal=flat-rhythm]');
        const tag = popup.getByTestId('rhythm-tag');
        if ((await rhythmBar.count()) > 0 && (await tag.count()) > 0) {
          expect(await tag.getAttribute('data-effect')).toBe(await rhythmBar.getAttribute('data-effect'));
        }
        // The summary never calls a rhythm flat that the chart calls varied.
        if ((await tag.count()) > 0 && (await tag.getAttribute('data-effect')) !== 'raises') {
          expect((await popup.locator('.summary').textContent())!.toLowerCase()).not.toMatch(/vlak|flat|weinig afwisseling|little variety|eentonig|sameness/);
        }
        await popup.close();
        await page.close();
      }
    });

    it('no direction is doubled or prefixed in another language, in the popup and in the card', async () => {
      const { page, tabId, popup } = await popupFor(session, 'explain-mixed');
      const directions = await popup.getByTestId('direction').evaluateAll((nodes) =>
        nodes.map((node) => ({ text: node.textContent ?? '', lang: node.getAttribute('lang') })),
      );
      expect(directions.length).toBeGreaterThan(0);
      for (const { text, lang } of directions) {
        expect(text).not.toMatch(/^(→ )?(Probeer|Try)\b.*?\b(Probeer|Try)\b/);
        expect(text).not.toMatch(/^(Probeer|Try|Tip)[: ]/);
        expect(['nl', 'en']).toContain(lang);
      }
      await popup.close();
      await openCard(session, page, tabId);
      const notes = await page.getByTestId('selection-card').locator('.note').allTextContents();
      for (const note of notes) expect(note).not.toMatch(/^(Probeer|Try)\b/);
      await page.keyboard.press('Escape');
      await page.close();
    });

    it('the selection card takes the focus, never covers the selection, gives the focus back, and passes axe', async () => {
      const { page, tabId } = await openFixture(session, 'explain-stock');
      await page.bringToFront();
      const selection = await openCard(session, page, tabId);
      const card = page.getByTestId('selection-card');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('middelmaat-overlay')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null))
        .toBe('selection-card');
      const box = (await card.boundingBox())!;
      const overlaps =
        box.x < selection.x + selection.width && selection.x < box.x + box.width && box.y < selection.y + selection.height && selection.y < box.y + box.height;
      expect(overlaps).toBe(false);
      expect(await seriousViolations(page, 'middelmaat-overlay')).toEqual([]);
      await card.screenshot({ path: join(SCREENSHOTS, `explain-card-${ui}.png`) });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
      expect(await page.evaluate(() => document.querySelector('middelmaat-overlay') === null)).toBe(true);
      await page.close();
    });

    it('the popup passes axe (WCAG 2.1 A/AA), with every section open', async () => {
      const { page, popup } = await popupFor(session, 'explain-stock');
      for (const row of await popup.locator('.signal-row').all()) {
        if ((await row.getAttribute('aria-expanded')) === 'false') await row.click();
      }
      await popup.getByTestId('legend').waitFor();
      // Signals are described in the UI language, like their names, whatever the language of the page.
      await expect
        .poll(() => popup.locator('.signal-why p:not(.signal-none)').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang'))), { timeout: UI_TIMEOUT })
        .toEqual(expect.arrayContaining([ui]));
      expect(new Set(await popup.locator('.signal-why p:not(.signal-none)').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('lang'))))).toEqual(new Set([ui]));
      expect(await seriousViolations(popup)).toEqual([]);
      await popup.close();
      await page.close();
    });

    it('inline reasons are reachable from the keyboard: from the popup\'s "show on the page", and by stepping through marks', async () => {
      const { page, popup } = await popupFor(session, 'explain-mixed');
      await popup.getByTestId('toggle-inline').click();
      await expect.poll(() => popup.getByTestId('toggle-inline').getAttribute('aria-checked'), { timeout: UI_TIMEOUT }).toBe('true');
      const announcement = () => page.evaluate(() => document.querySelector('middelmaat-overlay')?.shadowRoot?.querySelector('[data-testid=mark-announcement]')?.textContent ?? '');
      // "Show on the page" opens the finding's reason next to it and reads it out, the focus staying in the popup.
      const first = popup.getByTestId('evidence').getByTestId('finding').first();
      const message = (await first.locator('.message').textContent())!;
      await first.focus();
      await popup.keyboard.press('Enter');
      await expect.poll(announcement, { timeout: UI_TIMEOUT }).toContain(message);
      expect(await page.getByTestId('mark-card').locator('.message').allTextContents()).toContain(message);
      await popup.close();
      await page.bringToFront();
      await page.keyboard.press('Escape');
      await page.getByTestId('mark-card').waitFor({ state: 'detached', timeout: UI_TIMEOUT });
      // Tab reaches the marks control after the page's own controls; Enter and the arrows step through the marks.
      const focused = () => page.evaluate(() => document.querySelector('middelmaat-overlay')?.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      for (let presses = 0; presses < 20 && (await focused()) !== 'marks-navigator'; presses++) await page.keyboard.press('Tab');
      expect(await focused()).toBe('marks-navigator');
      const control = page.getByTestId('marks-navigator');
      expect(await control.textContent()).toMatch(ui === 'nl' ? /gemarkeerde woordgroepen/ : /marked phrases/);
      const position = ui === 'nl' ? /^Markering (\d+) van (\d+):/ : /^Mark (\d+) of (\d+):/;
      await page.keyboard.press('Enter');
      await expect.poll(announcement, { timeout: UI_TIMEOUT }).toMatch(position);
      const [, step, count] = position.exec(await announcement())!;
      expect(step).toBe('1');
      const card = page.getByTestId('mark-card');
      await card.waitFor({ timeout: UI_TIMEOUT });
      const reason = (await card.locator('.message').first().textContent())!;
      expect(await announcement()).toContain(reason);
      if (Number(count) > 1) {
        await page.keyboard.press('ArrowDown');
        await expect.poll(async () => position.exec(await announcement())?.[1], { timeout: UI_TIMEOUT }).toBe('2');
      }
      await page.keyboard.press('ArrowUp');
      await expect.poll(async () => position.exec(await announcement())?.[1], { timeout: UI_TIMEOUT }).toBe('1');
      // The focus stays on the control while stepping, and the card passes axe.
      expect(await focused()).toBe('marks-navigator');
      expect(await seriousViolations(page, 'middelmaat-overlay')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `explain-keyboard-mark-${ui}.png`) });
      await page.keyboard.press('Escape');
      await card.waitFor({ state: 'detached', timeout: UI_TIMEOUT });
      expect(await focused()).toBe('marks-navigator');
      // Inline warnings off again, so the other checks start from a clean page.
      const again = await openPopup(session, await tabIdOf(session, page));
      await again.getByTestId('toggle-inline').waitFor({ timeout: UI_TIMEOUT });
      await again.getByTestId('toggle-inline').click();
      await expect.poll(() => again.getByTestId('toggle-inline').getAttribute('aria-checked'), { timeout: UI_TIMEOUT }).toBe('false');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('middelmaat-overlay')?.shadowRoot?.querySelector('[data-testid=marks-navigator]') ?? null), { timeout: UI_TIMEOUT })
        .toBe(null);
      await again.close();
      await page.close();
    });

    it('overlapping findings make one mark; the strongest are marked by default and all on request', async () => {
      const { page, tabId, popup } = await popupFor(session, 'explain-mixed');
      await popup.getByTestId('toggle-inline').click();
      await expect.poll(() => popup.getByTestId('toggle-inline').getAttribute('aria-checked')).toBe('true');
      const marks = () =>
        page.evaluate(() => {
          const spans: { node: Node; start: number; end: number }[] = [];
          for (const [name, highlight] of CSS.highlights) {
            if (!name.startsWith('middelmaat-') || name === 'middelmaat-flash') continue;
            for (const range of highlight as unknown as Iterable<Range>) spans.push({ node: range.startContainer, start: range.startOffset, end: range.endOffset });
          }
          const overlapping = spans.some((a, i) => spans.some((b, j) => i !== j && a.node === b.node && a.start < b.end && b.start < a.end));
          return { count: spans.length, overlapping };
        });
      await expect.poll(async () => (await marks()).count, { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
      const strongest = await marks();
      expect(strongest.overlapping).toBe(false);
      await page.bringToFront();
      await page.screenshot({ path: join(SCREENSHOTS, `explain-marks-${ui}.png`) });
      await popup.bringToFront();
      await popup.getByTestId('marks-all').check();
      const findings = await popup.getByTestId('finding').count();
      // Every phrase gets a mark now; the default may already show them all on a page this short.
      await expect.poll(async () => (await marks()).count, { timeout: UI_TIMEOUT }).toBeGreaterThanOrEqual(strongest.count);
      expect(findings).toBeGreaterThan(0);
      expect((await marks()).overlapping).toBe(false);
      await popup.getByTestId('toggle-inline').click();
      await expect.poll(async () => (await marks()).count, { timeout: UI_TIMEOUT }).toBe(0);
      await popup.close();
      await page.close();
    });
  });
}
