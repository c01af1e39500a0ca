/**
 * Reads a page's copy as text blocks by the shared reading policy (src/reading/policy.ts), the same
 * policy the CLI's HTML reader applies: never-copy elements, page chrome (navigation, footers, forms,
 * dialogs, sidebars, cookie banners, what people are editing) and blocks of page furniture
 * (link-dense menus, contact blocks, © lines, hours and price rows, interface labels, cookie texts,
 * repeated blurbs) are left out; blocks are cut by markup, `<br>` is a line break. Beyond the CLI,
 * which sees no CSS, it also skips what the browser does not render: `display: none`, invisible,
 * zero-opacity, off-screen and indented-away content. Walks the flat tree, so open shadow roots and
 * slotted content are read in rendering order. Never writes to the DOM.
 *
 * The walk yields to the page every few milliseconds so that a long page never causes a long task.
 */
import { BLOCK_TAGS, elementReading, languageHint, PageReading } from '../reading/policy';
import { TextMapBuilder, type TextMap } from './text-map';

/** Options of `extractTextBlocks`. */
export interface ExtractOptions {
  /** Read only what this range covers (the user's selection); page chrome is then not skipped. */
  range?: Range;
  /** Elements never read (the extension's own UI host). */
  exclude?: (element: Element) => boolean;
  /** Milliseconds of work before yielding to the page; 0 never yields (tests). */
  sliceMs?: number;
}

/** One entry of the walk: a node, the block its text belongs to and the link around it, or the end of a block. */
type WalkEntry = { node: Node; block: Element; link: Element | null } | { blockEnd: true };

/** The page's copy as a text map, with the page's language hint (`<html lang>`). */
export interface PageText extends TextMap<Text> {
  /** The document's `lang`, when it has a usable one. */
  langHint?: string;
}

/**
 * Whether an element starts a block: by markup, as the CLI decides, so both cut a page alike. Custom
 * elements have no markup meaning; their computed display decides.
 */
function isBlock(element: Element, style: CSSStyleDeclaration): boolean {
  const name = element.localName;
  if (BLOCK_TAGS.has(name)) return true;
  return name.includes('-') && style.display !== 'inline' && style.display !== 'contents';
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
 * The language a node's text is declared in: the `lang` attribute of its nearest element that has
 * one (a quote marked `lang="en"` on a Dutch page), else the page's. Undefined when none is declared.
 */
export function languageHintOf(node: Node | null): string | undefined {
  const element = node === null ? null : node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const declared = element?.closest('[lang]') ?? node?.ownerDocument?.documentElement ?? null;
  return languageHint(declared?.getAttribute('lang'));
}

/**
 * Reads the copy of a document (or of a range in it) into a text map: the text the analyzer reads,
 * and the way back from its offsets to text nodes.
 */
export async function extractTextBlocks(root: Document, options: ExtractOptions = {}): Promise<PageText> {
  const { range, exclude, sliceMs = 8 } = options;
  const langHint = range ? languageHintOf(range.commonAncestorContainer) : languageHint(root.documentElement?.getAttribute('lang'));
  // What the policy knows of the block being read; a selection is read as the user chose it, whole.
  const page = new PageReading();
  let blockElement: Element | null = null;
  let linkCharacters = 0;
  // Distinct links in the block: one link is a call to action, several a menu.
  let links = 0;
  let lastLink: Element | null = null;
  const builder = new TextMapBuilder<Text>(
    range
      ? {}
      : {
          accept: (text) =>
            page.read({
              text,
              tag: blockElement?.localName ?? 'body',
              linkCharacters,
              links,
              inTableCell: blockElement?.closest('td, th') != null,
            }) === 'copy',
        },
  );
  const withHint = (map: TextMap<Text>): PageText => (langHint === undefined ? map : { ...map, langHint });
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
  if (!body) return withHint(builder.build());
  const stack: WalkEntry[] = [{ node: body, block: body, link: null }];
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
    const { node, block, link } = entry;

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
        blockElement = block;
        linkCharacters = 0;
        links = 0;
        lastLink = null;
      }
      builder.addText(text, data, from, to);
      if (link) {
        linkCharacters += visibleLength(data, from, to);
        if (link !== lastLink) links += 1;
        lastLink = link;
      }
      continue;
    }

    let childBlock = block;
    let childLink = link;
    if (node instanceof Element && node !== body) {
      const name = node.localName;
      if (exclude?.(node)) continue;
      const reading = elementReading(name, (attribute) => node.getAttribute(attribute));
      if (reading === 'never') continue;
      if (name === 'br') {
        builder.softBreak();
        continue;
      }
      if (range) {
        if (!range.intersectsNode(node)) continue;
      } else if (reading === 'chrome' || (node as HTMLElement).isContentEditable) {
        continue;
      }
      const style = styleOf(node);
      if (style.display === 'none' || style.contentVisibility === 'hidden' || parseFloat(style.opacity) === 0) continue;
      if (isBlock(node, style)) childBlock = node;
      if (name === 'a' && node.hasAttribute('href')) childLink = node;
    } else if (!(node instanceof Element) && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) continue;

    if (childBlock !== block) stack.push({ blockEnd: true });
    const children = flatChildren(node);
    for (let index = children.length - 1; index >= 0; index--) stack.push({ node: children[index]!, block: childBlock, link: childLink });
    if (childBlock !== block) stack.push({ blockEnd: true });
  }
  return withHint(builder.build());
}

/** Non-whitespace characters of `data.slice(from, to)`, as the policy counts link text. */
function visibleLength(data: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const code = data.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) count++;
  }
  return count;
}
