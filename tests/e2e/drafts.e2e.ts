/**
 * Drafts in real Chromium with the built extension: the per-site switch in the popup, then real
 * typing (keyboard events) into a textarea, a contenteditable field and four real editors bundled
 * from npm (ProseMirror, Quill, Lexical, Draft.js; src/tools/build-editors.mjs). Each checks the
 * badge's score, that the underlines lie over the words they name (their boxes measured against the
 * field's own text), the card, a replacement and its undo; then the switch off leaves the page as it
 * was. Every wait polls for a state with a generous limit: nothing here measures time.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionRequests, foreignRequests, launch, openPopup, pageDomWithoutHost, SCREENSHOTS, serveFixtures, tabIdOf, watchPage, type Session } from './harness';

declare const chrome: typeof import('wxt/browser').browser;
declare const axe: {
  run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ html: string }> }>; passes: unknown[] }>;
};
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core (WCAG 2.1 A/AA) violations inside Middelmaat's host. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations, passes } = await page.evaluate(() =>
    axe
      .run({ include: [['middelmaat-overlay']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
      .then((result) => ({ violations: result.violations, passes: result.passes.length })),
  );
  expect(passes).toBeGreaterThan(0);
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.html).join(' | ')}`);
}

const UI_TIMEOUT = 60_000;
const BADGE = 'middelmaat-overlay [data-testid=middelmaat-draft-badge]';
const CARD = 'middelmaat-overlay [data-testid=draft-card]';

/** English copy with a literal replacement on the second line ("leverage" → "use"); lines short enough not to wrap. */
const ENGLISH_LINES = [
  "In today's fast-paced world, our seamless platform helps teams unlock the full potential.",
  'We leverage cutting-edge technology to deliver a robust experience for every customer.',
  'In conclusion, it is a game-changer for modern businesses of every size and shape.',
];
/** Dutch copy with a literal replacement ("benutten" → "gebruiken"). */
const DUTCH_PARAGRAPHS = [
  'Wij benutten de nieuwste technologie om een naadloze ervaring te bieden. In de snel veranderende wereld van vandaag is dat een echte gamechanger.',
  'Kortom: kwaliteit staat bij ons voorop. Ontdek vandaag nog hoe wij uw organisatie naar een hoger niveau tillen.',
];

/** The badges' texts, in the order they were added. */
function badgeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('middelmaat-overlay')?.shadowRoot;
    return root ? [...root.querySelectorAll('[data-testid=middelmaat-draft-badge]')].map((badge) => badge.textContent ?? '') : [];
  });
}

/** Waits until a badge shows a score (a whole number) and returns it. */
async function waitForScore(page: Page, index = 0): Promise<number> {
  await expect.poll(async () => (await badgeTexts(page))[index] ?? '', { timeout: UI_TIMEOUT }).toMatch(/^\d+$/);
  const score = Number((await badgeTexts(page))[index]);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  return score;
}

/** The words under each drafts highlight range, with the range's boxes and the boxes of the same words found independently. */
function draftHighlights(page: Page, host: string): Promise<Array<{ text: string; rects: DOMRect[]; expected: DOMRect[] }>> {
  return page.evaluate((selector) => {
    const field = document.querySelector(selector)!;
    // The words' own boxes: the same text found by walking the field's text nodes.
    const textNodes: Text[] = [];
    const walker = document.createTreeWalker(field, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) textNodes.push(node as Text);
    const boxesOf = (words: string): DOMRect[] => {
      for (const node of textNodes) {
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        return [...range.getClientRects()].map((rect) => rect.toJSON() as DOMRect);
      }
      return [];
    };
    const found: Array<{ text: string; rects: DOMRect[]; expected: DOMRect[] }> = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('middelmaat-draft-')) return;
      for (const range of highlight) {
        const text = (range as Range).toString();
        found.push({ text, rects: [...(range as Range).getClientRects()].map((rect) => rect.toJSON() as DOMRect), expected: boxesOf(text) });
      }
    });
    return found;
  }, host);
}

/** Total number of ranges in the drafts highlights. */
async function draftHighlightCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('middelmaat-draft-')) total += highlight.size;
    });
    return total;
  });
}

/** Opens the popup for the page's tab and sets the drafts switch. */
async function setDrafts(session: Session, page: Page, on: boolean): Promise<void> {
  const popup = await openPopup(session, await tabIdOf(session, page));
  const toggle = '[data-testid=toggle-drafts]';
  await popup.waitForSelector(toggle, { timeout: UI_TIMEOUT });
  await expect.poll(() => popup.getAttribute(toggle, 'aria-checked'), { timeout: UI_TIMEOUT }).toMatch(/true|false/);
  if ((await popup.getAttribute(toggle, 'aria-checked')) !== String(on)) await popup.click(toggle);
  await expect.poll(() => popup.getAttribute(toggle, 'aria-checked'), { timeout: UI_TIMEOUT }).toBe(String(on));
  // The switch answers at once; the tab has its answer when the registration reflects it.
  await expect
    .poll(() => session.worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id)), { timeout: UI_TIMEOUT })
    .toEqual(on ? [expect.stringMatching(/^drafts /)] : []);
  await popup.close();
  await page.bringToFront();
}

/** Opens the card from the badge with a click and waits for its findings. */
async function openCard(page: Page, badgeIndex = 0): Promise<void> {
  await page.locator(BADGE).nth(badgeIndex).click();
  await page.waitForSelector(`${CARD} .finding`, { timeout: UI_TIMEOUT });
}

/** Clicks the card's replacement button with the given label. */
async function applyFromCard(page: Page, label: string): Promise<void> {
  await page.locator(`${CARD} [data-testid=draft-apply]`, { hasText: label }).first().click();
  await page.waitForSelector(CARD, { state: 'detached', timeout: UI_TIMEOUT });
}

describe('drafts: checking what the user writes', () => {
  let session: Session;
  let fixtures: { server: Server; origin: string; served: string[] };

  beforeAll(async () => {
    fixtures = await serveFixtures();
    session = await launch('en');
  });

  afterAll(async () => {
    await session?.close();
    fixtures?.server.close();
  });

  it('switched on in the popup: a textarea gets a score badge, underlines over the right words, a card, a replacement that Ctrl+Z undoes', async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.origin}/drafts.html?test=1`);
    const watch = await watchPage(session, page);
    await setDrafts(session, page, true);

    await page.click('#post');
    await page.keyboard.type(ENGLISH_LINES.join('\n'));
    await waitForScore(page);
    expect(await page.inputValue('#post')).toBe(ENGLISH_LINES.join('\n'));
    // Typing kept the focus and the caret in the field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post');
    expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe(ENGLISH_LINES.join('\n').length);

    // Each mark's box against where its words are in the field: a monospace font, lines that do not
    // wrap, so a word's place is its column times the advance and its line times the line height.
    await expect.poll(() => page.locator('middelmaat-overlay [data-testid=middelmaat-draft-mark]').count(), { timeout: UI_TIMEOUT }).toBeGreaterThan(3);
    const geometry = await page.evaluate((lines) => {
      const field = document.querySelector<HTMLTextAreaElement>('#post')!;
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const advance = context.measureText('m').width;
      const box = field.getBoundingClientRect();
      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) - field.scrollLeft;
      const top = box.top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop) - field.scrollTop;
      const lineHeight = parseFloat(style.lineHeight);
      const root = document.querySelector('middelmaat-overlay')!.shadowRoot!;
      return [...root.querySelectorAll('[data-testid=middelmaat-draft-mark]')].map((mark) => {
        const words = mark.textContent!;
        const line = lines.findIndex((text) => text.includes(words));
        const column = lines[line]!.indexOf(words);
        const rect = mark.getBoundingClientRect();
        return {
          words,
          dx: Math.abs(rect.left - (left + column * advance)),
          dw: Math.abs(rect.width - words.length * advance),
          inLine: rect.top >= top + line * lineHeight - 1 && rect.bottom <= top + (line + 1) * lineHeight + 1,
        };
      });
    }, ENGLISH_LINES);
    expect(geometry.map((mark) => mark.words)).toEqual(expect.arrayContaining(['leverage', 'game-changer']));
    for (const mark of geometry) {
      expect(mark.dx, mark.words).toBeLessThan(1.5);
      expect(mark.dw, mark.words).toBeLessThan(1.5);
      expect(mark.inLine, mark.words).toBe(true);
    }

    // Hovering a mark shows its reason (the mirror takes no pointer events: the textarea gets the mouse).
    const target = await page.evaluate(() => {
      const root = document.querySelector('middelmaat-overlay')!.shadowRoot!;
      const mark = [...root.querySelectorAll('[data-testid=middelmaat-draft-mark]')].find((element) => element.textContent === 'leverage')!;
      const rect = mark.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, target)).toBe('post');
    await page.mouse.move(target.x, target.y);
    await page.waitForSelector('middelmaat-overlay [data-testid=hover-card]', { timeout: UI_TIMEOUT });
    expect(await page.textContent('middelmaat-overlay [data-testid=hover-card]')).toContain('leverage');
    await page.screenshot({ path: join(SCREENSHOTS, 'drafts-textarea.png') });
    await page.mouse.move(5, 5);

    // The card: verdict, findings with their reasons, focus inside it, and back to the field on Escape.
    await openCard(page);
    expect(await page.evaluate(() => document.querySelector('middelmaat-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe('draft-card');
    expect(await page.textContent(`${CARD} [data-testid=card-verdict]`)).toMatch(/^(Reads as your own|Partly predictable|Reads as predictable)$/);
    expect(await page.locator(`${CARD} .finding .message`).count()).toBeGreaterThan(3);
    // The badge, the marks' mirror and the card pass axe-core.
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator(CARD).screenshot({ path: join(SCREENSHOTS, 'drafts-card.png') });
    await page.screenshot({ path: join(SCREENSHOTS, 'drafts-textarea-card.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post');

    // From the keyboard: the badge is focusable, Enter opens the card, Escape gives the focus back to the badge.
    await page.locator(BADGE).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector(`${CARD} .finding`, { timeout: UI_TIMEOUT });
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.querySelector('middelmaat-overlay')!.shadowRoot!.activeElement?.getAttribute('data-testid'))).toBe('middelmaat-draft-badge');
    await page.click('#post');

    // A replacement, then the browser's own undo brings the words back.
    await openCard(page);
    await applyFromCard(page, '‘use’');
    const replaced = ENGLISH_LINES.join('\n').replace('We leverage', 'We use');
    await expect.poll(() => page.inputValue('#post'), { timeout: UI_TIMEOUT }).toBe(replaced);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.inputValue('#post'), { timeout: UI_TIMEOUT }).toBe(ENGLISH_LINES.join('\n'));
    // The marks follow: after the undo, 'leverage' is underlined again.
    await expect
      .poll(() => page.locator('middelmaat-overlay [data-testid=middelmaat-draft-mark]', { hasText: 'leverage' }).count(), { timeout: UI_TIMEOUT })
      .toBe(1);

    // Scrolling the field moves its marks with its text.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.');
    await expect.poll(() => page.evaluate(() => document.querySelector('#post')!.scrollTop), { timeout: UI_TIMEOUT }).toBeGreaterThan(0);
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const field = document.querySelector('#post')!;
            const root = document.querySelector('middelmaat-overlay')!.shadowRoot!;
            const mirror = root.querySelector<HTMLElement>('[data-testid=middelmaat-draft-mirror]')!;
            return mirror.scrollTop === field.scrollTop && mirror.getBoundingClientRect().top === field.getBoundingClientRect().top;
          }),
        { timeout: UI_TIMEOUT },
      )
      .toBe(true);
    // The fixture server has no favicon; the browser asking for one is no error of the extension.
    expect(watch.errors.filter((error) => !/favicon|status of 404/.test(error))).toEqual([]);
    await watch.detach();
    await page.close();
  });

  it('a contenteditable field is underlined with CSS highlights over the right words; a replacement is undone with Ctrl+Z', async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.origin}/drafts.html?test=2`);
    await setDrafts(session, page, true);
    await page.click('#editor');
    await page.keyboard.type(DUTCH_PARAGRAPHS[0]!);
    await page.keyboard.press('Enter');
    await page.keyboard.type(DUTCH_PARAGRAPHS[1]!);
    await waitForScore(page);
    await expect.poll(() => draftHighlightCount(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(3);
    const marks = await draftHighlights(page, '#editor');
    expect(marks.map((mark) => mark.text)).toEqual(expect.arrayContaining(['benutten', 'gamechanger']));
    for (const mark of marks) {
      expect(mark.rects.length, mark.text).toBeGreaterThan(0);
      expect(mark.rects, mark.text).toEqual(mark.expected);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'drafts-contenteditable.png') });

    const original = await page.evaluate(() => document.querySelector<HTMLElement>('#editor')!.innerText);
    await openCard(page);
    await applyFromCard(page, '‘gebruiken’');
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('#editor')!.innerText), { timeout: UI_TIMEOUT }).toContain('Wij gebruiken de nieuwste');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElement>('#editor')!.innerText), { timeout: UI_TIMEOUT }).toBe(original);
    await page.close();
  });

  for (const editor of ['prosemirror', 'quill', 'lexical', 'draft'] as const) {
    it(`${editor}: typing gets a score and marks over the right words, kept as the editor re-renders; a replacement goes through the editor and its undo`, async () => {
      const page = await session.context.newPage();
      await page.goto(`${fixtures.origin}/editors/${editor}.html?test=editor`);
      await page.waitForFunction((name) => document.documentElement.dataset.editorReady === name, editor, { timeout: UI_TIMEOUT });
      await setDrafts(session, page, true);
      await page.click('#editor');
      for (const [index, line] of ENGLISH_LINES.entries()) {
        if (index > 0) await page.keyboard.press('Enter');
        await page.keyboard.type(line);
      }
      const modelText = () => page.evaluate(() => window.editorText!());
      expect((await modelText()).replace(/\n+/g, '\n')).toBe(ENGLISH_LINES.join('\n'));
      await waitForScore(page);
      await expect.poll(() => draftHighlightCount(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(3);
      const marks = await draftHighlights(page, '#editor');
      expect(marks.map((mark) => mark.text)).toEqual(expect.arrayContaining(['leverage', 'game-changer']));
      for (const mark of marks) {
        expect(mark.rects.length, mark.text).toBeGreaterThan(0);
        expect(mark.rects, mark.text).toEqual(mark.expected);
      }
      await page.screenshot({ path: join(SCREENSHOTS, `drafts-${editor}.png`) });

      await openCard(page);
      if (editor === 'prosemirror') {
        // The replacement's button in view, for the screenshot the README shows.
        await page.locator(`${CARD} [data-testid=draft-apply]`).first().scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOTS, 'drafts-prosemirror-card.png') });
      }
      await applyFromCard(page, '‘use’');
      await expect.poll(modelText, { timeout: UI_TIMEOUT }).toContain('We use cutting-edge');
      // The editor settles and re-renders: the marks are placed again on its new nodes.
      await expect
        .poll(async () => (await draftHighlights(page, '#editor')).some((mark) => mark.text === 'game-changer' && mark.rects.length > 0), { timeout: UI_TIMEOUT })
        .toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(modelText, { timeout: UI_TIMEOUT }).toContain('We leverage cutting-edge');
      await expect
        .poll(async () => (await draftHighlights(page, '#editor')).some((mark) => mark.text === 'leverage'), { timeout: UI_TIMEOUT })
        .toBe(true);
      await page.close();
    });
  }

  it('password, opted-out and card-number fields are left alone; switching off removes every badge, mark and overlay and leaves the page and values as they were', async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.origin}/drafts.html?test=3`);
    await setDrafts(session, page, true);
    for (const selector of ['#password', '#private', '#card']) {
      await page.click(selector);
      await page.keyboard.type('We leverage cutting-edge technology to unlock the full potential of a seamless future.');
    }
    await page.click('#post');
    await page.keyboard.type(ENGLISH_LINES.join('\n'));
    await waitForScore(page);
    // Only the one textarea has a badge and marks; the others' values are exactly what was typed.
    expect(await badgeTexts(page)).toHaveLength(1);
    for (const selector of ['#password', '#private', '#card']) {
      expect(await page.inputValue(selector)).toBe('We leverage cutting-edge technology to unlock the full potential of a seamless future.');
    }
    const values = await page.evaluate(() => [...document.querySelectorAll('textarea, input')].map((field) => (field as HTMLInputElement).value));
    const dom = await pageDomWithoutHost(page);

    await setDrafts(session, page, false);
    await expect.poll(() => page.locator('middelmaat-overlay').count(), { timeout: UI_TIMEOUT }).toBe(0);
    expect(await draftHighlightCount(page)).toBe(0);
    expect(await pageDomWithoutHost(page)).toBe(dom);
    expect(await page.evaluate(() => [...document.querySelectorAll('textarea, input')].map((field) => (field as HTMLInputElement).value))).toEqual(values);
    // Typing on brings nothing back, and the permission went with the switch (the e2e build's own grant aside).
    await page.click('#post');
    await page.keyboard.type(' More words.');
    await page.evaluate(() => new Promise<void>((idle) => requestIdleCallback(() => idle())));
    expect(await page.locator('middelmaat-overlay').count()).toBe(0);
    await page.close();
  });

  it('"not on this field" is remembered for the site; the popup can bring the field back', async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.origin}/drafts.html?test=4`);
    await setDrafts(session, page, true);
    await page.click('#post');
    await page.keyboard.type(ENGLISH_LINES[0]!);
    await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(1);
    await page.locator(BADGE).click();
    await page.locator(`${CARD} [data-testid=draft-ignore-field]`).click();
    await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(0);
    const stored = await session.worker.evaluate(() => chrome.storage.local.get('draftsIgnoredFields'));
    expect(JSON.stringify(stored)).toContain('#post');
    expect(JSON.stringify(stored)).not.toContain('seamless');

    // Next visit: the field stays alone, the other one is checked.
    await page.reload();
    await page.click('#post');
    await page.keyboard.type(' More.');
    await page.click('#editor');
    await page.keyboard.type(DUTCH_PARAGRAPHS[0]!);
    await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(1);

    // The popup counts the field and forgets it on request; the next focus checks it again.
    const popup = await openPopup(session, await tabIdOf(session, page));
    await popup.waitForSelector('[data-testid=forget-ignored-fields]', { timeout: UI_TIMEOUT });
    await popup.click('[data-testid=forget-ignored-fields]');
    await expect.poll(() => session.worker.evaluate(async () => JSON.stringify(await chrome.storage.local.get('draftsIgnoredFields'))), { timeout: UI_TIMEOUT }).not.toContain('#post');
    await popup.close();
    await page.bringToFront();
    await page.click('#post');
    await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(2);
    await setDrafts(session, page, false);
    await page.close();
  });

  it('without the switch, the shortcut on a focused field checks it once: badge, marks and card, gone at the next edit', async () => {
    const page = await session.context.newPage();
    await page.goto(`${fixtures.origin}/drafts.html?test=5`);
    await page.click('#post');
    await page.keyboard.type(ENGLISH_LINES.join('\n'));
    expect(await page.locator('middelmaat-overlay').count()).toBe(0);
    await session.worker.evaluate((name) => (chrome.commands.onCommand as unknown as { dispatch(...args: unknown[]): void }).dispatch(name), 'check-selection');
    await page.waitForSelector(`${CARD} .finding`, { timeout: UI_TIMEOUT });
    await waitForScore(page);
    expect(await page.locator('middelmaat-overlay [data-testid=middelmaat-draft-mark]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.waitForSelector(CARD, { state: 'detached', timeout: UI_TIMEOUT });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('post');
    await page.keyboard.type(' And more.');
    await expect.poll(() => page.locator('middelmaat-overlay').count(), { timeout: UI_TIMEOUT }).toBe(0);
    await page.close();
  });

  it('no request left the local test server, and the extension asked for nothing but its own files', () => {
    expect(foreignRequests(session, fixtures.origin)).toEqual([]);
    expect(extensionRequests(session)).toEqual([]);
    expect(fixtures.served.every((path) => /^\/(drafts\.html|editors\/[a-z]+\.(html|js)|favicon\.ico)$/.test(path))).toBe(true);
  });
});
