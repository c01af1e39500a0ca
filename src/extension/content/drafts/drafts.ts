/**
 * Drafts: Middelmaat in the fields where copy is written. Every `<textarea>` and `contenteditable`
 * field the user focuses on a site with the switch on gets a badge at its corner with the score, and
 * underlines on the phrases that stand out: CSS highlights in editable content, a mirror overlay over
 * a textarea (see mirror.ts). The analyzer runs in the background, not in the page: the field's text
 * goes there in one message once typing pauses (`DRAFT_DEBOUNCE_MS`), and the page only maps the answer's
 * spans back onto the field.
 *
 * Nothing here changes a field's value or an editor's DOM, moves its caret or takes its focus, except
 * when the user applies a replacement from the card: that goes through the browser's own editing
 * command, so the field's (or editor's) undo brings the words back.
 */
import type { Finding, LangOption, Report } from '@/src/analyzer/types';
import { t } from '../../i18n';
import { sendToBackground } from '../../protocol';
import { ignoredFieldsOf, ignoreField, siteKey } from '../../storage';
import type { TextMap } from '../../text-map';
import { drawDraftHighlights, highlightsSupported, rangeOf, type HighlightStyle } from '../highlights';
import { verdictColour, type Overlay } from '../overlay';
import { checkableFieldOf, fieldKey, isCheckableField, type DraftField } from './fields';
import { readEditable } from './field-text';
import { draftMarks, shiftMarks, type DraftMark } from './marks';
import { TextareaMirror } from './mirror';
import { timed } from './work';

import { DRAFT_DEBOUNCE_MS } from './debounce';

export { DRAFT_DEBOUNCE_MS };
/** Space between the badge and the field's corner. */
const BADGE_INSET = 6;
/** Height of the badge (overlay-style.ts), to keep it inside a field scrolled partly out of view. */
const BADGE_SIZE = 24;

/** What a field's text is, and for editable content how it maps back to the DOM. */
interface Reading {
  /** The text, exactly as analysed. */
  text: string;
  /** For editable content: the way from offsets back to text nodes. */
  map: TextMap<Text> | null;
}

/** A mark placed in editable content. */
interface PlacedMark extends DraftMark {
  /** The live range over its words (the browser keeps it in step with small edits). */
  range: Range;
}

/** The answer a draft waits for: the report, or why there is none. */
type Outcome = { report: Report; reading: Reading } | null;

/** What a session needs from the watcher that owns it. */
interface SessionHost {
  readonly overlay: Overlay;
  lang: LangOption;
  /** Called when the marks of editable content changed, to redraw the shared highlights. */
  marksChanged(): void;
  /** Called when a session's field is to be left alone from now on. */
  ignore(session: DraftSession): void;
  /** Called when a one-off check's field was edited (its marks no longer hold). */
  end(session: DraftSession): void;
  /** Called on every edit: wakes the background early in a burst of typing (see `WARM_UP_INTERVAL_MS`). */
  typing(): void;
}

/**
 * How long a warm-up keeps the background awake enough to skip the next one. A browser stops an idle
 * extension worker after about 30 seconds, and waking it and loading the analyzer takes longer than
 * the pause the badge waits for; so the first key of a burst of typing wakes it, and the analysis at
 * the pause finds it ready. One small message per interval at most, never one per key.
 */
export const WARM_UP_INTERVAL_MS = 10_000;

/** Middelmaat's view of one field: its badge, its marks, its latest report. */
export class DraftSession {
  readonly kind: 'textarea' | 'editable';
  private readonly badge: HTMLButtonElement;
  private readonly mirror: TextareaMirror | null;
  private readonly mutations: MutationObserver | null = null;
  private readonly resize: ResizeObserver;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private disposed = false;
  private report: Report | null = null;
  private analysedText: string | null = null;
  private marks: DraftMark[] = [];
  private placed: PlacedMark[] = [];
  private readonly onInput = () => timed(() => this.edited());
  private readonly onBadgeDown = (event: MouseEvent) => event.preventDefault();
  private readonly onBadgeClick = (event: MouseEvent) => {
    // A click from the keyboard (Enter or Space on the focused badge) has no pointer position.
    void this.openCard(event.detail === 0);
  };

  constructor(
    readonly field: DraftField,
    private readonly host: SessionHost,
    /** False for a one-off check (the shortcut without the switch): the first edit ends it. */
    readonly live: boolean,
  ) {
    this.kind = field instanceof HTMLTextAreaElement ? 'textarea' : 'editable';
    const root = host.overlay.shadowRoot();
    this.mirror = field instanceof HTMLTextAreaElement ? new TextareaMirror(root, field) : null;
    this.badge = document.createElement('button');
    this.badge.type = 'button';
    this.badge.className = 'draft-badge';
    this.badge.dataset.testid = 'middelmaat-draft-badge';
    this.badge.title = t('draftBadgeTitle');
    this.badge.textContent = '—';
    this.badge.setAttribute('aria-label', t('draftBadgeAriaNoScore'));
    this.badge.dataset.state = 'pending';
    this.badge.addEventListener('mousedown', this.onBadgeDown);
    this.badge.addEventListener('click', this.onBadgeClick);
    root.append(this.badge);
    if (this.kind === 'textarea') field.addEventListener('input', this.onInput);
    else {
      // Editors change their DOM without input events too (undo, collaboration, re-rendering).
      this.mutations = new MutationObserver(() => timed(() => this.edited()));
      this.mutations.observe(field, { childList: true, characterData: true, subtree: true });
    }
    this.resize = new ResizeObserver(() => timed(() => this.layout()));
    this.resize.observe(field);
    this.layout();
    this.schedule(0);
  }

  /** The field's current text (and map). */
  read(): Reading {
    if (this.field instanceof HTMLTextAreaElement) return { text: this.field.value, map: null };
    const map = readEditable(this.field);
    return { text: map.text, map };
  }

  /** The latest report, if one has arrived. */
  get latest(): Report | null {
    return this.report;
  }

  /** Ranges of the marks placed in editable content. */
  get editableMarks(): readonly PlacedMark[] {
    return this.placed;
  }

  private edited(): void {
    if (this.disposed) return;
    if (!this.live) {
      this.host.end(this);
      return;
    }
    this.host.typing();
    if (this.mirror && this.mirror.text !== null && this.field instanceof HTMLTextAreaElement) {
      // Until the next answer, the marks move with the text: typing never leaves one on the wrong words.
      const text = this.field.value;
      if (text !== this.mirror.text) {
        this.marks = shiftMarks(this.marks, this.mirror.text, text);
        this.mirror.render(text, this.marks);
      }
    }
    this.schedule(DRAFT_DEBOUNCE_MS);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.analyse(), delay);
  }

  /** Analyses the field now (or waits for the analysis under way) and returns the outcome. */
  analyse(): Promise<Outcome> {
    clearTimeout(this.timer);
    return this.run();
  }

  private async run(): Promise<Outcome> {
    if (this.disposed) return null;
    const reading = timed(() => this.read());
    if (this.report && reading.text === this.analysedText) {
      // Same words (an editor re-rendered, or an undo brought them back): the marks are placed again.
      const report = this.report;
      timed(() => {
        this.marks = draftMarks(report);
        this.place(reading);
      });
      return { report, reading };
    }
    const generation = ++this.generation;
    this.badge.dataset.busy = 'true';
    let report: Report;
    try {
      report = await sendToBackground('analyze', { text: reading.text, lang: this.host.lang, ...this.langHint() });
    } catch {
      if (generation === this.generation) delete this.badge.dataset.busy;
      return null;
    }
    if (this.disposed || generation !== this.generation) return null;
    return timed(() => {
      delete this.badge.dataset.busy;
      const now = this.read();
      // Typed on while the answer was under way: the edit has scheduled the next analysis.
      if (now.text !== reading.text) return null;
      this.report = report;
      this.analysedText = reading.text;
      this.marks = draftMarks(report);
      this.showScore(report);
      this.place(now);
      return { report, reading: now };
    });
  }

  /** The language hint of the field: its own `lang`, or the page's. */
  private langHint(): { langHint?: string } {
    const lang = this.field.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
    return lang ? { langHint: lang } : {};
  }

  private showScore(report: Report): void {
    const score = report.score;
    this.badge.textContent = score === null ? '—' : String(score);
    this.badge.dataset.state = score === null ? (report.reason ?? 'none') : 'ok';
    this.badge.style.setProperty('--verdict', verdictColour(report.verdict));
    this.badge.setAttribute('aria-label', score === null ? t('draftBadgeAriaNoScore') : t('draftBadgeAria', score));
  }

  /** Draws the marks on the field as it reads now. */
  private place(reading: Reading): void {
    if (this.mirror) {
      this.mirror.render(reading.text, this.marks);
      return;
    }
    if (!reading.map) return;
    const placed: PlacedMark[] = [];
    for (const mark of this.marks) {
      const range = rangeOf(reading.map, mark);
      if (range) placed.push({ ...mark, range });
    }
    this.placed = placed;
    this.host.marksChanged();
  }

  /** Places the badge at the field's bottom corner (inside its visible part) and lines the mirror up. */
  layout(): void {
    if (this.disposed) return;
    const rect = this.field.getBoundingClientRect();
    const style = this.badge.style;
    if (!this.field.isConnected || rect.width === 0 || rect.height === 0) {
      style.setProperty('display', 'none');
      this.mirror?.layout();
      return;
    }
    const computed = getComputedStyle(this.field);
    const borderX = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const scrollbar = Math.max(0, this.field.offsetWidth - this.field.clientWidth - borderX);
    const rtl = computed.direction === 'rtl';
    // A tall editor scrolled partly out of view keeps its badge at the bottom of what is visible.
    const bottom = Math.max(Math.min(rect.bottom, window.innerHeight), rect.top + BADGE_SIZE + 2 * BADGE_INSET);
    const x = rtl ? rect.left + BADGE_INSET + scrollbar : rect.right - BADGE_INSET - scrollbar;
    style.setProperty('display', 'inline-flex');
    style.setProperty('left', `${x + window.scrollX}px`);
    style.setProperty('top', `${bottom - BADGE_INSET + window.scrollY}px`);
    style.setProperty('transform', rtl ? 'translate(0, -100%)' : 'translate(-100%, -100%)');
    this.mirror?.layout();
    // A textarea's value set by a script fires no input event: caught here, on the next layout.
    if (this.mirror && this.field instanceof HTMLTextAreaElement && this.mirror.text !== null && this.mirror.text !== this.field.value) {
      this.edited();
    }
  }

  /** The mark under a viewport point, with the box to anchor its reason to. */
  markAt(x: number, y: number): { findings: Finding[]; rect: DOMRect } | null {
    if (this.mirror) {
      const hit = this.mirror.markAt(x, y);
      return hit ? { findings: hit.mark.findings, rect: hit.rect } : null;
    }
    for (const mark of this.placed) {
      for (const rect of mark.range.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top - 1 && y <= rect.bottom + 1) return { findings: mark.findings, rect };
      }
    }
    return null;
  }

  /** Opens the card with the draft's verdict and every finding; `fromKeyboard` gives the focus back to the badge. */
  async openCard(fromKeyboard = false): Promise<void> {
    const outcome = this.report && this.analysedText === this.read().text ? { report: this.report } : await this.analyse();
    const report = outcome?.report ?? this.report;
    if (this.disposed || !report) return;
    const badgeRect = this.badge.getBoundingClientRect();
    const anchor = badgeRect.width > 0 ? badgeRect : this.field.getBoundingClientRect();
    const selection = this.savedSelection();
    this.host.overlay.showSelectionCard(
      report,
      { rect: anchor },
      {
        title: 'draftCardTitle',
        testid: 'draft-card',
        allPlaces: true,
        emptyText: t('draftEmpty'),
        returnFocus: fromKeyboard ? this.badge : this.field,
        onApply: (finding, replacement) => void this.apply(finding, replacement),
        onIgnoreField: () => this.host.ignore(this),
        onClose: () => {
          if (!fromKeyboard) this.restoreSelection(selection);
        },
      },
    );
  }

  /** The caret or selection in editable content, to put back when the focus returns from the card. */
  private savedSelection(): Range | null {
    if (this.kind !== 'editable') return null;
    const selection = document.getSelection();
    if (!selection || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    return this.field.contains(range.startContainer) ? range.cloneRange() : null;
  }

  private restoreSelection(range: Range | null): void {
    if (!range || !range.startContainer.isConnected || document.activeElement !== this.field) return;
    const selection = document.getSelection();
    if (!selection) return;
    const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    if (current && current.startContainer === range.startContainer && current.startOffset === range.startOffset) return;
    selection.removeAllRanges();
    selection.addRange(range);
  }

  /**
   * Replaces a finding's words through the browser's editing command, which puts the change on the
   * field's undo stack and lets an editor handle it as typing: the field's value or the editor's DOM
   * changes only here, and only because the user asked.
   */
  async apply(finding: Finding, replacement: string): Promise<boolean> {
    this.host.overlay.closeSelectionCard(false);
    const reading = this.read();
    const { start, end } = finding.span;
    if (reading.text.slice(start, end) !== finding.actual || reading.text !== this.analysedText) {
      // The words moved since the card was drawn: nothing is replaced on a guess.
      this.field.focus({ preventScroll: true });
      void this.analyse();
      return false;
    }
    this.field.focus({ preventScroll: true });
    let applied = false;
    if (this.field instanceof HTMLTextAreaElement) {
      const field = this.field;
      field.setSelectionRange(start, end);
      applied = document.execCommand('insertText', false, replacement);
      if (!applied || field.value.slice(start, start + replacement.length) !== replacement) {
        // Without the command (or where it did nothing), the field's own API with the event frameworks listen to.
        field.setRangeText(replacement, start, end, 'end');
        field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: replacement }));
        applied = true;
      }
    } else if (reading.map) {
      const range = rangeOf(reading.map, { start, end });
      const selection = document.getSelection();
      if (!range || !selection) return false;
      // Editors keep their own copy of the selection, updated on `selectionchange` (dispatched after
      // this task): the command waits for it, or Draft.js inserts at the caret it knew before.
      const noticed = selectionNoticed();
      selection.removeAllRanges();
      selection.addRange(range);
      await noticed;
      applied = document.execCommand('insertText', false, replacement);
      if (!applied) {
        // Editors that refuse the command still hear what a spelling correction sends them.
        const data = new DataTransfer();
        data.setData('text/plain', replacement);
        applied = !this.field.dispatchEvent(
          new InputEvent('beforeinput', {
            bubbles: true,
            cancelable: true,
            inputType: 'insertReplacementText',
            data: replacement,
            dataTransfer: data,
            targetRanges: [new StaticRange(range)],
          }),
        );
      }
    }
    this.schedule(DRAFT_DEBOUNCE_MS);
    return applied;
  }

  /** Removes the badge, the marks and every listener; the field itself was never changed. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.generation++;
    this.field.removeEventListener('input', this.onInput);
    this.mutations?.disconnect();
    this.resize.disconnect();
    this.badge.remove();
    this.mirror?.dispose();
    this.placed = [];
    this.marks = [];
  }

}

/** Watches a page's fields while drafts are on for its site, and runs one-off checks from the shortcut. */
export class DraftsWatcher implements SessionHost {
  lang: LangOption = 'auto';
  private watching = false;
  private active = false;
  private readonly sessions = new Map<DraftField, DraftSession>();
  private ignoredKeys = new Set<string>();
  private readonly ignoredFields = new WeakSet<Element>();
  private layoutFrame = 0;
  private pointerFrame = 0;
  private lastPointer = { x: 0, y: 0 };
  private hovering = false;
  private hovered: Finding[] | null = null;
  private pageObserver: MutationObserver | null = null;
  private lastWarmUp = Number.NEGATIVE_INFINITY;

  constructor(
    readonly overlay: Overlay,
    private readonly style: HighlightStyle,
  ) {}

  /** Whether fields are watched as the user types. */
  get isWatching(): boolean {
    return this.watching;
  }

  /** Starts watching the page's fields (the site's switch is on). */
  async start(lang: LangOption): Promise<void> {
    this.lang = lang;
    if (!this.watching) {
      this.watching = true;
      await this.loadIgnored();
      this.activate();
      document.addEventListener('focusin', this.onFocusIn, true);
    }
    const focused = checkableFieldOf(deepActiveElement());
    if (focused) this.attach(focused, true);
  }

  /** Stops watching and removes every badge, mark, overlay and listener from the page. */
  async stop(): Promise<void> {
    if (!this.watching && !this.active) return;
    this.watching = false;
    document.removeEventListener('focusin', this.onFocusIn, true);
    for (const session of [...this.sessions.values()]) this.detach(session);
    await this.deactivate();
  }

  /** The fields left out changed in storage (the popup forgot them): fields come back on their next focus. */
  async reloadIgnored(): Promise<void> {
    await this.loadIgnored();
  }

  private async loadIgnored(): Promise<void> {
    const site = siteKey(location.href);
    this.ignoredKeys = new Set(site ? await ignoredFieldsOf(site).catch(() => []) : []);
  }

  /** The session of the focused field, if it has one. */
  sessionOfFocused(): DraftSession | null {
    const field = checkableFieldOf(deepActiveElement());
    return field ? (this.sessions.get(field) ?? null) : null;
  }

  /**
   * The shortcut on a focused field: with the switch on it opens the field's card; without it the
   * field is checked once (activeTab, no permission) and its badge and marks stay until it is edited.
   */
  async checkFocusedField(lang: LangOption): Promise<boolean> {
    const field = checkableFieldOf(deepActiveElement());
    if (!field) return false;
    if (!this.watching) this.lang = lang;
    const session = this.attach(field, this.watching, true);
    if (!session) return false;
    await session.openCard(false);
    return true;
  }

  private readonly onFocusIn = (event: FocusEvent) => {
    const field = checkableFieldOf(event.composedPath()[0] as Node | null);
    if (field) this.attach(field, true);
  };

  private attach(field: DraftField, live: boolean, force = false): DraftSession | null {
    if (!isCheckableField(field)) return null;
    if (!force && (this.ignoredFields.has(field) || this.ignoredKeys.has(fieldKey(field)))) return null;
    const existing = this.sessions.get(field);
    if (existing && (existing.live || !live)) return existing;
    if (existing) this.detach(existing);
    this.activate();
    const session = new DraftSession(field, this, live);
    this.sessions.set(field, session);
    return session;
  }

  private detach(session: DraftSession): void {
    if (this.overlay.openCard?.dataset.testid === 'draft-card' && this.sessions.get(session.field) === session) {
      this.overlay.closeSelectionCard(false);
    }
    session.dispose();
    this.sessions.delete(session.field);
    if (session.kind === 'editable') this.marksChanged();
    if (this.sessions.size === 0 && !this.watching) void this.deactivate();
  }

  /** A one-off check's field was edited: its badge and marks go. */
  typing(): void {
    const now = performance.now();
    if (now - this.lastWarmUp < WARM_UP_INTERVAL_MS) return;
    this.lastWarmUp = now;
    // Fire and forget: the answer does not matter, only that the worker is up when the pause comes.
    sendToBackground('warm-up', {}).catch(() => undefined);
  }

  end(session: DraftSession): void {
    this.detach(session);
  }

  /** "Not on this field": remembered for the site, and everything of the field goes at once. */
  ignore(session: DraftSession): void {
    const key = fieldKey(session.field);
    this.ignoredKeys.add(key);
    this.ignoredFields.add(session.field);
    this.overlay.closeSelectionCard(true);
    this.detach(session);
    const site = siteKey(location.href);
    if (site) void ignoreField(site, key).catch(() => undefined);
  }

  /** Redraws the highlights of every editable field's marks. */
  marksChanged(): void {
    if (!highlightsSupported()) return;
    drawDraftHighlights([...this.sessions.values()].flatMap((session) => session.editableMarks));
  }

  private activate(): void {
    if (this.active) return;
    this.active = true;
    this.overlay.retain('drafts', true);
    void this.style.acquire('drafts');
    window.addEventListener('scroll', this.scheduleLayout, { capture: true, passive: true });
    window.addEventListener('resize', this.scheduleLayout, { passive: true });
    document.addEventListener('mousemove', this.onPointerMove, { capture: true, passive: true });
    document.fonts?.addEventListener('loadingdone', this.scheduleLayout);
    // The page moving a field (content added above it, a panel opening) moves its badge and marks.
    this.pageObserver = new MutationObserver(this.scheduleLayout);
    this.pageObserver.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class'] });
  }

  private async deactivate(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    window.removeEventListener('scroll', this.scheduleLayout, { capture: true });
    window.removeEventListener('resize', this.scheduleLayout);
    document.removeEventListener('mousemove', this.onPointerMove, { capture: true });
    document.fonts?.removeEventListener('loadingdone', this.scheduleLayout);
    this.pageObserver?.disconnect();
    this.pageObserver = null;
    cancelAnimationFrame(this.layoutFrame);
    cancelAnimationFrame(this.pointerFrame);
    this.layoutFrame = 0;
    this.pointerFrame = 0;
    if (this.overlay.openCard?.dataset.testid === 'draft-card') this.overlay.closeSelectionCard(false);
    if (this.hovering) this.overlay.hideHoverCard();
    this.hovering = false;
    this.hovered = null;
    if (highlightsSupported()) drawDraftHighlights([]);
    this.overlay.retain('drafts', false);
    await this.style.release('drafts');
  }

  private readonly scheduleLayout = () => {
    if (this.layoutFrame) return;
    this.layoutFrame = requestAnimationFrame(() =>
      timed(() => {
        this.layoutFrame = 0;
        for (const session of [...this.sessions.values()]) {
          if (!session.field.isConnected) this.detach(session);
          else session.layout();
        }
        if (this.hovering) this.updateHover();
      }),
    );
  };

  private readonly onPointerMove = (event: MouseEvent) => {
    this.lastPointer = { x: event.clientX, y: event.clientY };
    if (this.pointerFrame) return;
    this.pointerFrame = requestAnimationFrame(() =>
      timed(() => {
        this.pointerFrame = 0;
        this.updateHover();
      }),
    );
  };

  /** Shows the reason of the mark under the pointer (found by geometry: nothing of Middelmaat's takes the pointer there). */
  private updateHover(): void {
    const { x, y } = this.lastPointer;
    let hit: { findings: Finding[]; rect: DOMRect } | null = null;
    for (const session of this.sessions.values()) {
      hit = session.markAt(x, y);
      if (hit) break;
    }
    if (!hit) {
      if (this.hovering) this.overlay.hideHoverCard();
      this.hovering = false;
      this.hovered = null;
      return;
    }
    if (this.hovering && this.hovered === hit.findings) return;
    this.hovering = true;
    this.hovered = hit.findings;
    this.overlay.showHoverCard(hit.findings, { rect: hit.rect });
  }
}

/** Longest wait for the page to hear of a selection Middelmaat set, before replacing it anyway. */
const SELECTION_NOTICE_MS = 200;

/** Resolves once the next `selectionchange` has been dispatched and the task that handled it is over. */
function selectionNoticed(): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = () => {
      document.removeEventListener('selectionchange', done);
      clearTimeout(timer);
      setTimeout(resolve, 0);
    };
    document.addEventListener('selectionchange', done);
    timer = setTimeout(done, SELECTION_NOTICE_MS);
  });
}

/** The focused element, looking into open shadow roots (an editor inside a web component). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
