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

let configured = false;

/** Teaches compromise the Dutch abbreviations once per process. */
function configure(): void {
  if (configured) return;
  const abbreviations: Record<string, true> = {};
  for (const abbreviation of DUTCH_ABBREVIATIONS) abbreviations[abbreviation] = true;
  nlp.plugin({ model: { one: { abbreviations } } });
  configured = true;
}

interface CompromiseTerm {
  pre: string;
  text: string;
  post: string;
}

/**
 * Sentence spans inside `text.slice(from, to)` (one paragraph), found by compromise's
 * abbreviation-aware sentence splitter. Spans are trimmed of surrounding white space.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  configure();
  const paragraph = text.slice(from, to);
  const spans: Span[] = [];
  let cursor = 0;
  const sentences = (nlp.tokenize(paragraph) as unknown as { docs: CompromiseTerm[][] }).docs;
  for (const terms of sentences) {
    const written = terms.map((term) => term.pre + term.text + term.post).join('');
    if (written.length === 0) continue;
    // compromise reproduces its input term by term; fall back to searching if it ever does not.
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
