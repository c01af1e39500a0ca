import type { Lang, Span } from '../types';
import { splitSentences } from './sentences';
import { tokenize, type Token } from './tokenize';

/** One sentence: its span and its tokens. */
export interface Sentence extends Span {
  /** Index of the paragraph it belongs to. */
  paragraph: number;
  /** All tokens, symbols included. */
  tokens: Token[];
  /** Word and number tokens only: what "words" counts. */
  words: Token[];
}

/** One paragraph: a block separated from the next by a line break. */
export interface Paragraph extends Span {
  /** Indexes of its sentences in `Document.sentences`. */
  sentences: number[];
  /** Number of word tokens. */
  words: number;
}

/** The text parsed once, shared by every rule. */
export interface Document {
  /** The analysed text, unchanged. */
  text: string;
  /** The language the rules judge it in. */
  lang: Lang;
  /** Paragraphs in order. */
  paragraphs: Paragraph[];
  /** Sentences in order. */
  sentences: Sentence[];
  /** Every word and number token in order. */
  words: Token[];
}

const LINE = /[^\n\r\u2028\u2029]+/g;
/** A line that ends like this is complete; otherwise a break before a lowercase word is a hard wrap. */
const LINE_END = /[.!?:;…"”’)\]]$/;
const STARTS_LOWERCASE = /^[\p{Ll}\p{N}(]/u;

/**
 * Paragraph spans. Every line break starts a new paragraph (so headings and list items stand
 * alone), except a hard wrap: a line that does not end a sentence followed by one that starts in
 * lowercase continues the same paragraph ("Google found\nthat going …").
 */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  LINE.lastIndex = 0;
  let match: RegExpExecArray | null;
  let previousLineEnd = -1;
  while ((match = LINE.exec(text)) !== null) {
    let start = match.index;
    let end = start + match[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end === start) continue;
    const last = spans[spans.length - 1];
    const gap = last ? text.slice(last.end, start) : '';
    const singleBreak = last !== undefined && last.end === previousLineEnd && (gap.match(/\n/g)?.length ?? 0) <= 1;
    if (last && singleBreak && !LINE_END.test(text.slice(last.start, last.end)) && STARTS_LOWERCASE.test(text.slice(start, end))) {
      last.end = end;
    } else {
      spans.push({ start, end });
    }
    previousLineEnd = end;
  }
  return spans;
}

/**
 * Parses `text` into paragraphs, sentences and tokens (offsets in UTF-16 code units of `text`).
 * With `spans`, only those paragraphs (from `paragraphSpans`) are read: the blocks of one language.
 */
export function buildDocument(text: string, lang: Lang, spans: readonly Span[] = paragraphSpans(text)): Document {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  const words: Token[] = [];
  for (const span of spans) {
    const paragraph: Paragraph = { ...span, sentences: [], words: 0 };
    for (const sentenceSpan of splitSentences(text, span.start, span.end, lang)) {
      const sentenceTokens = tokenize(text, sentenceSpan.start, sentenceSpan.end);
      const sentenceWords = sentenceTokens.filter((token) => token.kind !== 'symbol');
      if (sentenceTokens.length === 0) continue;
      paragraph.sentences.push(sentences.length);
      paragraph.words += sentenceWords.length;
      sentences.push({ ...sentenceSpan, paragraph: paragraphs.length, tokens: sentenceTokens, words: sentenceWords });
      for (const word of sentenceWords) words.push(word);
    }
    if (paragraph.sentences.length > 0) paragraphs.push(paragraph);
  }
  return { text, lang, paragraphs, sentences, words };
}
