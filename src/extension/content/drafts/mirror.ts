/**
 * Underlines in a `<textarea>`: its text cannot hold highlights, so a copy of its text lies exactly
 * over it in Middelmaat's shadow root, laid out with the field's own computed text metrics, in
 * transparent ink; only the marks' tint and underline show. It takes no pointer events (the field
 * keeps every click), follows the field's scroll position, size, zoom and fonts, and never touches the
 * field itself.
 */
import { CATEGORY_COLOURS } from '../../categories';
import type { DraftMark } from './marks';

/** Computed properties copied from the field: everything that decides where a character lands. */
const TEXT_METRICS = [
  'direction',
  'writing-mode',
  'font-family',
  'font-size',
  'font-style',
  'font-variant',
  'font-weight',
  'font-stretch',
  'font-kerning',
  'font-feature-settings',
  'font-variation-settings',
  'font-optical-sizing',
  'font-size-adjust',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-indent',
  'text-transform',
  'text-align',
  'text-rendering',
  'tab-size',
  'white-space',
  'word-break',
  'overflow-wrap',
  'hyphens',
  'padding-top',
  'padding-left',
  'padding-bottom',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-left-radius',
  'border-top-right-radius',
  'border-bottom-left-radius',
  'border-bottom-right-radius',
] as const;

/** One line of the mirror: its element, what it was drawn from, and its marks' elements. */
interface MirrorLine {
  element: HTMLDivElement;
  /** The line's text and its marks' places and colours: equal signatures need no redraw. */
  signature: string;
  marks: Array<{ element: HTMLElement; mark: DraftMark }>;
}

/** The overlay of one textarea. */
export class TextareaMirror {
  private readonly element: HTMLDivElement;
  private lines: MirrorLine[] = [];
  private renderedText: string | null = null;

  constructor(
    container: ShadowRoot,
    private readonly field: HTMLTextAreaElement,
  ) {
    this.element = document.createElement('div');
    this.element.className = 'draft-mirror';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.dataset.testid = 'middelmaat-draft-mirror';
    container.append(this.element);
  }

  /** The text the marks were laid out on. */
  get text(): string | null {
    return this.renderedText;
  }

  /**
   * Lays `text` out with `marks` underlined: one block per line of the field, so typing redraws only
   * the lines it changed (a 2,000-word field is not laid out again on every keystroke). Text nodes
   * and spans only; no HTML is parsed.
   */
  render(text: string, marks: readonly DraftMark[]): void {
    this.renderedText = text;
    const lineTexts = text.split('\n');
    const perLine: Array<Array<{ start: number; end: number; mark: DraftMark }>> = lineTexts.map(() => []);
    const sorted = [...marks].sort((a, b) => a.start - b.start);
    let lineIndex = 0;
    let lineStart = 0;
    for (const mark of sorted) {
      if (mark.end > text.length) continue;
      while (lineIndex < lineTexts.length - 1 && mark.start > lineStart + lineTexts[lineIndex]!.length) {
        lineStart += lineTexts[lineIndex]!.length + 1;
        lineIndex++;
      }
      // A mark over a line break is drawn in pieces, one per line.
      let index = lineIndex;
      let offset = lineStart;
      while (index < lineTexts.length && offset < mark.end) {
        const lineEnd = offset + lineTexts[index]!.length;
        const start = Math.max(mark.start, offset) - offset;
        const end = Math.min(mark.end, lineEnd) - offset;
        const pieces = perLine[index]!;
        if (end > start && (pieces.length === 0 || pieces[pieces.length - 1]!.end <= start)) pieces.push({ start, end, mark });
        offset = lineEnd + 1;
        index++;
      }
    }
    const signatures = lineTexts.map(
      (line, index) => `${line}\u0000${perLine[index]!.map((piece) => `${piece.start},${piece.end},${piece.mark.category}`).join(';')}`,
    );
    // Only the lines between the unchanged first and last ones are drawn again.
    const old = this.lines;
    let prefix = 0;
    while (prefix < old.length && prefix < signatures.length && old[prefix]!.signature === signatures[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < old.length - prefix &&
      suffix < signatures.length - prefix &&
      old[old.length - 1 - suffix]!.signature === signatures[signatures.length - 1 - suffix]
    ) {
      suffix++;
    }
    const fresh: MirrorLine[] = [];
    for (let index = prefix; index < signatures.length - suffix; index++) {
      fresh.push(this.drawLine(lineTexts[index]!, perLine[index]!, signatures[index]!));
    }
    const removed = old.slice(prefix, old.length - suffix);
    const before = old[old.length - suffix]?.element ?? null;
    for (const line of removed) line.element.remove();
    const fragment = document.createDocumentFragment();
    for (const line of fresh) fragment.append(line.element);
    this.element.insertBefore(fragment, before);
    this.lines = [...old.slice(0, prefix), ...fresh, ...old.slice(old.length - suffix)];
    // Old marks keep their elements, but their spans in the text may have moved: refresh the links.
    for (const [index, line] of this.lines.entries()) {
      const pieces = perLine[index]!;
      line.marks.forEach((entry, piece) => (entry.mark = pieces[piece]?.mark ?? entry.mark));
    }
    this.layout();
  }

  /** One line's block: its text, with a span per mark piece (an empty line keeps its height with a `<br>`). */
  private drawLine(text: string, pieces: ReadonlyArray<{ start: number; end: number; mark: DraftMark }>, signature: string): MirrorLine {
    const element = document.createElement('div');
    const marks: MirrorLine['marks'] = [];
    let at = 0;
    for (const piece of pieces) {
      if (piece.start > at) element.append(text.slice(at, piece.start));
      const span = document.createElement('span');
      span.className = 'draft-mark';
      span.dataset.testid = 'middelmaat-draft-mark';
      span.style.setProperty('--cat', CATEGORY_COLOURS[piece.mark.category]);
      span.textContent = text.slice(piece.start, piece.end);
      element.append(span);
      marks.push({ element: span, mark: piece.mark });
      at = piece.end;
    }
    if (at < text.length) element.append(text.slice(at));
    if (text.length === 0) element.append(document.createElement('br'));
    return { element, signature, marks };
  }

  /** Copies the field's metrics, box and scroll position (after scrolling, resizing, zooming, a font change). */
  layout(): void {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    const style = this.element.style;
    if (!field.isConnected || rect.width === 0 || rect.height === 0 || this.markCount === 0) {
      style.setProperty('display', 'none');
      return;
    }
    const computed = getComputedStyle(field);
    for (const property of TEXT_METRICS) style.setProperty(property, computed.getPropertyValue(property));
    // The field's scrollbars take room from its text: the same room is kept free on the mirror.
    const borderX = parseFloat(computed.borderLeftWidth) + parseFloat(computed.borderRightWidth);
    const borderY = parseFloat(computed.borderTopWidth) + parseFloat(computed.borderBottomWidth);
    const scrollbarX = Math.max(0, field.offsetWidth - field.clientWidth - borderX);
    const scrollbarY = Math.max(0, field.offsetHeight - field.clientHeight - borderY);
    style.setProperty('padding-right', `${parseFloat(computed.paddingRight) + scrollbarX}px`);
    style.setProperty('padding-bottom', `${parseFloat(computed.paddingBottom) + scrollbarY}px`);
    style.setProperty('display', 'block');
    style.setProperty('left', `${rect.left + window.scrollX}px`);
    style.setProperty('top', `${rect.top + window.scrollY}px`);
    style.setProperty('width', `${rect.width}px`);
    style.setProperty('height', `${rect.height}px`);
    this.element.scrollTop = field.scrollTop;
    this.element.scrollLeft = field.scrollLeft;
  }

  /** The marks under a viewport point, with the box of the line it is on (geometry only: the mirror takes no pointer events). */
  markAt(x: number, y: number): { mark: DraftMark; rect: DOMRect } | null {
    const fieldRect = this.field.getBoundingClientRect();
    if (x < fieldRect.left || x > fieldRect.right || y < fieldRect.top || y > fieldRect.bottom) return null;
    for (const line of this.lines) {
      if (line.marks.length === 0) continue;
      const box = line.element.getBoundingClientRect();
      if (y < box.top || y > box.bottom) continue;
      for (const { element, mark } of line.marks) {
        for (const rect of element.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { mark, rect };
        }
      }
    }
    return null;
  }

  /** Number of marks drawn. */
  get markCount(): number {
    return this.lines.reduce((sum, line) => sum + line.marks.length, 0);
  }

  /** Removes the overlay. */
  dispose(): void {
    this.element.remove();
    this.lines = [];
  }
}
