/**
 * The extension's only element in a page: one host with a shadow root that holds the selection card
 * and the hover card. Page CSS cannot reach inside it, its CSS cannot reach the page, and it is
 * removed as soon as nothing needs it. Everything is built with `textContent`, never HTML strings:
 * page text is always shown as text.
 */
import type { Report } from '@/src/analyzer/types';
import { CATEGORY_COLOURS, categoryNameKey } from '../categories';
import { t, uiLanguage, type MessageKey } from '../i18n';
import { evidenceNote, summarise, verdictKey } from '../summary';
import { cardPlaces, directionOf, distinctMessages } from '../explain';
import { OVERLAY_CSS } from './overlay-style';
import type { Finding } from '@/src/analyzer/types';

/** Tag name of the host element. */
export const HOST_TAG = 'middelmaat-overlay';

/** The host's own box: out of the page's flow, on top of everything, no size. */
const HOST_STYLE =
  'all:initial !important;position:absolute !important;top:0 !important;left:0 !important;width:0 !important;' +
  'height:0 !important;overflow:visible !important;z-index:2147483647 !important;display:block !important;';

/** The text-spacing properties a reader's own stylesheet may need to change (axe's avoid-inline-spacing). */
const TEXT_SPACING = ['line-height', 'letter-spacing', 'word-spacing'] as const;

/** Creates an element with a class and text or children. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string | null | undefined)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  for (const child of children) {
    if (child === null || child === undefined) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Where a card goes: a page-coordinate rectangle to sit next to. */
export interface Anchor {
  /** The viewport rectangle of what the card belongs to. */
  rect: DOMRect;
}

/** What a card for a text field adds to the selection card. */
export interface CardOptions {
  /** `_locales` key of the card's title (the selection card's by default). */
  title?: MessageKey;
  /** `data-testid` of the card. */
  testid?: string;
  /** Shows every place, not the strongest four (a draft's card is where keyboard users read every reason). */
  allPlaces?: boolean;
  /** Where the focus goes when the card closes (by default: what had it when the card opened). */
  returnFocus?: HTMLElement | null;
  /** Text shown when there is no text at all. */
  emptyText?: string;
  /** Offers each literal replacement of a finding as a button; called with the choice. */
  onApply?: (finding: Finding, replacement: string) => void;
  /** Offers "not on this field"; called when chosen. */
  onIgnoreField?: () => void;
  /** Called once the card has closed, however it closed. */
  onClose?: () => void;
}

/** Colour of a verdict's score badge. */
export function verdictColour(verdict: Report['verdict']): string {
  return verdict === 'high' ? '#c2410c' : verdict === 'medium' ? '#b45309' : verdict === 'low' ? '#15803d' : '#475569';
}

/** The shadow host and the cards in it. */
export class Overlay {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private selectionCard: HTMLElement | null = null;
  private hoverCard: HTMLElement | null = null;
  private readonly keepers = new Set<string>();
  private returnFocus: HTMLElement | null = null;
  private marksNavigator: HTMLButtonElement | null = null;
  private marksNavigatorStep: ((delta: 1 | -1) => void) | null = null;
  private liveRegion: HTMLElement | null = null;
  private markCardOpen = false;
  private readonly onMarkCardKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.markCardOpen) this.hideHoverCard();
  };
  private readonly onMarkCardPointerDown = () => {
    if (this.markCardOpen) this.hideHoverCard();
  };
  private onCardClose: (() => void) | null = null;
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.selectionCard) this.closeSelectionCard();
  };
  private readonly onPointerDown = (event: PointerEvent) => {
    // A click elsewhere moves the focus itself: the card must not pull it back.
    if (this.selectionCard && this.host && !event.composedPath().includes(this.host)) this.closeSelectionCard(false);
  };

  /** Whether an element is the host (extraction and observers skip it). */
  isHost(element: Element | null): boolean {
    return element !== null && element === this.host;
  }

  /** Keeps the host while inline warnings are on, so hovering does not add and remove it each time. */
  setKeepAlive(keep: boolean): void {
    this.retain('inline', keep);
  }

  /** Keeps the host while `user` (inline warnings, drafts) has something in it or may soon. */
  retain(user: string, keep: boolean): void {
    if (keep) this.keepers.add(user);
    else this.keepers.delete(user);
    this.removeHostIfIdle();
  }

  /** The shadow root, created with the host on first use (drafts put their badges and marks here). */
  shadowRoot(): ShadowRoot {
    return this.ensureRoot();
  }

  /** The shadow root, created with the host on first use. */
  private ensureRoot(): ShadowRoot {
    if (this.root && this.host?.isConnected) return this.root;
    const host = document.createElement(HOST_TAG);
    host.setAttribute('style', HOST_STYLE);
    // Text spacing stays adjustable (WCAG 1.4.12): Firefox expands `all` into every longhand, so the
    // host would otherwise carry `letter-spacing: initial !important` and its kin. The card, badge
    // and marks set `all: initial` themselves, so nothing of the page's spacing leaks in.
    for (const property of TEXT_SPACING) host.style.setProperty(property, 'normal');
    const root = host.attachShadow({ mode: 'open' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(OVERLAY_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      root.append(el('style', '', OVERLAY_CSS));
    }
    (document.documentElement ?? document.body).append(host);
    this.host = host;
    this.root = root;
    return root;
  }

  private removeHostIfIdle(): void {
    if (this.keepers.size > 0 || this.selectionCard || this.hoverCard || this.marksNavigator || !this.host) return;
    this.host.remove();
    this.host = null;
    this.root = null;
    this.liveRegion = null;
  }

  /** A polite live region in the shadow root: what it holds is read out without moving the focus. */
  private announce(text: string): void {
    const root = this.ensureRoot();
    if (!this.liveRegion || !this.liveRegion.isConnected) {
      this.liveRegion = el('div', 'visually-hidden');
      this.liveRegion.setAttribute('role', 'status');
      this.liveRegion.setAttribute('aria-live', 'polite');
      this.liveRegion.dataset.testid = 'mark-announcement';
      root.append(this.liveRegion);
    }
    this.liveRegion.textContent = text;
  }

  /**
   * The keyboard way to the inline marks' reasons, which the pointer reaches by hovering: one button
   * in the page's tab order (after the page's own controls), out of sight until it has the focus.
   * Enter or ↓ steps to the next mark, Shift+Enter or ↑ to the previous, Esc closes the reason.
   * A count of 0 removes it.
   */
  setMarksNavigator(count: number, step: (delta: 1 | -1) => void): void {
    if (count === 0) {
      this.marksNavigator?.remove();
      this.marksNavigator = null;
      this.removeHostIfIdle();
      return;
    }
    if (!this.marksNavigator || !this.marksNavigator.isConnected) {
      const button = el('button', 'marks-nav');
      button.type = 'button';
      button.dataset.testid = 'marks-navigator';
      button.lang = uiLanguage();
      button.addEventListener('keydown', (event) => {
        const back = event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey);
        const forward = event.key === 'ArrowDown' || (event.key === 'Enter' && !event.shiftKey);
        if (event.key === 'Escape') this.hideHoverCard();
        else if (!back && !forward) return;
        else this.marksNavigatorStep?.(back ? -1 : 1);
        event.preventDefault();
        event.stopPropagation();
      });
      // Space and a click: the next mark.
      button.addEventListener('click', () => this.marksNavigatorStep?.(1));
      this.ensureRoot().append(button);
      this.marksNavigator = button;
    }
    this.marksNavigatorStep = step;
    this.marksNavigator.textContent = t('marksNavigator', count);
  }

  /**
   * Shows one mark's reasons next to it and reads them out: a step through the marks by keyboard, or
   * the popup's "show on the page". Esc or a click anywhere closes it; the focus stays where it is.
   */
  showMarkCard(findings: Finding[], anchor: Anchor, position?: { index: number; count: number }): void {
    this.showHoverCard(findings, anchor);
    const card = this.hoverCard!;
    card.dataset.testid = 'mark-card';
    card.removeAttribute('role');
    this.markCardOpen = true;
    document.addEventListener('keydown', this.onMarkCardKeyDown, true);
    document.addEventListener('pointerdown', this.onMarkCardPointerDown, true);
    const reasons = distinctMessages(findings).map((finding) => {
      const direction = directionOf(finding);
      return direction ? `${finding.message} ${direction.text}` : finding.message;
    });
    const quote = findings[0]!.actual;
    this.announce([position ? `${t('markPosition', position.index + 1, position.count)}:` : '', `“${quote}”.`, ...reasons].filter(Boolean).join(' '));
  }

  /**
   * Places a card below its anchor, above it when there is no room below, beside it when there is
   * room on neither, and always inside the window: a selection taller than the window, or one scrolled partly out of it, gets the card at the
   * window's bottom edge rather than off-screen (where it would also grow the page's scroll height).
   */
  private place(card: HTMLElement, anchor: Anchor): void {
    card.style.visibility = 'hidden';
    card.style.left = '0px';
    card.style.top = '0px';
    const { width, height } = card.getBoundingClientRect();
    const margin = 8;
    const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
    const viewportHeight = window.innerHeight;
    const rect = anchor.rect;
    let left = Math.min(Math.max(margin, rect.left), viewportWidth - width - margin);
    let top: number;
    if (rect.bottom + margin + height <= viewportHeight - margin) top = rect.bottom + margin;
    else if (rect.top - margin - height >= margin) top = rect.top - margin - height;
    else {
      // No room above or below: beside the selection, on the side with more room, so the selected
      // text stays readable; only when neither side fits does the card sit at the window's bottom.
      top = Math.min(Math.max(margin, rect.top), viewportHeight - margin - height);
      const right = viewportWidth - rect.right - margin;
      const leftRoom = rect.left - margin;
      if (right >= width + margin) left = rect.right + margin;
      else if (leftRoom >= width + margin) left = rect.left - margin - width;
      else top = viewportHeight - margin - height;
    }
    top = Math.max(margin, top);
    left = Math.max(margin, left);
    card.style.left = `${left + window.scrollX}px`;
    card.style.top = `${top + window.scrollY}px`;
    card.style.visibility = 'visible';
  }

  /** The score badge: number in the verdict colour. */
  private scoreBadge(report: Report): HTMLElement {
    const badge = el('span', 'badge', report.score === null ? '–' : String(report.score));
    badge.style.background = verdictColour(report.verdict);
    return badge;
  }

  /**
   * One place in the text: category, the quoted words, and each reason once with its direction. The
   * findings are those over the same words, strongest first; the direction is rendered as the popup
   * renders it (`directionOf`).
   */
  private findingItem(findings: readonly Finding[], onApply?: CardOptions['onApply']): HTMLElement {
    const first = findings[0]!;
    const colour = CATEGORY_COLOURS[first.category];
    const category = el('span', 'category', t(categoryNameKey(first.category)));
    category.style.setProperty('--cat', colour);
    const start = Math.min(...findings.map((finding) => finding.span.start));
    const longest = findings.reduce((best, finding) => (finding.span.end - start > best.span.end - start ? finding : best), first);
    const quote = el('q', 'quote', start === first.span.start ? longest.actual : first.actual);
    quote.style.setProperty('--cat', colour);
    const reasons = distinctMessages(findings).flatMap((finding) => {
      const direction = directionOf(finding);
      return [
        el('p', 'message', finding.message),
        direction ? el('p', 'note', direction.arrow ? `→ ${direction.text}` : direction.text) : null,
        onApply && finding.expected.length > 0 ? this.applyButtons(finding, onApply) : null,
      ];
    });
    const item = el('li', 'finding', el('div', 'finding-head', category, quote), ...reasons);
    item.lang = first.lang;
    item.style.setProperty('--cat', colour);
    return item;
  }

  /** One button per literal replacement (at most three), in the casing of the words they replace. */
  private applyButtons(finding: Finding, onApply: NonNullable<CardOptions['onApply']>): HTMLElement {
    const buttons = finding.expected.slice(0, 3).map((expected) => {
      const replacement = matchCase(finding.actual, expected);
      const button = el('button', 'apply', t('draftReplace', replacement));
      button.type = 'button';
      button.dataset.testid = 'draft-apply';
      button.lang = uiLanguage();
      button.addEventListener('click', () => onApply(finding, replacement));
      return button;
    });
    return el('div', 'actions', ...buttons);
  }

  /** A report's findings as places: overlapping ones together, the strongest places first. */
  private places(report: Report): Finding[][] {
    return cardPlaces(report);
  }

  /** Shows the result of a selection check next to the selection (or of a text field's draft, with `options`). */
  showSelectionCard(report: Report | null, anchor: Anchor, options: CardOptions = {}): void {
    this.closeSelectionCard();
    const root = this.ensureRoot();
    const limit = options.allPlaces ? Infinity : 4;
    const close = el('button', 'close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t('close'));
    close.addEventListener('click', () => this.closeSelectionCard());
    const card = el('div', 'card selection');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', t('cardTitle'));
    card.dataset.testid = options.testid ?? 'selection-card';
    card.lang = uiLanguage();
    if (options.title) card.setAttribute('aria-label', t(options.title));

    const title = el('div', 'eyebrow', t(options.title ?? 'cardTitle'));
    if (!report) {
      card.append(el('div', 'head', el('div', 'head-text', title), close), el('p', 'summary', t('cardNoSelection')));
    } else if (report.score === null) {
      const state =
        report.reason === 'unsupported-language'
          ? t('stateUnsupportedTitle')
          : report.reason === 'empty'
            ? (options.emptyText ?? t('cardNoSelection'))
            : t('stateTooShortTitle');
      card.dataset.state = report.reason ?? 'none';
      card.append(el('div', 'head', el('div', 'head-text', title, el('div', 'verdict', state)), close));
      // Too short for a score is not too short for findings: a sentence can still hold a stock phrase.
      const places = report.reason === 'too-short' ? this.places(report) : [];
      const shown = places.slice(0, limit);
      if (shown.length > 0) {
        card.append(el('p', 'summary', t('cardTooShortFindings')));
        card.append(el('ul', 'findings', ...shown.map((place) => this.findingItem(place, options.onApply))));
        if (places.length > shown.length) card.append(el('p', 'muted more', t('cardMore', places.length - shown.length)));
      } else if (report.reason !== 'empty') {
        card.append(el('p', 'summary', report.reason === 'too-short' ? t('stateTooShortBody') : t('stateUnsupportedBody')));
      }
    } else {
      // The language the text was judged in: its findings' messages are written in it.
      if (report.lang) card.dataset.textLang = report.lang;
      const verdict = el('div', 'verdict', t(verdictKey(report.verdict!)));
      verdict.dataset.testid = 'card-verdict';
      const badge = this.scoreBadge(report);
      badge.dataset.testid = 'card-score';
      badge.setAttribute('aria-label', t('scoreAria', report.score));
      card.append(el('div', 'head', badge, el('div', 'head-text', title, verdict), close));
      const summary = summarise(report, t);
      if (summary) card.append(el('p', 'summary', summary));
      const caution = evidenceNote(report, t);
      if (caution) {
        const note = el('p', 'evidence-note', caution);
        note.dataset.testid = 'evidence-note';
        card.append(note);
      }
      const places = this.places(report);
      const shown = places.slice(0, limit);
      if (shown.length > 0) card.append(el('ul', 'findings', ...shown.map((place) => this.findingItem(place, options.onApply))));
      else card.append(el('p', 'muted', t('noFindings')));
      if (places.length > shown.length) card.append(el('p', 'muted more', t('cardMore', places.length - shown.length)));
    }
    if (options.onIgnoreField) {
      const ignore = el('button', 'ignore', t('draftIgnoreField'));
      ignore.type = 'button';
      ignore.dataset.testid = 'draft-ignore-field';
      ignore.addEventListener('click', () => options.onIgnoreField!());
      card.append(el('div', 'card-foot', ignore));
    }
    root.append(card);
    this.selectionCard = card;
    this.onCardClose = options.onClose ?? null;
    this.place(card, anchor);
    // A dialog takes the focus, and gives it back on close (a selection usually leaves it on the body).
    const active = document.activeElement;
    this.returnFocus =
      options.returnFocus !== undefined ? options.returnFocus : active instanceof HTMLElement && active !== document.body ? active : null;
    card.tabIndex = -1;
    card.focus({ preventScroll: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  /** Whether the selection card is open. */
  get selectionCardOpen(): boolean {
    return this.selectionCard !== null;
  }

  /** Closes the selection card, and gives the focus back to where it was when the card took it. */
  closeSelectionCard(restoreFocus = true): void {
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    const hadFocus = restoreFocus && this.selectionCard !== null && this.root?.activeElement != null;
    this.selectionCard?.remove();
    this.selectionCard = null;
    const onClose = this.onCardClose;
    this.onCardClose = null;
    if (hadFocus) {
      const target = this.returnFocus;
      if (target?.isConnected) target.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
    this.returnFocus = null;
    this.removeHostIfIdle();
    onClose?.();
  }

  /** The open card's element, if any (drafts check that the card is theirs before they close it). */
  get openCard(): HTMLElement | null {
    return this.selectionCard;
  }

  /** Shows the hover card of an inline warning. */
  showHoverCard(findings: Finding[], anchor: Anchor): void {
    const root = this.ensureRoot();
    if (this.markCardOpen) this.hideHoverCard();
    this.hoverCard?.remove();
    const card = el('div', 'card hover', el('ul', 'findings', this.findingItem(findings)));
    card.dataset.testid = 'hover-card';
    card.setAttribute('role', 'tooltip');
    root.append(card);
    this.hoverCard = card;
    this.place(card, anchor);
  }

  /** Hides the hover card (or the mark card in its place). */
  hideHoverCard(): void {
    if (this.markCardOpen) {
      this.markCardOpen = false;
      document.removeEventListener('keydown', this.onMarkCardKeyDown, true);
      document.removeEventListener('pointerdown', this.onMarkCardPointerDown, true);
    }
    this.hoverCard?.remove();
    this.hoverCard = null;
    this.removeHostIfIdle();
  }

  /** Removes every card and the host. */
  destroy(): void {
    this.keepers.clear();
    this.marksNavigator?.remove();
    this.marksNavigator = null;
    this.marksNavigatorStep = null;
    this.hideHoverCard();
    this.closeSelectionCard();
    this.host?.remove();
    this.host = null;
    this.root = null;
  }
}

/** A replacement in the casing of the words it replaces: "Leverage" → "Use", "leverage" → "use". */
export function matchCase(actual: string, replacement: string): string {
  const first = actual.trimStart()[0];
  if (first && first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
