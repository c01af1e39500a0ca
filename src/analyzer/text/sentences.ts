import nlp from 'compromise/one';
import type { Span } from '../types';

/**
 * Abbreviations that must not end a sentence. compromise knows the English ones; Dutch ones are
 * added here, as keys in compromise's normalized form (lowercase, no diacritics, no final dot).
 * Source: Taalunie "Lijst van afkortingen" (common business-copy abbreviations).
 */
const DUTCH_ABBREVIATIONS = [
  'bijv', 'bv', 'dhr', 'mevr', 'mr', 'dr', 'drs', 'ing', 'ir', 'prof', 'ca', 'incl', 'excl', 'evt',
  'zgn', 'nl', 'resp', 'jl', 'vnl', 'tel', 'nr', 'blz', 'pag', 'afd', 'max', 'min', 'gem', 'mln',
  'mld', 'mrd', 'ong', 'vs', 'etc', 'enz', 'm.b.t', 'i.v.m', 'o.a', 'd.w.z', 't.a.v', 'e.d', 'a.s',
  'z.s.m', 'm.u.v', 'n.a.v', 'i.p.v', 'v.a', 't.o.v', 'w.o', 'o.b.v', 'i.c.m', 'm.i.v',
];

/** compromise's sentence splitter, with the world it reads its abbreviations from. */
interface SentenceSplitter {
  split: (text: string, world: unknown) => string[];
  world: unknown;
}

let splitter: SentenceSplitter | null = null;

/**
 * Teaches compromise the Dutch abbreviations once per process and takes its sentence splitter.
 * The splitter alone (`methods.one.tokenize.splitSentences`, the first step of `nlp.tokenize`)
 * gives the boundaries without building and normalising terms, which we never read: about a
 * third of the time of a full `nlp.tokenize`.
 */
function sentenceSplitter(): SentenceSplitter {
  if (splitter) return splitter;
  const abbreviations: Record<string, true> = {};
  for (const abbreviation of DUTCH_ABBREVIATIONS) abbreviations[abbreviation] = true;
  nlp.plugin({ model: { one: { abbreviations } } });
  const world = (nlp as unknown as { world(): { methods: { one: { tokenize: { splitSentences: SentenceSplitter['split'] } } } } }).world();
  splitter = { split: world.methods.one.tokenize.splitSentences, world };
  return splitter;
}

/**
 * Longest stretch handed to compromise at once. Real paragraphs are far shorter; a page-long run
 * without punctuation is cut at white space first, because compromise slows down more than
 * linearly on one enormous sentence.
 */
const MAX_CHUNK = 4000;

/**
 * Sentence spans inside `text.slice(from, to)` (one paragraph), found by compromise's
 * abbreviation-aware sentence splitter. Spans are trimmed of surrounding white space.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  if (to - from <= MAX_CHUNK) return splitChunk(text, from, to);
  const spans: Span[] = [];
  let start = from;
  while (start < to) {
    let end = Math.min(to, start + MAX_CHUNK);
    if (end < to) {
      // Prefer to cut after a sentence end, else at the last white space, else where it falls.
      const slice = text.slice(start, end);
      const sentenceEnd = Math.max(slice.lastIndexOf('. '), slice.lastIndexOf('? '), slice.lastIndexOf('! '));
      const space = slice.lastIndexOf(' ');
      if (sentenceEnd > MAX_CHUNK / 2) end = start + sentenceEnd + 1;
      else if (space > 0) end = start + space;
    }
    for (const span of splitChunk(text, start, end)) spans.push(span);
    start = end;
  }
  return spans;
}

/** A terminator followed by more text: only then can a stretch hold more than one sentence. */
const INNER_TERMINATOR = /[.!?…]["'”’)]*\s+\S/;

function splitChunk(text: string, from: number, to: number): Span[] {
  const paragraph = text.slice(from, to);
  // Headings, list items and one-sentence lines need no splitter (most lines of a web page).
  if (!INNER_TERMINATOR.test(paragraph)) {
    const spans: Span[] = [];
    pushTrimmed(paragraph, 0, paragraph.length, from, spans);
    return spans;
  }
  const { split, world } = sentenceSplitter();
  const spans: Span[] = [];
  let cursor = 0;
  for (const written of split(paragraph, world)) {
    if (written.length === 0) continue;
    // compromise's sentences reproduce its input; fall back to searching if they ever do not.
    let start = paragraph.startsWith(written, cursor) ? cursor : paragraph.indexOf(written, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(paragraph.length, start + written.length);
    cursor = end;
    pushTrimmed(paragraph, start, end, from, spans);
  }
  if (cursor < paragraph.length) pushTrimmed(paragraph, cursor, paragraph.length, from, spans);
  return spans;
}

function pushTrimmed(paragraph: string, start: number, end: number, offset: number, spans: Span[]): void {
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /\s/.test(paragraph[end - 1]!)) end--;
  if (end > start) spans.push({ start: start + offset, end: end + offset });
}
