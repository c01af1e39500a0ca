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

/** The overlay of one textarea. */
export class TextareaMirror {
  private readonly element: HTMLDivElement;
  private marks: DraftMark[] = [];
  private markElements: HTMLElement[] = [];
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

  /** Lays `text` out with `marks` underlined (text nodes and one span per mark; no HTML is parsed). */
  render(text: string, marks: readonly DraftMark[]): void {
    this.renderedText = text;
    const fragment = document.createDocumentFragment();
    const elements: HTMLElement[] = [];
    const drawn: DraftMark[] = [];
    let at = 0;
    for (const mark of [...marks].sort((a, b) => a.start - b.start)) {
      if (mark.start < at || mark.end > text.length) continue;
      drawn.push(mark);
      if (mark.start > at) fragment.append(text.slice(at, mark.start));
      const span = document.createElement('span');
      span.className = 'draft-mark';
      span.dataset.testid = 'middelmaat-draft-mark';
      span.style.setProperty('--cat', CATEGORY_COLOURS[mark.category]);
      span.textContent = text.slice(mark.start, mark.end);
      fragment.append(span);
      elements.push(span);
      at = mark.end;
    }
    // A final line break shows an empty last line in a textarea but not in a div: keep the heights equal.
    fragment.append(`${text.slice(at)}${text.endsWith('\n') ? '\u200b' : ''}`);
    this.element.replaceChildren(fragment);
    this.markElements = elements;
    this.marks = drawn;
    this.layout();
  }

  /** Copies the field's metrics, box and scroll position (after scrolling, resizing, zooming, a font change). */
  layout(): void {
    const field = this.field;
    const rect = field.getBoundingClientRect();
    const style = this.element.style;
    if (!field.isConnected || rect.width === 0 || rect.height === 0 || this.markElements.length === 0) {
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
    for (const [index, element] of this.markElements.entries()) {
      for (const rect of element.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { mark: this.marks[index]!, rect };
      }
    }
    return null;
  }

  /** Number of marks drawn. */
  get markCount(): number {
    return this.markElements.length;
  }

  /** Removes the overlay. */
  dispose(): void {
    this.element.remove();
    this.markElements = [];
    this.marks = [];
  }
}
