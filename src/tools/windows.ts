// Paragraph windows: what a user selects. A corpus text is cut into runs of whole paragraphs of
// several lengths between 30 and 90 words, so the score can be fitted and measured on the pieces
// people actually check, not only on whole texts.
import { paragraphSpans } from '../analyzer/text/document';
import { tokenize } from '../analyzer/text/tokenize';

/** Shortest and longest window, in words. */
export const WINDOW_WORDS = { min: 30, max: 90 } as const;

/** Window lengths aimed at in turn, so short and long selections are both represented. */
const TARGETS = [30, 45, 60, 75, 90];

/** One window of a text: its paragraphs joined as they stood, and its word count. */
export interface TextWindow {
  /** The paragraphs, separated by blank lines. */
  text: string;
  /** Word and number tokens. */
  words: number;
}

function countWords(text: string, start: number, end: number): number {
  let words = 0;
  for (const token of tokenize(text, start, end)) if (token.kind !== 'symbol') words++;
  return words;
}

/**
 * Cuts a text into consecutive windows of whole paragraphs, 30–90 words each, aiming at 30, 45,
 * 60, 75 and 90 words in turn. A paragraph longer than 90 words alone is skipped (a selection of it
 * would not be a paragraph window). Deterministic.
 */
export function paragraphWindows(text: string): TextWindow[] {
  const paragraphs = paragraphSpans(text).map((span) => ({ ...span, words: countWords(text, span.start, span.end) }));
  const windows: TextWindow[] = [];
  let target = 0;
  let first = 0;
  while (first < paragraphs.length) {
    const goal = TARGETS[target % TARGETS.length]!;
    let words = 0;
    let last = first;
    while (last < paragraphs.length && words < goal) words += paragraphs[last++]!.words;
    // Too long with the last paragraph: drop it, unless it was the only one.
    if (words > WINDOW_WORDS.max && last - first > 1) words -= paragraphs[--last]!.words;
    if (words >= WINDOW_WORDS.min && words <= WINDOW_WORDS.max) {
      windows.push({ text: paragraphs.slice(first, last).map((span) => text.slice(span.start, span.end)).join('\n\n'), words });
      target++;
      first = last;
    } else if (words < WINDOW_WORDS.min && last >= paragraphs.length) {
      break;
    } else {
      first++;
    }
  }
  return windows;
}
