/**
 * The content script: reads the page's copy, draws highlights and shows the cards. It never runs the
 * analyzer (the background does), so what is injected into pages stays small and pages never stall.
 * Injected on demand (popup, context menu, shortcut) or registered for sites with inline warnings on.
 */
import type { Finding, LangOption, Report } from '@/src/analyzer/types';
import { extractTextBlocks, languageHintOf } from '../extract';
import { answerWith, isContentMessage, sendToBackground, type ContentMessage, type PageSnapshot } from '../protocol';
import { getSiteSettings, siteKey } from '../storage';
import type { TextMap } from '../text-map';
import { HOST_TAG, Overlay } from './overlay';
import {
  clearHighlights,
  drawHighlights,
  flashRange,
  HighlightStyle,
  placeFindings,
  rangeOf,
  type PlacedFinding,
} from './highlights';
import { DraftsWatcher } from './drafts/drafts';

/** Marks the isolated world once the script runs: a second injection does nothing. */
const LOADED = Symbol.for('middelmaat.content-script');

/** What a running instance leaves in the isolated world for a later injection to find. */
interface RunningInstance {
  /** Whether its extension context still works (it dies when the extension is updated or reloaded). */
  alive(): boolean;
  /** Removes everything it drew, so a new instance can take over. */
  dispose(): void;
}

/** Quiet time after the last page change before warnings are redrawn. */
const OBSERVE_DEBOUNCE_MS = 500;
/** Longest wait for a redraw while the page keeps changing (single-page apps that never settle). */
const OBSERVE_MAX_WAIT_MS = 2000;
/** Share of the page's time that redraws of a page that keeps changing may take. */
const REDRAW_BUDGET = 0.1;
/** Shortest time between two redraws, however cheap reading the page is. */
const MIN_REDRAW_GAP_MS = 50;
/** Reports kept per text, so a page that re-renders the same copy is redrawn without a new analysis. */
const REPORT_CACHE_SIZE = 8;
/** How long a finding the popup scrolled to stays flashed. */
const FLASH_MS = 1800;

const overlay = new Overlay();
const style = new HighlightStyle();
const excludeOverlay = (element: Element) => element.localName === HOST_TAG;

/** The last text maps the popup's findings refer to, for scrolling to them. */
const lastMaps: { page: TextMap<Text> | null; selection: TextMap<Text> | null } = { page: null, selection: null };

/** The selected text of a focused text field (the DOM selection does not cover field values). */
function fieldSelection(): string | null {
  const active = document.activeElement;
  if (active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.type === 'text')) {
    const { selectionStart, selectionEnd, value } = active;
    if (selectionStart !== null && selectionEnd !== null && selectionEnd > selectionStart) {
      return value.slice(selectionStart, selectionEnd);
    }
  }
  return null;
}

/** The current selection as a text map (with its DOM mapping), or plain text for fields; null when none. */
async function readSelection(): Promise<{ text: string; map: TextMap<Text> | null; rect: DOMRect; langHint: string | undefined } | null> {
  const field = fieldSelection();
  if (field !== null) return { text: field, map: null, rect: document.activeElement!.getBoundingClientRect(), langHint: languageHintOf(document.activeElement) };
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const map = await extractTextBlocks(document, { range, exclude: excludeOverlay });
  const text = map.text || selection.toString().trim();
  if (text === '') return null;
  return { text, map: map.text ? map : null, rect: range.getBoundingClientRect(), langHint: map.langHint };
}

/** Reads the page for the popup. */
async function collect(partLength?: number): Promise<PageSnapshot> {
  const begin = performance.now();
  const page = await extractTextBlocks(document, { exclude: excludeOverlay });
  lastMaps.page = page;
  const selection = await readSelection();
  lastMaps.selection = selection?.map ?? null;
  const parted = partLength !== undefined && page.text.length > partLength;
  return {
    site: siteKey(location.href) ?? '',
    contentType: document.contentType,
    text: parted ? textPart(page.text, 0, partLength) : page.text,
    ...(parted && { textLength: page.text.length }),
    blocks: page.blocks.length,
    ...(page.langHint !== undefined && { langHint: page.langHint }),
    selection: selection?.text ?? null,
    collectMs: performance.now() - begin,
  };
}

/** Moves a part boundary off the middle of a surrogate pair (both neighbouring parts move it alike). */
function partBoundary(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return index > 0 && index < text.length && code >= 0xd800 && code <= 0xdbff ? index - 1 : Math.min(index, text.length);
}

/** The part `[start, end)` of a collected text, its boundaries off surrogate pairs. */
function textPart(text: string, start: number, end: number): string {
  return text.slice(partBoundary(text, start), partBoundary(text, end));
}

/** The context menu or the shortcut: analyse the selection and show the card next to it. */
async function checkSelection(fallbackText?: string): Promise<boolean> {
  const selection = await readSelection();
  if (!selection && !fallbackText) {
    // No selection, but the caret in a text field: the shortcut checks what is written there.
    const site = siteKey(location.href);
    const lang: LangOption = site ? (await getSiteSettings(site).catch(() => null))?.lang ?? 'auto' : 'auto';
    if (await drafts.checkFocusedField(lang)) return true;
  }
  const text = selection?.text ?? fallbackText?.trim() ?? '';
  const rect = selection?.rect ?? new DOMRect(window.innerWidth / 2 - 170, 80, 0, 0);
  if (text === '') {
    overlay.showSelectionCard(null, { rect });
    return true;
  }
  const site = siteKey(location.href);
  const lang: LangOption = site ? (await getSiteSettings(site)).lang : 'auto';
  // The page's declared language helps with a selection too short or list-like to tell by itself.
  const langHint = selection ? selection.langHint : languageHintOf(document.body);
  const report = await sendToBackground('analyze', { text, lang, ...(langHint !== undefined && { langHint }) });
  overlay.showSelectionCard(report, { rect });
  return true;
}

/**
 * Scrolls a range into view and flashes it. With a card to show next to it the jump is instant, so
 * the card is placed where the range ends up.
 */
async function showRange(range: Range, { instant }: { instant: boolean }): Promise<void> {
  const target = range.startContainer.parentElement;
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: instant || reduceMotion ? 'auto' : 'smooth' });
  await style.acquire('flash');
  void flashRange(range, FLASH_MS).then(() => style.release('flash'));
}

/**
 * Scrolls to a finding of the last collected text and flashes it; with the findings at that place
 * (the popup's "show on the page"), their reasons open next to it and are read out.
 */
async function reveal(source: 'page' | 'selection', start: number, end: number, findings: Finding[] = []): Promise<boolean> {
  const map = lastMaps[source] ?? (source === 'page' ? await extractTextBlocks(document, { exclude: excludeOverlay }) : null);
  if (!map) return false;
  const range = rangeOf(map, { start, end });
  if (!range) return false;
  await showRange(range, { instant: findings.length > 0 });
  if (findings.length > 0) overlay.showMarkCard(findings, { rect: range.getBoundingClientRect() });
  return true;
}

/** Inline warnings: highlights for the whole page, a hover card, and a watch on later content. */
class InlineWarnings {
  private active = false;
  private lang: LangOption = 'auto';
  private placed: PlacedFinding[] = [];
  private generation = 0;
  private observer: MutationObserver | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private firstChangeAt = 0;
  private lastReadMs = Infinity;
  private lastRefreshAt = 0;
  private analysing = false;
  private readonly reports = new Map<string, Report>();
  private latest: Report | null = null;
  private pointerFrame = 0;
  private lastPointer = { x: 0, y: 0 };
  private hovered: PlacedFinding[] = [];
  /** The mark the keyboard stepped to last (an index into `placed`), -1 before the first step. */
  private stepped = -1;
  private all = false;
  private lastDrawn: { map: TextMap<Text>; report: Pick<Report, 'signals' | 'findings'> } | null = null;

  /** Whether warnings are on. */
  get isActive(): boolean {
    return this.active;
  }

  /** Turns warnings on (or re-reads the page in a new language when already on). */
  async start(lang: LangOption): Promise<void> {
    if (lang !== this.lang) this.forgetReports();
    this.lang = lang;
    if (!this.active) {
      this.active = true;
      overlay.setKeepAlive(true);
      await style.acquire('inline');
      this.observer = new MutationObserver((records) => this.onMutations(records));
      this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
      document.addEventListener('mousemove', this.onPointerMove, { capture: true, passive: true });
      window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      void sendToBackground('inline-active', { on: true }).catch(() => undefined);
    }
    await this.refresh();
  }

  /** Turns warnings off and removes every trace: highlights, styles, cards, the host, observers. */
  async stop(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.generation++;
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.debounceTimer);
    cancelAnimationFrame(this.pointerFrame);
    document.removeEventListener('mousemove', this.onPointerMove, { capture: true });
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    this.placed = [];
    this.hovered = [];
    this.stepped = -1;
    this.lastDrawn = null;
    overlay.setMarksNavigator(0, () => undefined);
    this.forgetReports();
    clearHighlights();
    overlay.hideHoverCard();
    overlay.setKeepAlive(false);
    await style.release('inline');
    void sendToBackground('inline-active', { on: false }).catch(() => undefined);
  }

  private forgetReports(): void {
    this.reports.clear();
    this.latest = null;
  }

  /**
   * Re-reads the page and redraws. Text analysed before is redrawn from its cached report at once;
   * new text is sent for analysis (one request at a time), and meanwhile the last report's findings
   * that still read the same at the same place are kept. A page that replaces its nodes while the
   * analysis runs is read again when it answers, so warnings keep up with pages that never settle.
   */
  async refresh(): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.lastRefreshAt = started;
    const map = await extractTextBlocks(document, { exclude: excludeOverlay });
    this.lastReadMs = performance.now() - started;
    if (!this.active || generation !== this.generation) return;
    const cached = this.reports.get(map.text);
    if (cached) {
      this.draw(map, cached);
      return;
    }
    if (this.latest) {
      const latest = this.latest;
      this.draw(map, { signals: latest.signals, findings: latest.findings.filter((finding) => map.text.slice(finding.span.start, finding.span.end) === finding.actual) });
    }
    if (this.analysing) return;
    this.analysing = true;
    let report: Report;
    try {
      report = await sendToBackground('analyze', { text: map.text, lang: this.lang, ...(map.langHint !== undefined && { langHint: map.langHint }) });
    } catch {
      return;
    } finally {
      this.analysing = false;
    }
    if (!this.active) return;
    this.remember(map.text, report);
    // A newer read gave way to this analysis: read again, now that there is a report to draw from.
    // (Nodes replaced meanwhile are caught by the observer, whose redraw then finds the report cached.)
    if (generation !== this.generation) void this.refresh();
    else this.draw(map, report);
  }

  /** Places findings on a reading of the page and draws them (the strongest, or all when asked). */
  private draw(map: TextMap<Text>, report: Pick<Report, 'signals' | 'findings'>): void {
    this.lastDrawn = { map, report };
    this.placed = placeFindings(map, report, { all: this.all });
    drawHighlights(this.placed);
    if (this.stepped >= this.placed.length) this.stepped = -1;
    overlay.setMarksNavigator(this.placed.length, (delta) => void this.step(delta));
  }

  /** Steps to the next (1) or previous (-1) mark in reading order, and shows and reads out its reasons. */
  private async step(delta: 1 | -1): Promise<void> {
    const count = this.placed.length;
    if (!this.active || count === 0) return;
    const order = [...this.placed].sort((a, b) => {
      try {
        return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
      } catch {
        // Ranges in different shadow trees cannot be compared: keep the report's order.
        return 0;
      }
    });
    const current = this.stepped >= 0 ? order.indexOf(this.placed[this.stepped]!) : -1;
    const index = current < 0 ? (delta > 0 ? 0 : count - 1) : (current + delta + count) % count;
    const mark = order[index]!;
    this.stepped = this.placed.indexOf(mark);
    this.hovered = [];
    await showRange(mark.range, { instant: true });
    overlay.showMarkCard(mark.findings, { rect: mark.range.getBoundingClientRect() }, { index, count });
  }

  /** Marks every finding, or only the strongest (the default), and redraws what is shown. */
  setAll(all: boolean): boolean {
    this.all = all;
    if (this.active && this.lastDrawn) this.draw(this.lastDrawn.map, this.lastDrawn.report);
    return this.all;
  }

  private remember(text: string, report: Report): void {
    this.reports.delete(text);
    this.reports.set(text, report);
    while (this.reports.size > REPORT_CACHE_SIZE) this.reports.delete(this.reports.keys().next().value!);
    this.latest = report;
  }

  private onMutations(records: MutationRecord[]): void {
    const relevant = records.some((record) => {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      if (target?.closest(HOST_TAG)) return false;
      if (record.type === 'childList') {
        const nodes = [...record.addedNodes, ...record.removedNodes];
        return nodes.some((node) => !(node instanceof Element && node.localName === HOST_TAG));
      }
      return true;
    });
    if (!relevant) return;
    const now = performance.now();
    if (this.firstChangeAt === 0) this.firstChangeAt = now;
    clearTimeout(this.debounceTimer);
    // A page that is cheap to read is redrawn soon after each change, as often as a tenth of the
    // page's time allows (a 5 ms read: every 50 ms), so warnings keep up with apps that re-render
    // all the time. A long page waits until it is quiet, and at most two seconds while it changes.
    const gap = Math.max(MIN_REDRAW_GAP_MS, this.lastReadMs / REDRAW_BUDGET);
    const wait =
      gap < OBSERVE_MAX_WAIT_MS
        ? Math.max(0, this.lastRefreshAt + gap - now)
        : Math.max(0, Math.min(OBSERVE_DEBOUNCE_MS, this.firstChangeAt + OBSERVE_MAX_WAIT_MS - now));
    this.debounceTimer = setTimeout(() => {
      this.firstChangeAt = 0;
      void this.refresh();
    }, wait);
  }

  private readonly onScroll = () => {
    if (this.hovered.length > 0) {
      this.hovered = [];
      overlay.hideHoverCard();
    }
  };

  private readonly onPointerMove = (event: MouseEvent) => {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() => {
      this.pointerFrame = 0;
      this.updateHover();
    });
  };

  /** The findings under the pointer, if any: the caret position narrows it, the ranges' boxes confirm it. */
  private findingsAt(x: number, y: number): PlacedFinding[] {
    if (this.placed.length === 0) return [];
    const caret = document.caretPositionFromPoint?.(x, y);
    if (!caret) return [];
    const hits: PlacedFinding[] = [];
    for (const placed of this.placed) {
      let inRange = false;
      try {
        inRange = placed.range.isPointInRange(caret.offsetNode, caret.offset);
      } catch {
        inRange = false;
      }
      if (!inRange) continue;
      const inside = [...placed.range.getClientRects()].some(
        (rect) => x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1,
      );
      if (inside) hits.push(placed);
    }
    return hits;
  }

  private updateHover(): void {
    if (!this.active) return;
    const { x, y } = this.lastPointer;
    const hits = this.findingsAt(x, y);
    const same = hits.length === this.hovered.length && hits.every((hit, index) => hit === this.hovered[index]);
    if (same) return;
    this.hovered = hits;
    if (hits.length === 0) {
      overlay.hideHoverCard();
      return;
    }
    const rects = [...hits[0]!.range.getClientRects()];
    const rect = rects.find((box) => y >= box.top - 1 && y <= box.bottom + 1) ?? hits[0]!.range.getBoundingClientRect();
    overlay.showHoverCard(
      hits.flatMap((hit) => hit.findings),
      { rect },
    );
  }
}

const inline = new InlineWarnings();
const drafts = new DraftsWatcher(overlay, style);

/** Answers a request to the content script. */
async function handle(message: ContentMessage): Promise<unknown> {
  switch (message.type) {
    case 'collect':
      return collect(message.payload.partLength);
    case 'collect-part':
      if (!lastMaps.page) throw new Error('middelmaat: nothing collected yet');
      return { text: textPart(lastMaps.page.text, message.payload.start, message.payload.end) };
    case 'check-selection':
      return { shown: await checkSelection(message.payload.fallbackText) };
    case 'reveal':
      return { revealed: await reveal(message.payload.source, message.payload.start, message.payload.end, message.payload.findings) };
    case 'set-marks':
      return { all: inline.setAll(message.payload.all) };
    case 'set-inline':
      if (message.payload.enabled) await inline.start(message.payload.lang);
      else await inline.stop();
      return { active: inline.isActive };
    case 'set-drafts':
      if (message.payload.enabled) await drafts.start(message.payload.lang);
      else await drafts.stop();
      return { active: drafts.isWatching };
    case 'ignored-fields-changed':
      await drafts.reloadIgnored();
      return { ok: true };
  }
}

/** Starts the content script once per page (a second injection returns at once). */
export function startContentScript(): void {
  const world = globalThis as unknown as Record<symbol, RunningInstance | undefined>;
  const previous = world[LOADED];
  if (previous?.alive()) return;
  // An instance from before an extension update can no longer message the background: clear it.
  previous?.dispose();
  world[LOADED] = {
    alive: () => {
      try {
        return Boolean(browser.runtime?.id);
      } catch {
        return false;
      }
    },
    dispose: () => {
      void inline.stop().catch(() => undefined);
      void drafts.stop().catch(() => undefined);
      overlay.destroy();
    },
  };
  browser.runtime.onMessage.addListener(answerWith((message) => (isContentMessage(message) ? handle(message) : undefined)));
  const site = siteKey(location.href);
  if (site && window === window.top) {
    void getSiteSettings(site)
      .then((settings) => (settings.inline ? inline.start(settings.lang) : undefined))
      .catch(() => undefined);
  }
  if (site) {
    // Fields in frames are drafts too (a mail tool's editor often lives in one).
    void getSiteSettings(site)
      .then((settings) => (settings.drafts ? drafts.start(settings.lang) : undefined))
      .catch(() => undefined);
  }
}
