/**
 * The page's copy as one string, and the way back from an offset in that string to a DOM text node.
 *
 * Blocks are joined with "\n\n" (what the analyzer reads as paragraph breaks). Inside a block, runs of
 * whitespace collapse to one space and the block is trimmed, so the analyzer sees clean prose; every
 * character that stays is copied 1:1 from a node, which keeps the mapping a list of contiguous
 * pieces. Separators the builder adds itself (between blocks, "\n" for `<br>`) map to no node. A block
 * the reading policy leaves out never enters the text.
 *
 * Generic over the node type so the mapping is unit-tested without a DOM.
 */

/** A run of characters of the joined text that is copied 1:1 from one node. */
export interface TextPiece<N> {
  /** The node the characters come from (a DOM `Text` in the browser). */
  node: N;
  /** Offset in the node's data of the first character. */
  nodeStart: number;
  /** Offset in the joined text of the first character. */
  textStart: number;
  /** Number of UTF-16 code units. */
  length: number;
}

/** One block of copy (a paragraph, heading, list item…) inside the joined text. */
export interface TextBlock<N> {
  /** Offset in the joined text where the block starts. */
  start: number;
  /** Offset one past the block's last character. */
  end: number;
  /** Its pieces, in text order. */
  pieces: TextPiece<N>[];
}

/** The joined text and its mapping back to nodes. */
export interface TextMap<N> {
  /** Blocks joined with "\n\n": exactly what is analysed. */
  text: string;
  /** Every block, in text order. */
  blocks: TextBlock<N>[];
}

/** A position in a node. */
export interface NodePosition<N> {
  /** The node. */
  node: N;
  /** Offset in the node's data. */
  offset: number;
}

/** Where the analyzer's block separator goes. */
export const BLOCK_SEPARATOR = '\n\n';

/** Whitespace that collapses (space, tab, LF, FF, CR). NBSP is not: it is part of the copy (`€ 10`). */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** Options of `TextMapBuilder`. */
export interface TextMapOptions {
  /** Decides, when a block closes, whether its text is copy; a block it refuses is left out. */
  accept?: (blockText: string) => boolean;
}

/** Builds a `TextMap` from text nodes visited in reading order. */
export class TextMapBuilder<N> {
  constructor(private readonly options: TextMapOptions = {}) {}

  private text = '';
  /** The current block's text, appended to `text` when the block closes (empty blocks never are). */
  private pendingBlockText = '';
  private readonly blocks: TextBlock<N>[] = [];
  private block: TextBlock<N> | null = null;
  private piece: TextPiece<N> | null = null;
  private lastWasSpace = true;
  private pendingSpace = false;
  /** A `<br>` owed before the next character of the block. */
  private pendingLineBreak = false;
  /** Node offset of the single plain space that made `pendingSpace`, or -1. */
  private singleSpaceAt = -1;

  /** Starts a new block; the previous one is closed. */
  startBlock(): void {
    this.endBlock();
    const start = this.text.length + (this.blocks.length > 0 ? BLOCK_SEPARATOR.length : 0);
    this.block = { start, end: start, pieces: [] };
    this.lastWasSpace = true;
    this.pendingSpace = false;
    this.pendingLineBreak = false;
  }

  /** A line break inside the block (`<br>`): one "\n" before the next text of the block, none at its edges. */
  softBreak(): void {
    if (this.block && this.pendingBlockText.length > 0) {
      this.pendingLineBreak = true;
      this.lastWasSpace = true;
    }
  }

  /** Adds `data.slice(from, to)` of `node` to the current block (one is started when needed). */
  addText(node: N, data: string, from = 0, to = data.length): void {
    if (!this.block) this.startBlock();
    const block = this.block!;
    let index = from;
    while (index < to) {
      if (isCollapsible(data.charCodeAt(index))) {
        const runStart = index;
        while (index < to && isCollapsible(data.charCodeAt(index))) index++;
        if (!this.lastWasSpace) {
          this.pendingSpace = true;
          // A single plain space inside the current piece maps 1:1, which keeps pieces long.
          this.singleSpaceAt = index - runStart === 1 && data.charCodeAt(runStart) === 32 ? runStart : -1;
        }
        this.lastWasSpace = true;
        continue;
      }
      let runEnd = index + 1;
      while (runEnd < to && !isCollapsible(data.charCodeAt(runEnd))) runEnd++;
      const piece = this.piece;
      const continues = piece !== null && piece.node === node;
      if (this.pendingLineBreak) {
        this.pendingLineBreak = false;
        this.pendingSpace = false;
        this.pendingBlockText += '\n';
        this.piece = null;
      } else if (this.pendingSpace) {
        this.pendingSpace = false;
        if (continues && piece.nodeStart + piece.length === this.singleSpaceAt && this.singleSpaceAt === index - 1) {
          this.pendingBlockText += ' ';
          piece.length++;
        } else {
          // Interior whitespace that maps to no single character: one unmapped space.
          if (this.pendingBlockText.length > 0) this.pendingBlockText += ' ';
          this.piece = null;
        }
      }
      if (!this.piece || this.piece.node !== node || this.piece.nodeStart + this.piece.length !== index) {
        this.piece = { node, nodeStart: index, textStart: block.start + this.pendingBlockText.length, length: 0 };
        block.pieces.push(this.piece);
      }
      this.pendingBlockText += data.slice(index, runEnd);
      this.piece.length += runEnd - index;
      this.lastWasSpace = false;
      index = runEnd;
    }
  }

  /** Closes the block; an empty block is dropped. */
  endBlock(): void {
    const block = this.block;
    this.block = null;
    this.piece = null;
    if (!block || block.pieces.length === 0) return;
    if (this.options.accept && !this.options.accept(this.pendingBlockText)) {
      this.pendingBlockText = '';
      return;
    }
    if (this.blocks.length > 0) this.text += BLOCK_SEPARATOR;
    this.text += this.pendingBlockText;
    block.end = block.start + this.pendingBlockText.length;
    this.pendingBlockText = '';
    this.blocks.push(block);
  }

  /** Finishes and returns the map. */
  build(): TextMap<N> {
    this.endBlock();
    return { text: this.text, blocks: this.blocks };
  }

}

/** The last index in `items` whose `key` is ≤ `value`, or -1. */
function lastAtOrBefore<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (key(items[middle]!) <= value) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * The node position of a text offset. `start` snaps forward to the next mapped character (the start
 * of a range), `end` snaps back to the end of the previous one (the end of a range); separators and
 * collapsed whitespace map to no node, so a span that begins or ends on one still gets a range.
 */
export function locate<N>(map: TextMap<N>, offset: number, side: 'start' | 'end'): NodePosition<N> | null {
  const pieces = piecesOf(map);
  if (pieces.length === 0) return null;
  if (side === 'start') {
    const index = lastAtOrBefore(pieces, offset, (piece) => piece.textStart);
    const piece = index >= 0 ? pieces[index]! : undefined;
    if (piece && offset < piece.textStart + piece.length) {
      return { node: piece.node, offset: piece.nodeStart + (offset - piece.textStart) };
    }
    const next = pieces[index + 1];
    return next ? { node: next.node, offset: next.nodeStart } : null;
  }
  const index = lastAtOrBefore(pieces, offset - 1, (piece) => piece.textStart);
  const piece = index >= 0 ? pieces[index]! : undefined;
  if (!piece) return null;
  const within = Math.min(offset - piece.textStart, piece.length);
  return { node: piece.node, offset: piece.nodeStart + within };
}

/** Start and end node positions of a span `[start, end)`, or null when it maps to nothing. */
export function locateSpan<N>(
  map: TextMap<N>,
  span: { start: number; end: number },
): { start: NodePosition<N>; end: NodePosition<N> } | null {
  if (span.end <= span.start) return null;
  const start = locate(map, span.start, 'start');
  const end = locate(map, span.end, 'end');
  if (!start || !end) return null;
  return { start, end };
}

const flatPieces = new WeakMap<object, TextPiece<unknown>[]>();

/** All pieces in text order, computed once per map. */
function piecesOf<N>(map: TextMap<N>): TextPiece<N>[] {
  let pieces = flatPieces.get(map) as TextPiece<N>[] | undefined;
  if (!pieces) {
    pieces = map.blocks.flatMap((block) => block.pieces);
    flatPieces.set(map, pieces as TextPiece<unknown>[]);
  }
  return pieces;
}
