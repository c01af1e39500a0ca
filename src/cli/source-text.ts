import type { Span } from '../analyzer/types';

/** The text handed to the analyzer, and how each of its code units maps back into the file it came from. */
export interface SourceText {
  /** What the analyzer reads. */
  text: string;
  /** Where text code unit `i` starts in the source; null when the text is the source itself. */
  sourceStarts: Int32Array | null;
  /** Where text code unit `i` ends (exclusive) in the source; null when the text is the source itself. */
  sourceEnds: Int32Array | null;
}

/** A place in the original file, for people: 1-based line and column (UTF-16 code units, as editors and ESLint count). */
export interface SourceLocation {
  /** Offset of the first code unit in the decoded file. */
  start: number;
  /** Offset one past the last code unit in the decoded file. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
}

/** A source text that is its own analysed text (plain .txt, stdin). */
export function identityText(text: string): SourceText {
  return { text, sourceStarts: null, sourceEnds: null };
}

/**
 * Collects analysed text piece by piece while remembering where every code unit came from, so a
 * finding in extracted HTML or Markdown still points at the right line of the original file.
 */
export class SourceTextBuilder {
  private readonly parts: string[] = [];
  private starts: Int32Array;
  private ends: Int32Array;
  private length = 0;

  constructor(expectedLength: number) {
    const capacity = Math.max(16, expectedLength);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  /** Length of the text collected so far. */
  get size(): number {
    return this.length;
  }

  /** The last code unit appended, or '' when nothing has been. */
  lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last.charAt(last.length - 1) : '';
  }

  /** Appends `text`, copied verbatim from `source[sourceStart, sourceStart + text.length)`. */
  appendVerbatim(text: string, sourceStart: number): void {
    this.reserve(text.length);
    for (let index = 0; index < text.length; index += 1) {
      this.starts[this.length + index] = sourceStart + index;
      this.ends[this.length + index] = sourceStart + index + 1;
    }
    this.push(text);
  }

  /** Appends `text` that stands for the whole source range `[sourceStart, sourceEnd)` (an entity, a collapsed run of spaces). */
  appendReplacement(text: string, sourceStart: number, sourceEnd: number): void {
    this.reserve(text.length);
    for (let index = 0; index < text.length; index += 1) {
      this.starts[this.length + index] = sourceStart;
      this.ends[this.length + index] = sourceEnd;
    }
    this.push(text);
  }

  /** Drops trailing characters of the collected text that match `pattern` (one code unit at a time). */
  trimEnd(pattern: RegExp): void {
    while (this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1] as string;
      let keep = last.length;
      while (keep > 0 && pattern.test(last.charAt(keep - 1))) keep -= 1;
      this.length -= last.length - keep;
      if (keep > 0) {
        this.parts[this.parts.length - 1] = last.slice(0, keep);
        return;
      }
      this.parts.pop();
    }
  }

  /** Drops everything collected after the first `length` code units (a block the reading policy leaves out). */
  truncate(length: number): void {
    while (this.length > length && this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1] as string;
      const excess = this.length - length;
      if (last.length <= excess) {
        this.parts.pop();
        this.length -= last.length;
      } else {
        this.parts[this.parts.length - 1] = last.slice(0, last.length - excess);
        this.length = length;
      }
    }
  }

  /** The collected text with its map back into the source. */
  build(): SourceText {
    const text = this.parts.join('');
    return { text, sourceStarts: this.starts.slice(0, this.length), sourceEnds: this.ends.slice(0, this.length) };
  }

  private push(text: string): void {
    if (text.length === 0) return;
    this.parts.push(text);
    this.length += text.length;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.starts.length) return;
    const capacity = Math.max(needed, this.starts.length * 2);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    starts.set(this.starts.subarray(0, this.length));
    ends.set(this.ends.subarray(0, this.length));
    this.starts = starts;
    this.ends = ends;
  }
}

/** Finds line and column of offsets in one source text; builds its line index once. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(source: string) {
    for (let index = 0; index < source.length; index += 1) {
      const code = source.charCodeAt(index);
      // \r\n, \n and a lone \r each end a line, as editors count them.
      if (code === 10 || (code === 13 && source.charCodeAt(index + 1) !== 10)) this.lineStarts.push(index + 1);
    }
  }

  /** 1-based line and column of a source offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] as number) + 1 };
  }
}

/** Maps a span of the analysed text back to the original file. */
export function locate(sourceText: SourceText, lines: LineIndex, span: Span): SourceLocation {
  const { sourceStarts, sourceEnds, text } = sourceText;
  let start = span.start;
  let end = span.end;
  if (sourceStarts && sourceEnds) {
    if (text.length === 0) {
      start = 0;
      end = 0;
    } else {
      const first = Math.min(span.start, text.length - 1);
      start = sourceStarts[first] as number;
      end = span.end > span.start ? (sourceEnds[span.end - 1] as number) : start;
    }
  }
  return { start, end, ...lines.position(start) };
}
