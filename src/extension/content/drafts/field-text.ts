/**
 * The text of a `contenteditable` field as the analyzer reads it, with the way back to its DOM nodes:
 * each block element (paragraph, list item, heading, an editor's line `<div>`) is a block, `<br>` a
 * line break. Editors render their own chrome (placeholders, widgets marked `contenteditable=false`)
 * which is no part of what the user wrote and is skipped.
 */
import { TextMapBuilder, type TextMap } from '../../text-map';

/** Elements that start a block of their own. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul',
]);

/** Elements whose text is never written copy. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'math', 'img', 'video', 'audio', 'iframe', 'object']);

/** Reads a contenteditable host into a text map (blocks joined with "\n\n"). */
export function readEditable(host: HTMLElement): TextMap<Text> {
  const builder = new TextMapBuilder<Text>();
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const text = child as Text;
        builder.addText(text, text.data);
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName;
      if (SKIPPED.has(name)) continue;
      if (name === 'br') {
        builder.softBreak();
        continue;
      }
      // Widgets inside an editor (mentions, embeds, placeholders) are not the user's prose.
      if (element.getAttribute('contenteditable') === 'false' || element.getAttribute('aria-hidden') === 'true') continue;
      const block = BLOCKS.has(name);
      if (block) builder.startBlock();
      visit(element);
      if (block) builder.endBlock();
    }
  };
  builder.startBlock();
  visit(host);
  return builder.build();
}
