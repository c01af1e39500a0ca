import { Parser } from 'htmlparser2';
import { SourceTextBuilder, type SourceText } from './source-text';

/** Elements whose content a reader never sees as copy: code, metadata, embedded documents, form values. */
const INVISIBLE_ELEMENTS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'textarea', 'select', 'datalist',
]);

/** Elements that start a new block: their text becomes its own paragraph for the analyzer. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Deepest element nesting read. htmlparser2 keeps its open-element stack with `unshift`, so each
 * open tag costs time proportional to the depth and a document of nothing but unclosed tags takes
 * quadratic time (200k nested `<b>` took 7 s). Real pages stay far below this; Chromium's own
 * parser stops nesting at 512.
 */
export const MAX_HTML_DEPTH = 1000;

/** An HTML input the CLI refuses to read, with the reason for the user. */
export class HtmlTooDeep extends Error {}

/** Whitespace HTML collapses; NBSP is not in it, on purpose. */
const COLLAPSIBLE = /[ \t\n\r\f]/;
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;

/** True when the element's own attributes hide it from readers. */
function hiddenByAttributes(attributes: Record<string, string>): boolean {
  if ('hidden' in attributes) return true;
  if ((attributes['aria-hidden'] ?? '').trim().toLowerCase() === 'true') return true;
  const style = (attributes.style ?? '').toLowerCase();
  return /(^|;)\s*display\s*:\s*none\b/.test(style) || /(^|;)\s*visibility\s*:\s*hidden\b/.test(style);
}

/**
 * The visible text of an HTML document as a reader sees it: whitespace collapsed, block elements
 * as paragraphs (blank line between them), `<br>` as a line break, hidden and non-content elements
 * left out. Every code unit maps back to its offset in the HTML, so findings get real line numbers.
 */
export function extractHtmlText(html: string): SourceText {
  const builder = new SourceTextBuilder(Math.min(html.length, 1 << 20));
  // One entry per open element: whether it, or an ancestor, hides its content.
  const hiddenStack: boolean[] = [];
  let preDepth = 0;
  // A break owed before the next visible text: '' none, '\n' line, '\n\n' paragraph.
  let pendingBreak = '';
  let pendingBreakAt = 0;

  const hidden = (): boolean => hiddenStack.length > 0 && hiddenStack[hiddenStack.length - 1] === true;
  const requestBreak = (kind: '\n' | '\n\n', at: number): void => {
    if (builder.size === 0) return;
    if (pendingBreak.length < kind.length) pendingBreak = kind;
    pendingBreakAt = at;
  };
  const flushBreak = (): void => {
    if (pendingBreak === '') return;
    builder.trimEnd(/ /);
    builder.appendReplacement(pendingBreak, pendingBreakAt, pendingBreakAt + 1);
    pendingBreak = '';
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const invisible = hidden() || INVISIBLE_ELEMENTS.has(name) || hiddenByAttributes(attributes);
        hiddenStack.push(invisible);
        if (hiddenStack.length > MAX_HTML_DEPTH) {
          throw new HtmlTooDeep(`HTML nested deeper than ${MAX_HTML_DEPTH} elements (unclosed tags?); not judged`);
        }
        if (invisible) return;
        if (name === 'pre') preDepth += 1;
        if (name === 'br') requestBreak('\n', parser.startIndex);
        else if (BLOCK_ELEMENTS.has(name)) requestBreak('\n\n', parser.startIndex);
      },
      onclosetag(name) {
        const wasHidden = hiddenStack.pop() ?? false;
        if (wasHidden) return;
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (BLOCK_ELEMENTS.has(name)) requestBreak('\n\n', parser.startIndex);
      },
      ontext(data) {
        if (hidden()) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // Text copied from the source keeps a 1:1 map; a decoded entity stands for its whole range.
        const verbatim = data.length === end - start;
        appendText(data, start, end, verbatim);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function appendText(data: string, start: number, end: number, verbatim: boolean): void {
    if (preDepth > 0) {
      // Preformatted text keeps its line breaks; other whitespace still counts as one space.
      let offset = 0;
      for (const [index, line] of data.split('\n').entries()) {
        if (index > 0) requestBreak('\n', verbatim ? start + offset - 1 : start);
        appendCollapsed(line, start, end, verbatim, offset);
        offset += line.length + 1;
      }
      return;
    }
    appendCollapsed(data, start, end, verbatim, 0);
  }

  function appendCollapsed(data: string, start: number, end: number, verbatim: boolean, offset: number): void {
    let last = 0;
    COLLAPSIBLE_RUN.lastIndex = 0;
    for (let match = COLLAPSIBLE_RUN.exec(data); match !== null; match = COLLAPSIBLE_RUN.exec(data)) {
      appendWord(data.slice(last, match.index), start, end, verbatim, offset + last);
      const at = verbatim ? start + offset + match.index : start;
      const atEnd = verbatim ? at + match[0].length : end;
      // Leading space of a block and doubled spaces vanish, as the browser renders them.
      if (pendingBreak === '' && builder.size > 0 && !COLLAPSIBLE.test(builder.lastChar()) && builder.lastChar() !== '\n') {
        builder.appendReplacement(' ', at, atEnd);
      }
      last = match.index + match[0].length;
    }
    appendWord(data.slice(last), start, end, verbatim, offset + last);
  }

  function appendWord(word: string, start: number, end: number, verbatim: boolean, offset: number): void {
    if (word === '') return;
    flushBreak();
    if (verbatim) builder.appendVerbatim(word, start + offset);
    else builder.appendReplacement(word, start, end);
  }

  parser.write(html);
  parser.end();
  builder.trimEnd(/[ \n]/);
  return builder.build();
}
