import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, countWords, elementReading, languageHint, PageReading, type BlockReading, type ElementReading, type ReadingTally } from '../reading/policy';
import { SourceTextBuilder, type SourceText } from './source-text';

/**
 * Deepest element nesting read. htmlparser2 keeps its open-element stack with `unshift`, so each
 * open tag costs time proportional to the depth and a document of nothing but unclosed tags takes
 * quadratic time (200k nested `<b>` took 7 s). Real pages stay far below this; Chromium's own
 * parser stops nesting at 512.
 */
export const MAX_HTML_DEPTH = 1000;

/** An HTML input the CLI refuses to read, with the reason for the user. */
export class HtmlTooDeep extends Error {}

/** The copy of an HTML page, with its map back into the file, its language hint and what was left out. */
export interface HtmlText extends SourceText {
  /** The page's `<html lang>`, when it has a usable one. */
  langHint?: string;
  /** Words kept and left out by the reading policy, by reason. */
  tally: ReadingTally;
  /** The blocks the policy left out, with why. */
  leftOut: ReadonlyArray<{ reading: BlockReading; text: string }>;
}

/** Whitespace HTML collapses; NBSP is not in it, on purpose. */
const COLLAPSIBLE = /[ \t\n\r\f]/;
const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;

/** One open element as the reader tracks it. */
interface OpenElement {
  /** Lower-case tag name. */
  name: string;
  /** How it, with its ancestors, is read: the first 'never' or 'chrome' ancestor wins. */
  reading: ElementReading;
  /** Whether it is a link (`<a href>`). */
  link: boolean;
}

/** The block being read, until the policy decides on it. */
interface OpenBlock {
  /** Size of the collected text before the block (and its separator). */
  mark: number;
  /** Its text, as the analyzer would read it. */
  text: string;
  /** Non-whitespace characters inside links. */
  linkCharacters: number;
  /** Distinct links with text in the block. */
  links: number;
  /** Serial of the last link that gave the block text. */
  lastLink: number;
  /** Tag of the innermost block element around it. */
  tag: string;
  /** Whether a table cell is open around it. */
  inTableCell: boolean;
}

/**
 * The copy of an HTML document as the shared reading policy (src/reading/policy.ts) defines it, and
 * as the extension's DOM reader reads it: whitespace collapsed, block elements as paragraphs (blank
 * line between them), `<br>` as a line break, never-copy, hidden and chrome elements left out, and
 * blocks of page furniture dropped. Every code unit maps back to its offset in the HTML, so findings
 * get real line numbers. The CLI sees no CSS: what only a stylesheet hides is read here.
 */
export function extractHtmlText(html: string): HtmlText {
  const builder = new SourceTextBuilder(Math.min(html.length, 1 << 20));
  const page = new PageReading();
  const open: OpenElement[] = [];
  let langHint: string | undefined;
  let seenHtml = false;
  let linkDepth = 0;
  // Each link opened gets a serial, so a block counts its distinct links as the DOM reader does.
  let linkSerial = 0;
  let currentLink = 0;
  let block: OpenBlock | null = null;
  // A break owed before the next visible text: '' none, '\n' line, '\n\n' paragraph.
  let pendingBreak = '';
  let pendingBreakAt = 0;

  const current = (): ElementReading => open[open.length - 1]?.reading ?? 'copy';
  const requestBreak = (kind: '\n' | '\n\n', at: number): void => {
    if (kind === '\n\n') endBlock();
    if (builder.size === 0 && block === null) return;
    if (pendingBreak.length < kind.length) pendingBreak = kind;
    pendingBreakAt = at;
  };
  const flushBreak = (): void => {
    if (pendingBreak === '') return;
    builder.trimEnd(/ /);
    if (block !== null && block.text.endsWith(' ')) block.text = block.text.trimEnd();
    if (builder.size > 0) {
      builder.appendReplacement(pendingBreak, pendingBreakAt, pendingBreakAt + 1);
      // The separator before a block is not part of its text; a line break inside it is.
      if (block !== null && block.text !== '') block.text += pendingBreak;
    }
    pendingBreak = '';
  };
  const startBlock = (): OpenBlock => {
    let tag = 'body';
    let inTableCell = false;
    for (let index = open.length - 1; index >= 0; index -= 1) {
      const name = open[index]!.name;
      if (tag === 'body' && BLOCK_TAGS.has(name) && name !== 'html') tag = name;
      if (name === 'td' || name === 'th') inTableCell = true;
    }
    return { mark: builder.size, text: '', linkCharacters: 0, links: 0, lastLink: 0, tag, inTableCell };
  };
  function endBlock(): void {
    const ended = block;
    block = null;
    if (ended === null || ended.text === '') return;
    builder.trimEnd(/ /);
    const reading = page.read({ text: ended.text.trimEnd(), tag: ended.tag, linkCharacters: ended.linkCharacters, links: ended.links, inTableCell: ended.inTableCell });
    if (reading !== 'copy') {
      builder.truncate(ended.mark);
      if (builder.size === 0) pendingBreak = '';
    }
  }

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const parent = current();
        const own = parent === 'copy' ? elementReading(name, (attribute) => attributes[attribute] ?? null) : parent;
        // 'never' inside 'chrome' stays 'never'; anything inside 'never' is never read.
        const reading: ElementReading = parent === 'never' || own === 'never' ? 'never' : own;
        const link = name === 'a' && 'href' in attributes;
        open.push({ name, reading, link });
        if (open.length > MAX_HTML_DEPTH) {
          throw new HtmlTooDeep(`HTML nested deeper than ${MAX_HTML_DEPTH} elements (unclosed tags?); not judged`);
        }
        if (name === 'html' && !seenHtml) {
          seenHtml = true;
          langHint = languageHint(attributes.lang);
        }
        if (reading !== 'copy') return;
        if (link) {
          linkDepth += 1;
          linkSerial += 1;
          currentLink = linkSerial;
        }
        if (name === 'br') requestBreak('\n', parser.startIndex);
        else if (BLOCK_TAGS.has(name)) requestBreak('\n\n', parser.startIndex);
      },
      onclosetag(name) {
        const closed = open.pop();
        if (!closed || closed.reading !== 'copy') return;
        if (closed.link) linkDepth = Math.max(0, linkDepth - 1);
        if (BLOCK_TAGS.has(name)) requestBreak('\n\n', parser.startIndex);
      },
      ontext(data) {
        const reading = current();
        if (reading === 'chrome') page.count('chrome', countWords(data));
        if (reading !== 'copy') return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // Text copied from the source keeps a 1:1 map; a decoded entity stands for its whole range.
        const verbatim = data.length === end - start;
        appendCollapsed(data, start, end, verbatim);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );

  function appendCollapsed(data: string, start: number, end: number, verbatim: boolean): void {
    let last = 0;
    COLLAPSIBLE_RUN.lastIndex = 0;
    for (let match = COLLAPSIBLE_RUN.exec(data); match !== null; match = COLLAPSIBLE_RUN.exec(data)) {
      appendWord(data.slice(last, match.index), start, end, verbatim, last);
      const at = verbatim ? start + match.index : start;
      const atEnd = verbatim ? at + match[0].length : end;
      // Leading space of a block and doubled spaces vanish, as the browser renders them.
      if (block !== null && block.text !== '' && pendingBreak === '' && !COLLAPSIBLE.test(builder.lastChar()) && builder.lastChar() !== '\n') {
        builder.appendReplacement(' ', at, atEnd);
        block.text += ' ';
      }
      last = match.index + match[0].length;
    }
    appendWord(data.slice(last), start, end, verbatim, last);
  }

  function appendWord(word: string, start: number, end: number, verbatim: boolean, offset: number): void {
    if (word === '') return;
    if (block === null) {
      // A new block: its mark is taken before its separator, so dropping it drops the separator too.
      block = startBlock();
      builder.trimEnd(/ /);
      block.mark = builder.size;
      pendingBreak = builder.size > 0 ? '\n\n' : '';
    }
    flushBreak();
    if (verbatim) builder.appendVerbatim(word, start + offset);
    else builder.appendReplacement(word, start, end);
    block.text += word;
    if (linkDepth > 0) {
      block.linkCharacters += word.length;
      if (block.lastLink !== currentLink) block.links += 1;
      block.lastLink = currentLink;
    }
  }

  parser.write(html);
  parser.end();
  endBlock();
  builder.trimEnd(/[ \n]/);
  return { ...builder.build(), ...(langHint !== undefined && { langHint }), tally: page.tally, leftOut: page.leftOut };
}
