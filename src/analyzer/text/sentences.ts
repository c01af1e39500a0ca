import nlp from 'compromise/one';
import type { Lang, Span } from '../types';

/**
 * Dutch abbreviations that do not end a sentence, lowercase and without their final dot. compromise
 * knows the English ones; the Dutch ones are applied after its split, to Dutch text only, instead of
 * being added to compromise's shared lists (which would change how English text is split too).
 * Source: Taalunie "Lijst van afkortingen" (common business-copy abbreviations).
 */
const DUTCH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'bijv', 'bv', 'dhr', 'mevr', 'mr', 'dr', 'drs', 'ing', 'ir', 'prof', 'ca', 'incl', 'excl', 'evt',
  'zgn', 'nl', 'resp', 'jl', 'vnl', 'tel', 'nr', 'blz', 'pag', 'afd', 'max', 'min', 'gem', 'mln',
  'mld', 'mrd', 'ong', 'vs', 'etc', 'enz', 'm.b.t', 'i.v.m', 'o.a', 'd.w.z', 't.a.v', 'e.d', 'a.s',
  'z.s.m', 'm.u.v', 'n.a.v', 'i.p.v', 'v.a', 't.o.v', 'w.o', 'o.b.v', 'i.c.m', 'm.i.v',
]);

/** Abbreviations that often close a list and so may end a sentence before a capital. */
const LIST_CLOSERS: ReadonlySet<string> = new Set(['etc', 'enz', 'e.d']);

/** compromise's sentence splitter and the (untouched) world it reads its abbreviations from. */
interface SentenceSplitter {
  split: (text: string, world: unknown) => string[];
  world: unknown;
}

/**
 * compromise's splitter alone (`methods.one.tokenize.splitSentences`, the first step of
 * `nlp.tokenize`) gives the boundaries without building and normalising terms, which we never
 * read: about a third of the time of a full `nlp.tokenize`. Taken once, at import; never modified.
 */
const SPLITTER: SentenceSplitter = (() => {
  const world = (nlp as unknown as { world(): { methods: { one: { tokenize: { splitSentences: SentenceSplitter['split'] } } } } }).world();
  return { split: world.methods.one.tokenize.splitSentences, world };
})();

const LAST_WORD = /([\p{L}.]+)\.$/u;

/** Whether a Dutch sentence that ends like `written` is cut after an abbreviation, given what follows. */
function endsInDutchAbbreviation(written: string, next: string): boolean {
  const word = LAST_WORD.exec(written)?.[1]?.toLowerCase();
  if (!word || !DUTCH_ABBREVIATIONS.has(word)) return false;
  return !(LIST_CLOSERS.has(word) && /^\p{Lu}/u.test(next));
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
export function splitSentences(text: string, from: number, to: number, lang: Lang): Span[] {
  if (to - from <= MAX_CHUNK) return splitChunk(text, from, to, lang);
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
    for (const span of splitChunk(text, start, end, lang)) spans.push(span);
    start = end;
  }
  return spans;
}

/** A terminator followed by more text: only then can a stretch hold more than one sentence. */
const INNER_TERMINATOR = /[.!?…]["'”’)]*\s+\S/;

function splitChunk(text: string, from: number, to: number, lang: Lang): Span[] {
  const paragraph = text.slice(from, to);
  // Headings, list items and one-sentence lines need no splitter (most lines of a web page).
  if (!INNER_TERMINATOR.test(paragraph)) {
    const spans: Span[] = [];
    pushTrimmed(paragraph, 0, paragraph.length, from, spans);
    return spans;
  }
  const { split, world } = SPLITTER;
  const spans: Span[] = [];
  let cursor = 0;
  const pieces = split(paragraph, world).filter((written) => written.length > 0);
  if (lang === 'nl') {
    for (let index = 0; index + 1 < pieces.length; index++) {
      if (endsInDutchAbbreviation(pieces[index]!.trimEnd(), pieces[index + 1]!.trimStart())) {
        pieces.splice(index, 2, pieces[index]! + pieces[index + 1]!);
        index--;
      }
    }
  }
  for (const written of pieces) {
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
