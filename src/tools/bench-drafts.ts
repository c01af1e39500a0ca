// Drafts figures of `npm run bench`: typing into a 2,000-word field (a textarea and a contenteditable
// field) on a site with the drafts switch on, in real Chromium with the e2e build. Two figures per
// field, with the service worker awake and asleep:
// - Middelmaat's own longest stretch of work on the page's main thread while typing and until the
//   badge has updated (its handlers time themselves: content/drafts/work.ts, read over CDP);
// - the longest main-thread task of all, measured in the page by a task loop (the gap between two
//   of its turns is the longest task that ran in between), beside the same typing with the switch
//   off: on a 2,000-word field the browser's own typing work dominates it;
// - the time from the last keystroke to the badge's update (its busy flag cleared with a new score).
// Only figures: nothing here fails a build.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { openPopup, tabIdOf, watchPage, type Session } from '../../tests/e2e/harness';
import { DRAFT_DEBOUNCE_MS } from '../extension/content/drafts/debounce';
import type { Row } from './bench';

/** Sentences of ordinary Dutch copy with a few tells, repeated into a long draft. */
const SENTENCES = [
  'Onze bakkerij opent om zeven uur en bakt elke ochtend brood van meel uit de Betuwe.',
  'Wij bieden een naadloze oplossing op maat voor elk bedrijf dat zijn klanten wil verrassen.',
  'De oven staat achter in de winkel, zodat je kunt zien hoe het deeg rijst.',
  'In de snel veranderende wereld van vandaag is kwaliteit belangrijker dan ooit.',
  'Op zaterdag verkopen we ook taarten, maar bestel die liever een dag van tevoren.',
  'Kortom: bij ons staat de klant altijd centraal en dat merk je elke dag.',
  'De kassa neemt pin en contant geld aan; een bon krijg je op verzoek per mail.',
  'Ontdek vandaag nog hoe wij uw ochtend naar een hoger niveau tillen.',
];

/** About `words` words in paragraphs of four sentences. */
function draftOfWords(words: number): string {
  const paragraphs: string[] = [];
  let count = 0;
  let index = 0;
  while (count < words) {
    const paragraph: string[] = [];
    for (let sentence = 0; sentence < 4; sentence++) {
      const text = SENTENCES[index++ % SENTENCES.length]!;
      paragraph.push(text);
      count += text.split(/\s+/).length;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n\n');
}

/** The page: a tall textarea and a contenteditable field, each holding the same long draft. */
function page(words: number): string {
  const draft = draftOfWords(words);
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const paragraphs = draft.split('\n\n').map((text) => `<p>${escape(text)}</p>`).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Concept</title>
<style>textarea, div[contenteditable] { display: block; width: 900px; height: 300px; overflow: auto; font: 15px/1.5 sans-serif; margin: 12px 0; padding: 8px; border: 1px solid #999; }</style>
</head><body><textarea id="textarea" spellcheck="false">${escape(draft)}</textarea><div id="editable" contenteditable="true" spellcheck="false">${paragraphs}</div></body></html>`;
}

/** Runs in the page: a task loop that records the longest gap between its turns, and the last keystroke's time. */
const PROBE = `(() => {
  window.__probe = { longest: 0, lastKey: 0, running: false };
  document.addEventListener('keydown', () => { window.__probe.lastKey = performance.now(); }, true);
  const channel = new MessageChannel();
  let last = 0;
  channel.port1.onmessage = () => {
    const now = performance.now();
    if (last) window.__probe.longest = Math.max(window.__probe.longest, now - last);
    last = now;
    if (window.__probe.running) channel.port2.postMessage(0); else last = 0;
  };
  window.__probeStart = () => { window.__probe.longest = 0; window.__probe.running = true; last = 0; channel.port2.postMessage(0); };
  window.__probeStop = () => { window.__probe.running = false; return window.__probe.longest; };
})();`;

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/** Counts the badge's updates (its busy flag cleared) with their time, in the page. */
async function watchBadge(page: Page): Promise<void> {
  await page.evaluate(() => {
    const badge = document.querySelector('middelmaat-overlay')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=middelmaat-draft-badge]')!;
    const updates: number[] = [];
    (window as unknown as { __badgeUpdates: number[] }).__badgeUpdates = updates;
    new MutationObserver(() => {
      if (badge.dataset.busy !== 'true') updates.push(performance.now());
    }).observe(badge, { attributes: true, attributeFilter: ['data-busy'] });
  });
}

/** Stops the extension's service worker, as Chrome does after 30 s idle. */
async function stopServiceWorker(session: Session, page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await sleep(300);
}

/** One typing run in one field: the longest task and the time to the badge's update. */
async function typingRun(
  session: Session,
  page: Page,
  field: string,
  options: { drafts: boolean; asleep: boolean },
): Promise<{ longest: number; latency: number | null; own: number | null }> {
  await page.click(field);
  await page.keyboard.press('Control+End');
  if (options.drafts) {
    await page.waitForFunction(() => /^\d+$/.test(document.querySelector('middelmaat-overlay')?.shadowRoot?.querySelector('[data-testid=middelmaat-draft-badge]')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await watchBadge(page);
  }
  if (options.asleep) await stopServiceWorker(session, page);
  await page.bringToFront();
  await sleep(300);
  const watch = options.drafts ? await watchPage(session, page) : null;
  const work = (reset: boolean) =>
    watch?.evaluateInExtensionWorld(
      `(() => { const work = globalThis[Symbol.for('middelmaat.drafts-work')] ?? { longestMs: 0 }; const longest = work.longestMs; if (${reset}) work.longestMs = 0; return longest; })()`,
    ) as Promise<number> | undefined;
  await work(true);
  await page.evaluate(() => (window as unknown as { __probeStart(): void }).__probeStart());
  await page.keyboard.type(' De klant merkt het verschil elke dag opnieuw, ook op zondag.', { delay: 40 });
  let latency: number | null = null;
  if (options.drafts) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && latency === null) {
      latency = await page.evaluate(() => {
        const { lastKey } = (window as unknown as { __probe: { lastKey: number } }).__probe;
        const after = (window as unknown as { __badgeUpdates: number[] }).__badgeUpdates.filter((at) => at > lastKey);
        return after.length > 0 ? after[0]! - lastKey : null;
      });
      if (latency === null) await sleep(50);
    }
  } else {
    await sleep(1000);
  }
  await sleep(200);
  const longest = await page.evaluate(() => (window as unknown as { __probeStop(): number }).__probeStop());
  const own = (await work(false)) ?? null;
  await watch?.detach();
  return { longest, latency, own };
}

/** Opens the popup for a page and sets the drafts switch. */
async function setDrafts(session: Session, target: Page, on: boolean): Promise<void> {
  const popup = await openPopup(session, await tabIdOf(session, target));
  const toggle = popup.getByTestId('toggle-drafts');
  await toggle.waitFor({ timeout: 60_000 });
  await sleep(500);
  if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
  await popup.waitForFunction((state) => document.querySelector('[data-testid=toggle-drafts]')?.getAttribute('aria-checked') === state, String(on), { timeout: 60_000 });
  await sleep(500);
  await popup.close();
}

/** Measures typing in 2,000-word fields; one row per figure. */
export async function draftsFigures(session: Session, progress: (text: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const words = 2_000;
  const body = page(words);
  const server: Server = createServer((request, response) => {
    if ((request.url ?? '').split('?')[0] === '/draft.html') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const runs = 3;
  try {
    await session.context.addInitScript(PROBE);
    let visit = 0;
    const open = async () => {
      const opened = await session.context.newPage();
      await opened.goto(`${origin}/draft.html?visit=${++visit}`, { waitUntil: 'load' });
      await sleep(800);
      return opened;
    };
    for (const [field, label] of [['#textarea', 'textarea'], ['#editable', 'contenteditable']] as const) {
      const baseline: number[] = [];
      for (let run = 0; run < runs; run++) {
        progress(`Chromium drafts: typing in a ${words}-word ${label}, switch off, run ${run + 1}/${runs}`);
        const target = await open();
        baseline.push((await typingRun(session, target, field, { drafts: false, asleep: false })).longest);
        await target.close();
      }
      const first = await open();
      await setDrafts(session, first, true);
      await first.close();
      for (const asleep of [false, true]) {
        const longest: number[] = [];
        const latencies: number[] = [];
        const own: number[] = [];
        for (let run = 0; run < runs; run++) {
          progress(`Chromium drafts: typing in a ${words}-word ${label}, worker ${asleep ? 'asleep' : 'awake'}, run ${run + 1}/${runs}`);
          const target = await open();
          const result = await typingRun(session, target, field, { drafts: true, asleep });
          longest.push(result.longest);
          if (result.own !== null) own.push(result.own);
          if (result.latency !== null) latencies.push(result.latency);
          await target.close();
        }
        const which = asleep ? 'worker asleep' : 'worker awake';
        const ownWork = own.length > 0 ? median(own) : null;
        rows.push({
          figure: `Chromium drafts, ${words}-word ${label}, ${which}: Middelmaat's longest work on the page while typing`,
          value: ownWork === null ? 'not measured' : `${ownWork.toFixed(1)} ms`,
          budget: '≤ 16 ms',
          reference: `worst of ${own.length} runs ${own.length > 0 ? `${Math.max(...own).toFixed(1)} ms` : '–'}; its handlers' own time (read, map, place, layout), median of ${runs}`,
          ok: ownWork === null ? null : ownWork <= 16,
        });
        rows.push({
          figure: `Chromium drafts, ${words}-word ${label}, ${which}: longest main-thread task while typing, all of it`,
          value: ms(median(longest)),
          budget: '',
          reference: `switch off: ${ms(median(baseline))} (the browser's own typing work in a 2,000-word field); medians of ${runs}, longest gap of a task loop`,
          ok: null,
        });
        const latency = latencies.length === runs ? median(latencies) : null;
        rows.push({
          figure: `Chromium drafts, ${words}-word ${label}, ${which}: last keystroke → badge updated`,
          value: latency === null ? 'not measured' : ms(latency),
          budget: '≤ 300 ms',
          reference: `includes the ${DRAFT_DEBOUNCE_MS} ms wait for typing to pause; median of ${runs}`,
          ok: latency === null ? null : latency <= 300,
        });
      }
      const last = await open();
      await setDrafts(session, last, false);
      await last.close();
    }
  } finally {
    server.close();
  }
  return rows;
}
