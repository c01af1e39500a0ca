/**
 * Drafts, driven like a user in a real browser with the built extension: the per-site switch in the
 * popup, then real typing (keyboard events) into a textarea, a contenteditable field and four real
 * editors bundled from npm (ProseMirror, Quill, Lexical, Draft.js; src/tools/build-editors.mjs). Each
 * checks the badge's score, that the underlines lie over the words they name (their boxes measured
 * against the field's own text), the card, a replacement and its undo; then the switch off leaves
 * the page as it was. One description, run by tests/e2e/drafts.e2e.ts in Chromium and by
 * tests/e2e/drafts.firefox.ts in Firefox ESR through the drivers in tests/e2e/drivers/.
 * Every wait polls for a state with a generous limit: nothing here measures time.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DriverPage, DriverSession, LaunchDriver } from '../drivers/driver';
import { SCREENSHOTS, serveFixtures } from '../harness';
import { attr, click, count, screenshotElement, text, texts, waitFor } from './dom';
import { extensionRequests, foreignRequests, pageDomWithoutHost } from './extension';

declare const chrome: typeof import('wxt/browser').browser;
declare const axe: {
  run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ html: string }> }>; passes: unknown[] }>;
};
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const UI_TIMEOUT = 60_000;
/** Inside Middelmaat's shadow root; the dom helpers search open shadow roots. */
const BADGE = '[data-testid=middelmaat-draft-badge]';
const CARD = '[data-testid=draft-card]';
const MARK = '[data-testid=middelmaat-draft-mark]';
const APPLY = `${CARD} [data-testid=draft-apply]`;

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

/** Serious and critical axe-core (WCAG 2.1 A/AA) violations inside Middelmaat's host. */
async function seriousViolations(page: DriverPage): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate((source) => void (0, eval)(source), AXE_SOURCE);
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

/** The badges' texts, in the order they were added. */
function badgeTexts(page: DriverPage): Promise<string[]> {
  return texts(page, BADGE);
}

/** Waits until a badge shows a score (a whole number) and returns it. */
async function waitForScore(page: DriverPage, index = 0): Promise<number> {
  await expect.poll(async () => (await badgeTexts(page))[index] ?? '', { timeout: UI_TIMEOUT }).toMatch(/^\d+$/);
  const score = Number((await badgeTexts(page))[index]);
  expect(score).toBeGreaterThanOrEqual(0);
  expect(score).toBeLessThanOrEqual(100);
  return score;
}

/** A form field's value. */
function valueOf(page: DriverPage, selector: string): Promise<string> {
  return page.evaluate((target) => document.querySelector<HTMLInputElement | HTMLTextAreaElement>(target)!.value, selector);
}

/** An element's rendered text. */
function innerTextOf(page: DriverPage, selector: string): Promise<string> {
  return page.evaluate((target) => document.querySelector<HTMLElement>(target)!.innerText, selector);
}

/** Id of the page's focused element. */
function focusedId(page: DriverPage): Promise<string | undefined> {
  return page.evaluate(() => document.activeElement?.id);
}

/** The `data-testid` of what has the focus inside Middelmaat's shadow root. */
function focusedInOverlay(page: DriverPage): Promise<string | null | undefined> {
  return page.evaluate(() => document.querySelector('middelmaat-overlay')?.shadowRoot?.activeElement?.getAttribute('data-testid'));
}

/** The words under each drafts highlight range, with the range's boxes and the boxes of the same words found independently. */
function draftHighlights(page: DriverPage, host: string): Promise<Array<{ text: string; rects: DOMRect[]; expected: DOMRect[] }>> {
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
      for (const range of highlight as unknown as Iterable<Range>) {
        const text = range.toString();
        found.push({ text, rects: [...range.getClientRects()].map((rect) => rect.toJSON() as DOMRect), expected: boxesOf(text) });
      }
    });
    return found;
  }, host);
}

/** Total number of ranges in the drafts highlights. */
function draftHighlightCount(page: DriverPage): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('middelmaat-draft-')) total += highlight.size;
    });
    return total;
  });
}

/** Opens the popup for the page's tab and sets the drafts switch. */
async function setDrafts(session: DriverSession, page: DriverPage, on: boolean): Promise<void> {
  const popup = await session.openPopup(await session.tabIdOf(page));
  const toggle = '[data-testid=toggle-drafts]';
  await waitFor(popup, toggle, UI_TIMEOUT);
  await expect.poll(() => attr(popup, toggle, 'aria-checked'), { timeout: UI_TIMEOUT }).toMatch(/true|false/);
  if ((await attr(popup, toggle, 'aria-checked')) !== String(on)) await click(popup, toggle);
  await expect.poll(() => attr(popup, toggle, 'aria-checked'), { timeout: UI_TIMEOUT }).toBe(String(on));
  // The switch answers at once; the tab has its answer when the registration reflects it.
  await expect
    .poll(() => session.inExtension(async () => (await chrome.scripting.getRegisteredContentScripts()).map((script) => script.id)), { timeout: UI_TIMEOUT })
    .toEqual(on ? [expect.stringMatching(/^drafts /)] : []);
  await popup.close();
  await page.bringToFront();
}

/** Opens the card from the badge with a click and waits for its findings. */
async function openCard(page: DriverPage, badgeIndex = 0): Promise<void> {
  await click(page, BADGE, badgeIndex);
  await waitFor(page, `${CARD} .finding`, UI_TIMEOUT);
}

/** Clicks the card's (first) replacement button whose label contains `label`. */
async function applyFromCard(page: DriverPage, label: string): Promise<void> {
  const labels = await texts(page, APPLY);
  const index = labels.findIndex((candidate) => candidate.includes(label));
  if (index < 0) throw new Error(`no replacement ${label} among ${JSON.stringify(labels)}`);
  await click(page, APPLY, index);
  await waitFor(page, CARD, UI_TIMEOUT, 'detached');
}

/** Waits until the page has been idle once: what a script would do on its own has been done. */
function idle(page: DriverPage): Promise<void> {
  return page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done())));
}

/**
 * Registers the drafts journeys for one browser: `launch` starts it with the extension, `prefix`
 * names its screenshots.
 */
export function describeDraftsJourneys(launch: LaunchDriver, prefix: string): void {
  const shot = (name: string) => join(SCREENSHOTS, `${prefix}${name}`);

  describe('drafts: checking what the user writes', () => {
    let session: DriverSession;
    let fixtures: { server: Server; origin: string; served: string[] };

    beforeAll(async () => {
      fixtures = await serveFixtures();
      session = await launch('en');
    });

    afterAll(async () => {
      await session?.close();
      fixtures?.server.close();
    });

    /** Opens a fixture page (or an editor's page) in a new tab. */
    async function openAt(path: string): Promise<DriverPage> {
      return session.openPage(`${fixtures.origin}/${path}`);
    }

    it('switched on in the popup: a textarea gets a score badge, underlines over the right words, a card, a replacement that Ctrl+Z undoes', async () => {
      const page = await openAt('drafts.html?test=1');
      const watch = await session.watchErrors?.(page);
      await setDrafts(session, page, true);

      await click(page, '#post');
      await page.type(ENGLISH_LINES.join('\n'));
      await waitForScore(page);
      expect(await valueOf(page, '#post')).toBe(ENGLISH_LINES.join('\n'));
      // Typing kept the focus and the caret in the field.
      expect(await focusedId(page)).toBe('post');
      expect(await page.evaluate(() => (document.activeElement as HTMLTextAreaElement).selectionStart)).toBe(ENGLISH_LINES.join('\n').length);

      // Each mark's box against where its words are in the field: a monospace font, lines that do not
      // wrap, so a word's place is its column times the advance and its line times the line height.
      await expect.poll(() => count(page, MARK), { timeout: UI_TIMEOUT }).toBeGreaterThan(3);
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
      await page.move(target.x, target.y);
      await waitFor(page, '[data-testid=hover-card]', UI_TIMEOUT);
      expect(await text(page, '[data-testid=hover-card]')).toContain('leverage');
      await page.screenshot(shot('drafts-textarea.png'));
      await page.move(5, 5);

      // The card: verdict, findings with their reasons, focus inside it, and back to the field on Escape.
      await openCard(page);
      expect(await focusedInOverlay(page)).toBe('draft-card');
      expect(await text(page, `${CARD} [data-testid=card-verdict]`)).toMatch(/^(Reads as your own|Partly predictable|Reads as predictable)$/);
      expect(await count(page, `${CARD} .finding .message`)).toBeGreaterThan(3);
      // The badge, the marks' mirror and the card pass axe-core.
      expect(await seriousViolations(page)).toEqual([]);
      await screenshotElement(page, CARD, shot('drafts-card.png'));
      await page.screenshot(shot('drafts-textarea-card.png'));
      await page.press('Escape');
      await waitFor(page, CARD, UI_TIMEOUT, 'detached');
      expect(await focusedId(page)).toBe('post');

      // From the keyboard: the badge is focusable, Enter opens the card, Escape gives the focus back to the badge.
      await page.evaluate(() => document.querySelector('middelmaat-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=middelmaat-draft-badge]')!.focus());
      await page.press('Enter');
      await waitFor(page, `${CARD} .finding`, UI_TIMEOUT);
      await page.press('Escape');
      await waitFor(page, CARD, UI_TIMEOUT, 'detached');
      expect(await focusedInOverlay(page)).toBe('middelmaat-draft-badge');
      await click(page, '#post');

      // A replacement, then the browser's own undo brings the words back.
      await openCard(page);
      await applyFromCard(page, '‘use’');
      const replaced = ENGLISH_LINES.join('\n').replace('We leverage', 'We use');
      await expect.poll(() => valueOf(page, '#post'), { timeout: UI_TIMEOUT }).toBe(replaced);
      await page.press('Control+z');
      await expect.poll(() => valueOf(page, '#post'), { timeout: UI_TIMEOUT }).toBe(ENGLISH_LINES.join('\n'));
      // The marks follow: after the undo, 'leverage' is underlined again.
      await expect.poll(async () => (await texts(page, MARK)).filter((words) => words === 'leverage').length, { timeout: UI_TIMEOUT }).toBe(1);

      // Scrolling the field moves its marks with its text.
      await page.press('Control+End');
      await page.type('\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.');
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
      if (watch) {
        // The fixture server has no favicon; the browser asking for one is no error of the extension.
        expect(watch.errors.filter((error) => !/favicon|status of 404/.test(error))).toEqual([]);
        await watch.detach();
      }
      await page.close();
    });

    it('a contenteditable field is underlined with CSS highlights over the right words; a replacement is undone with Ctrl+Z', async () => {
      const page = await openAt('drafts.html?test=2');
      await setDrafts(session, page, true);
      await click(page, '#editor');
      await page.type(DUTCH_PARAGRAPHS[0]!);
      await page.press('Enter');
      await page.type(DUTCH_PARAGRAPHS[1]!);
      await waitForScore(page);
      await expect.poll(() => draftHighlightCount(page), { timeout: UI_TIMEOUT }).toBeGreaterThan(3);
      const marks = await draftHighlights(page, '#editor');
      expect(marks.map((mark) => mark.text)).toEqual(expect.arrayContaining(['benutten', 'gamechanger']));
      for (const mark of marks) {
        expect(mark.rects.length, mark.text).toBeGreaterThan(0);
        expect(mark.rects, mark.text).toEqual(mark.expected);
      }
      await page.screenshot(shot('drafts-contenteditable.png'));

      const original = await innerTextOf(page, '#editor');
      await openCard(page);
      await applyFromCard(page, '‘gebruiken’');
      await expect.poll(() => innerTextOf(page, '#editor'), { timeout: UI_TIMEOUT }).toContain('Wij gebruiken de nieuwste');
      await page.press('Control+z');
      await expect.poll(() => innerTextOf(page, '#editor'), { timeout: UI_TIMEOUT }).toBe(original);
      await page.close();
    });

    for (const editor of ['prosemirror', 'quill', 'lexical', 'draft'] as const) {
      it(`${editor}: typing gets a score and marks over the right words, kept as the editor re-renders; a replacement goes through the editor and its undo`, async () => {
        const page = await openAt(`editors/${editor}.html?test=editor`);
        await page.waitForFunction((name) => document.documentElement.dataset.editorReady === name, editor, UI_TIMEOUT);
        await setDrafts(session, page, true);
        await click(page, '#editor');
        for (const [index, line] of ENGLISH_LINES.entries()) {
          if (index > 0) await page.press('Enter');
          await page.type(line);
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
        await page.screenshot(shot(`drafts-${editor}.png`));

        // The user stops typing before choosing a replacement: an editor that groups its undo steps
        // by time closes the typing's step (the test cannot wait a second on the clock).
        await page.evaluate(() => window.editorPause?.());
        await openCard(page);
        if (editor === 'prosemirror') {
          // The replacement's button in view, for the screenshot the README shows.
          await page.evaluate(() =>
            document.querySelector('middelmaat-overlay')!.shadowRoot!.querySelector('[data-testid=draft-card] [data-testid=draft-apply]')!.scrollIntoView({ block: 'nearest' }),
          );
          await page.screenshot(shot('drafts-prosemirror-card.png'));
        }
        await applyFromCard(page, '‘use’');
        await expect.poll(modelText, { timeout: UI_TIMEOUT }).toContain('We use cutting-edge');
        // The editor settles and re-renders: the marks are placed again on its new nodes.
        await expect
          .poll(async () => (await draftHighlights(page, '#editor')).some((mark) => mark.text === 'game-changer' && mark.rects.length > 0), { timeout: UI_TIMEOUT })
          .toBe(true);
        await page.press('Control+z');
        await expect.poll(modelText, { timeout: UI_TIMEOUT }).toContain('We leverage cutting-edge');
        await expect.poll(async () => (await draftHighlights(page, '#editor')).some((mark) => mark.text === 'leverage'), { timeout: UI_TIMEOUT }).toBe(true);
        await page.close();
      });
    }

    it('password, opted-out and card-number fields are left alone; switching off removes every badge, mark and overlay and leaves the page and values as they were', async () => {
      const page = await openAt('drafts.html?test=3');
      await setDrafts(session, page, true);
      const typed = 'We leverage cutting-edge technology to unlock the full potential of a seamless future.';
      for (const selector of ['#password', '#private', '#card']) {
        await click(page, selector);
        await page.type(typed);
      }
      await click(page, '#post');
      await page.type(ENGLISH_LINES.join('\n'));
      await waitForScore(page);
      // Only the one textarea has a badge and marks; the others' values are exactly what was typed.
      expect(await badgeTexts(page)).toHaveLength(1);
      for (const selector of ['#password', '#private', '#card']) expect(await valueOf(page, selector)).toBe(typed);
      const allValues = () => page.evaluate(() => [...document.querySelectorAll('textarea, input')].map((field) => (field as HTMLInputElement).value));
      const values = await allValues();
      const dom = await pageDomWithoutHost(page);

      await setDrafts(session, page, false);
      await expect.poll(() => count(page, 'middelmaat-overlay'), { timeout: UI_TIMEOUT }).toBe(0);
      expect(await draftHighlightCount(page)).toBe(0);
      expect(await pageDomWithoutHost(page)).toBe(dom);
      expect(await allValues()).toEqual(values);
      // Typing on brings nothing back.
      await click(page, '#post');
      await page.type(' More words.');
      await idle(page);
      expect(await count(page, 'middelmaat-overlay')).toBe(0);
      await page.close();
    });

    it('"not on this field" is remembered for the site; the popup can bring the field back', async () => {
      const page = await openAt('drafts.html?test=4');
      await setDrafts(session, page, true);
      await click(page, '#post');
      await page.type(ENGLISH_LINES[0]!);
      await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(1);
      await click(page, BADGE);
      await waitFor(page, `${CARD} [data-testid=draft-ignore-field]`, UI_TIMEOUT);
      await click(page, `${CARD} [data-testid=draft-ignore-field]`);
      await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(0);
      const stored = await session.inExtension(() => chrome.storage.local.get('draftsIgnoredFields'));
      expect(JSON.stringify(stored)).toContain('#post');
      expect(JSON.stringify(stored)).not.toContain('seamless');

      // Next visit: the field stays alone, the other one is checked.
      await page.reload();
      await click(page, '#post');
      await page.type(' More.');
      await click(page, '#editor');
      await page.type(DUTCH_PARAGRAPHS[0]!);
      await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(1);

      // The popup counts the field and forgets it on request; the next focus checks it again.
      const popup = await session.openPopup(await session.tabIdOf(page));
      await waitFor(popup, '[data-testid=forget-ignored-fields]', UI_TIMEOUT);
      await click(popup, '[data-testid=forget-ignored-fields]');
      await expect
        .poll(() => session.inExtension(async () => JSON.stringify(await chrome.storage.local.get('draftsIgnoredFields'))), { timeout: UI_TIMEOUT })
        .not.toContain('#post');
      await popup.close();
      await page.bringToFront();
      await click(page, '#post');
      await expect.poll(() => badgeTexts(page), { timeout: UI_TIMEOUT }).toHaveLength(2);
      await setDrafts(session, page, false);
      await page.close();
    });

    it('without the switch, the shortcut on a focused field checks it once: badge, marks and card, gone at the next edit', async () => {
      const page = await openAt('drafts.html?test=5');
      await click(page, '#post');
      await page.type(ENGLISH_LINES.join('\n'));
      expect(await count(page, 'middelmaat-overlay')).toBe(0);
      await session.runCommand(page, 'check-selection');
      await waitFor(page, `${CARD} .finding`, UI_TIMEOUT);
      await waitForScore(page);
      expect(await count(page, MARK)).toBeGreaterThan(0);
      await page.press('Escape');
      await waitFor(page, CARD, UI_TIMEOUT, 'detached');
      expect(await focusedId(page)).toBe('post');
      await page.type(' And more.');
      await expect.poll(() => count(page, 'middelmaat-overlay'), { timeout: UI_TIMEOUT }).toBe(0);
      await page.close();
    });

    it('no request left the local test server, and the extension asked for nothing but its own files', async () => {
      await session.settleRequests();
      expect(session.requests.length).toBeGreaterThan(0);
      expect(foreignRequests(session, fixtures.origin)).toEqual([]);
      expect(extensionRequests(session)).toEqual([]);
      expect(fixtures.served.every((path) => /^\/(drafts\.html|editors\/[a-z]+\.(html|js)|favicon\.ico)$/.test(path))).toBe(true);
    });
  });
}
