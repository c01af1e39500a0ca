import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { PageReading, type ReadingTally } from '../reading/policy';
import { SourceTextBuilder, type SourceText } from './source-text';

/** The prose of a Markdown document, with its map back into the file and what the reading policy left out. */
export interface MarkdownText extends SourceText {
  /** Words kept and left out by the reading policy, by reason. */
  tally: ReadingTally;
}

/** Front matter in YAML (`---`) or TOML (`+++`), as static site generators write it. */
const MATTERS = ['yaml', 'toml'] as const;

/** Bare URLs in text: not prose, and their dots are not sentence ends. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()]*[^\s<>().,;:!?'"]/g;
/** A character reference: `&amp;`, `&#233;`, `&#xE9;`. */
const CHARACTER_REFERENCE = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[A-Za-z][A-Za-z\d]{1,31});/;
/** A GFM task box opening a list item: "[ ] ", "[x] ". */
const TASK_BOX = /^\[[ xX]\][ \t]+/;
/** A text that is nothing but an address. */
const ONLY_ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|[^\s@]+@[^\s@]+)$/;

/** A chunk grows to about this many characters before it ends at the next blank line. */
const CHUNK_SOFT = 4_000;
/** A chunk without a blank line ends at a line end past this, and a line this long at a space. */
const CHUNK_HARD = 8_000;
/** A fence that opens or closes a code block. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The document cut into chunks that are parsed one by one. micromark takes quadratic time on some
 * hostile input (200k nested "> ", runs of "**a" or "[a](": minutes), and a paragraph, a list or a
 * quote of real prose never spans thousands of characters without a blank line; so chunks end at a
 * blank line outside a code fence once they are long, and at a line end or a space when they are
 * much too long. A link whose definition sits in another chunk then reads as its text in brackets.
 */
export function markdownChunks(markdown: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let chunkStart = 0;
  let fence = '';
  let lineStart = 0;
  while (lineStart < markdown.length) {
    let lineEnd = markdown.indexOf('\n', lineStart);
    lineEnd = lineEnd < 0 ? markdown.length : lineEnd + 1;
    // Inside a code fence nothing is cut: the rest of the block would be read as prose.
    if (fence === '' && lineEnd - chunkStart > CHUNK_HARD && lineEnd - lineStart > CHUNK_HARD) {
      // One very long line: cut it at a space (or anywhere, off a surrogate pair) near the limit.
      let cut = markdown.lastIndexOf(' ', chunkStart + CHUNK_HARD);
      if (cut <= Math.max(chunkStart, lineStart)) cut = Math.max(chunkStart, lineStart) + CHUNK_HARD;
      const code = markdown.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
      if (cut > chunkStart) chunks.push([chunkStart, cut]);
      chunkStart = cut;
      lineStart = cut;
      continue;
    }
    const line = markdown.slice(lineStart, lineEnd);
    const opened = FENCE.exec(line);
    if (opened) {
      const marker = opened[1]!;
      if (fence === '') fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = '';
    }
    const blank = line.trim() === '';
    const length = lineEnd - chunkStart;
    if (fence === '' && ((blank && length > CHUNK_SOFT) || length > CHUNK_HARD)) {
      chunks.push([chunkStart, lineEnd]);
      chunkStart = lineEnd;
    }
    lineStart = lineEnd;
  }
  if (chunkStart < markdown.length || chunks.length === 0) chunks.push([chunkStart, markdown.length]);
  return chunks;
}

/** Block tags the reading policy knows, by mdast node type (a heading by its depth). */
function blockTag(node: Nodes): string {
  if (node.type === 'heading') return `h${node.depth}`;
  if (node.type === 'tableCell') return 'td';
  return 'p';
}

/** Whether a link is an autolink or a bare URL written as a link: its text is its address. */
function linkIsAddress(node: Nodes): boolean {
  if (node.type !== 'link') return false;
  const only = node.children.length === 1 ? node.children[0] : undefined;
  if (only?.type !== 'text') return false;
  return only.value === node.url || `mailto:${only.value}` === node.url || ONLY_ADDRESS.test(only.value);
}

/**
 * The prose of a Markdown document, read with a real CommonMark parser (mdast, with GFM tables and
 * front matter): paragraphs, headings, list items, quotes and table cells, each a block joined with
 * a blank line as the HTML readers join theirs; code, HTML, front matter, link targets, image URLs
 * and bare URLs are left out, and the shared reading policy drops furniture blocks (contact lines,
 * © lines, hours, prices, labels). Every code unit maps back to its place in the file.
 */
export function extractMarkdownText(markdown: string): MarkdownText {
  const trees = markdownChunks(markdown).map(([chunkStart, chunkEnd]) => {
    const tree: Root = fromMarkdown(markdown.slice(chunkStart, chunkEnd), {
      extensions: [gfmTable(), ...(chunkStart === 0 ? [frontmatter([...MATTERS])] : [])],
      mdastExtensions: [gfmTableFromMarkdown(), ...(chunkStart === 0 ? [frontmatterFromMarkdown([...MATTERS])] : [])],
    });
    return { tree, offset: chunkStart };
  });
  const builder = new SourceTextBuilder(markdown.length);
  const page = new PageReading();

  /** The block being read: where it starts in the collected text, its text and link characters. */
  let block = { mark: 0, text: '', linkCharacters: 0 };
  // The block's last character, kept aside: reading it from a string built by `+=` flattens the rope each time (quadratic).
  let lastCharacter = '\n';

  const emit = (text: string, starts: readonly number[], ends: readonly number[], inLink: boolean): void => {
    // Runs of characters copied 1:1 from the file go in whole; anything else one by one with its range.
    let runStart = -1;
    let runEnd = -1;
    const flushRun = (): void => {
      if (runStart >= 0) builder.appendVerbatim(markdown.slice(runStart, runEnd), runStart);
      runStart = -1;
    };
    for (let index = 0; index < text.length; index += 1) {
      const character = text[index]!;
      const space = character === ' ' || character === '\t';
      // Spaces collapse, and none opens a block or a line: dropped syntax leaves no double space.
      if (space && (lastCharacter === ' ' || lastCharacter === '\n' || lastCharacter === '\r')) continue;
      const output = space ? ' ' : character;
      block.text += output;
      lastCharacter = output;
      if (inLink && !space && character !== '\n' && character !== '\r') block.linkCharacters += 1;
      const start = starts[index]!;
      const end = ends[index]!;
      if (end - start === 1 && markdown[start] === output) {
        if (runStart >= 0 && runEnd === start) runEnd = end;
        else {
          flushRun();
          runStart = start;
          runEnd = end;
        }
        continue;
      }
      flushRun();
      builder.appendReplacement(output, start, end);
    }
    flushRun();
  };

  /** Appends a text node's value, aligned with its source so escapes and entities map to their place. */
  const appendText = (value: string, start: number, end: number, inLink: boolean): void => {
    const starts = new Array<number>(value.length);
    const ends = new Array<number>(value.length);
    let source = start;
    for (let index = 0; index < value.length; index += 1) {
      const character = value[index]!;
      // Syntax the parser left out of the value: escapes, a quote's ">" and indentation on a continued line.
      while (source < end && markdown[source] !== character && (markdown[source] === '\\' || ((markdown[source] === '>' || markdown[source] === ' ' || markdown[source] === '\t') && value[index - 1] === '\n'))) {
        source += 1;
      }
      const reference = markdown[source] === '&' ? CHARACTER_REFERENCE.exec(markdown.slice(source, source + 40)) : null;
      if (reference) {
        // A character reference stands for its whole range (one or two code units of the value).
        const referenceEnd = source + reference[0].length;
        const units = String.fromCodePoint(character.codePointAt(0)!).length;
        for (let unit = 0; unit < units && index + unit < value.length; unit += 1) {
          starts[index + unit] = source;
          ends[index + unit] = referenceEnd;
        }
        index += units - 1;
        source = referenceEnd;
      } else if (source < end && markdown[source] === character) {
        starts[index] = source;
        ends[index] = source + 1;
        source += 1;
      } else {
        // Not found where expected: the rest stands for the rest of the node.
        for (; index < value.length; index += 1) {
          starts[index] = Math.min(source, end);
          ends[index] = end;
        }
      }
    }
    // Bare URLs are aligned with the rest, then left out.
    let last = 0;
    for (const match of value.matchAll(BARE_URL)) {
      emit(value.slice(last, match.index), starts.slice(last, match.index), ends.slice(last, match.index), inLink);
      last = match.index + match[0].length;
    }
    emit(value.slice(last), starts.slice(last), ends.slice(last), inLink);
  };

  // Where the chunk being read starts in the file: node positions count from the chunk.
  let offset = 0;
  const startOf = (node: Nodes): number => node.position!.start.offset! + offset;
  const endOf = (node: Nodes): number => node.position!.end.offset! + offset;

  // A task box of the list item being read is syntax, not prose (GFM task lists; no extension needed).
  let skipTaskBox = false;

  const readInline = (node: Nodes, inLink: boolean): void => {
    switch (node.type) {
      case 'text': {
        if (!node.position) return;
        let start = startOf(node);
        let value = node.value;
        const box = skipTaskBox ? TASK_BOX.exec(value) : null;
        skipTaskBox = false;
        if (box && markdown.startsWith(box[0], start)) {
          value = value.slice(box[0].length);
          start += box[0].length;
        }
        appendText(value, start, endOf(node), inLink);
        return;
      }
      case 'break':
        if (node.position) emit('\n', [startOf(node)], [endOf(node)], false);
        return;
      case 'link':
      case 'linkReference':
        if (linkIsAddress(node)) return;
        for (const child of node.children) readInline(child, true);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
        for (const child of node.children) readInline(child, inLink);
        return;
      default:
        // inlineCode, html, image, imageReference, footnote references: not prose.
        return;
    }
  };

  const readBlock = (node: Nodes & Parents, tag: string, inTableCell: boolean): void => {
    block = { mark: builder.size, text: '', linkCharacters: 0 };
    lastCharacter = '\n';
    if (builder.size > 0 && node.position) {
      // The separator maps to the block's first character, so it points at a real place.
      builder.appendReplacement('\n\n', startOf(node), startOf(node) + 1);
    }
    for (const child of node.children) readInline(child as Nodes, false);
    builder.trimEnd(/[ \t\r\n]/);
    const text = block.text.trim();
    const reading = text === '' ? 'empty' : page.read({ text, tag, linkCharacters: block.linkCharacters, inTableCell });
    if (reading !== 'copy') builder.truncate(block.mark);
  };

  // Blocks in document order. A stack, not recursion: "- - - - …" nests list items as deep as the
  // input is long, and a recursive walk ran out of stack.
  const pending: Array<{ node: Nodes; listItem: boolean; first: boolean }> = trees
    .map(({ tree }) => ({ node: tree as Nodes, listItem: false, first: false }))
    .reverse();
  while (pending.length > 0) {
    const { node, listItem, first } = pending.pop()!;
    if (node.type === 'root') offset = trees.find((chunk) => chunk.tree === node)!.offset;
    switch (node.type) {
      case 'paragraph':
        skipTaskBox = listItem && first;
        readBlock(node, listItem ? 'li' : blockTag(node), false);
        skipTaskBox = false;
        break;
      case 'heading':
        readBlock(node, blockTag(node), false);
        break;
      case 'tableCell':
        readBlock(node, 'td', true);
        break;
      case 'root':
      case 'blockquote':
      case 'list':
      case 'table':
      case 'tableRow':
      case 'listItem':
        for (let index = node.children.length - 1; index >= 0; index -= 1) {
          pending.push({ node: node.children[index]!, listItem: node.type === 'listItem', first: index === 0 });
        }
        break;
      default:
        // code, html, yaml, toml, definition, thematicBreak: not prose.
        break;
    }
  }
  return { ...builder.build(), tally: page.tally };
}
