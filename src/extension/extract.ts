/**
 * Reads a page's copy as text blocks: headings, paragraphs, list items, quotes, table cells, hero and
 * call-to-action text. Skips navigation, footers, cookie banners, forms, code, scripts, hidden,
 * `aria-hidden`, off-screen and indented-away content, and what people are editing (text fields and
 * `contenteditable`: their text is read only when it is the selection the user asked to check). Walks the flat tree, so open shadow roots and slotted content
 * are read in rendering order. Never writes to the DOM.
 *
 * The walk yields to the page every few milliseconds so that a long page never causes a long task.
 */
import { TextMapBuilder, type TextMap } from './text-map';

/** Elements whose whole subtree is never copy. */
const NEVER_COPY = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'canvas',
  'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'img', 'picture', 'input', 'textarea', 'select',
  'option', 'optgroup', 'datalist', 'head', 'title', 'meta', 'link', 'base',
]);

/** Page chrome: skipped when reading the page, but kept when the user selected text inside it. */
const CHROME_TAGS = new Set(['nav', 'footer', 'form', 'menu', 'dialog']);

/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'form', 'alertdialog']);

/** Ids and classes of consent and cookie banners. */
const COOKIE_BANNER = /cookie|consent|gdpr|onetrust|didomi|cookiebot|cmp[-_]|privacy-?banner/i;

/** Elements that make a block even when styled inline. */
const BLOCK_TAGS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'td', 'th', 'dt', 'dd', 'figcaption', 'caption',
  'summary', 'legend', 'button', 'article', 'section', 'main', 'header', 'aside', 'div', 'body', 'address', 'q',
]);

/** Options of `extractTextBlocks`. */
export interface ExtractOptions {
  /** Read only what this range covers (the user's selection); page chrome is then not skipped. */
  range?: Range;
  /** Elements never read (the extension's own UI host). */
  exclude?: (element: Element) => boolean;
  /** Milliseconds of work before yielding to the page; 0 never yields (tests). */
  sliceMs?: number;
}

/** One entry of the walk: a node and the block its text belongs to, or the end of a block. */
type WalkEntry = { node: Node; block: Element } | { blockEnd: true };

/** Whether an element's computed style makes it its own block (inline-block buttons count: CTA text). */
function isBlockLevel(element: Element, style: CSSStyleDeclaration): boolean {
  const display = style.display;
  if (display === 'contents') return false;
  if (display !== 'inline') return true;
  return BLOCK_TAGS.has(element.localName) && element.localName !== 'q';
}

/** Whether an element is a consent banner, going by its id, classes or label. */
function isCookieBanner(element: Element): boolean {
  const label = `${element.id} ${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? ''}`;
  return label.length > 2 && COOKIE_BANNER.test(label);
}

/**
 * The box of a block drawn somewhere a reader can see it, or null: off-screen, a 1-px clip, or
 * content the browser skips rendering (a closed `<details>`, `content-visibility: hidden`).
 */
function visibleBox(block: Element): DOMRect | null {
  if (typeof block.checkVisibility === 'function' && !block.checkVisibility()) return null;
  const rect = block.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return null;
  const right = rect.right + window.scrollX;
  const bottom = rect.bottom + window.scrollY;
  return right > 0 && bottom > 0 ? rect : null;
}

/** Yields to the page's event loop. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The nodes to visit under a node in the flat tree: a shadow root's content, or a slot's assigned nodes. */
function flatChildren(node: Node): ArrayLike<Node> {
  if (node instanceof Element) {
    if (node.shadowRoot) return node.shadowRoot.childNodes;
    if (node.localName === 'slot') {
      const assigned = (node as HTMLSlotElement).assignedNodes({ flatten: false });
      if (assigned.length > 0) return assigned;
    }
  }
  return node.childNodes;
}

/**
 * Reads the copy of a document (or of a range in it) into a text map: the text the analyzer reads,
 * and the way back from its offsets to text nodes.
 */
export async function extractTextBlocks(root: Document, options: ExtractOptions = {}): Promise<TextMap<Text>> {
  const { range, exclude, sliceMs = 8 } = options;
  const builder = new TextMapBuilder<Text>();
  const styles = new Map<Element, CSSStyleDeclaration>();
  const styleOf = (element: Element) => {
    let style = styles.get(element);
    if (!style) {
      style = getComputedStyle(element);
      styles.set(element, style);
    }
    return style;
  };
  const boxes = new Map<Element, DOMRect | null>();
  const boxOf = (block: Element) => {
    let box = boxes.get(block);
    if (box === undefined) {
      box = visibleBox(block);
      boxes.set(block, box);
    }
    return box;
  };

  const body = root.body ?? root.documentElement;
  if (!body) return builder.build();
  const stack: WalkEntry[] = [{ node: body, block: body }];
  let currentBlock: Element | null = null;
  let sliceStart = performance.now();
  let visited = 0;

  while (stack.length > 0) {
    // The clock is read every 16 nodes: a first slice on a cold page (code not yet optimised, a style
    // or layout pass to catch up on) overran its 8 ms by tens of ms when read every 64.
    if (sliceMs > 0 && ++visited % 16 === 0 && performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      sliceStart = performance.now();
    }
    const entry = stack.pop()!;
    if ('blockEnd' in entry) {
      // Text after a block that ended starts a new block even when it belongs to the same outer
      // block: "Intro <p>…</p> tail" gives three blocks.
      currentBlock = null;
      continue;
    }
    const { node, block } = entry;

    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      if (data.length === 0) continue;
      let from = 0;
      let to = data.length;
      if (range) {
        if (!range.intersectsNode(text)) continue;
        if (text === range.startContainer) from = range.startOffset;
        if (text === range.endContainer) to = range.endOffset;
        if (to <= from) continue;
      }
      const parent = text.parentElement;
      const style = parent ? styleOf(parent) : null;
      if (style && (style.visibility !== 'visible' || parseFloat(style.fontSize) < 4)) continue;
      if (!range) {
        const box = boxOf(block);
        if (!box) continue;
        // Image-replacement headings push their text out of the box with a large negative indent.
        const indent = style ? parseFloat(style.textIndent) : 0;
        if (indent < 0 && -indent >= box.width) continue;
      }
      if (block !== currentBlock) {
        builder.startBlock();
        currentBlock = block;
      }
      builder.addText(text, data, from, to);
      continue;
    }

    let childBlock = block;
    if (node instanceof Element && node !== body) {
      const name = node.localName;
      if (NEVER_COPY.has(name) || exclude?.(node)) continue;
      if (name === 'br') {
        builder.softBreak();
        continue;
      }
      if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden') || node.hasAttribute('inert')) continue;
      if (range) {
        if (!range.intersectsNode(node)) continue;
      } else if (
        CHROME_TAGS.has(name) ||
        CHROME_ROLES.has(node.getAttribute('role') ?? '') ||
        isCookieBanner(node) ||
        (node as HTMLElement).isContentEditable
      ) {
        continue;
      }
      const style = styleOf(node);
      if (style.display === 'none' || style.contentVisibility === 'hidden' || parseFloat(style.opacity) === 0) continue;
      if (isBlockLevel(node, style)) childBlock = node;
    } else if (!(node instanceof Element) && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) continue;

    if (childBlock !== block) stack.push({ blockEnd: true });
    const children = flatChildren(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, block: childBlock });
    if (childBlock !== block) stack.push({ blockEnd: true });
  }
  return builder.build();
}
