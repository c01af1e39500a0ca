import { normalizeWord } from './normalize';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'symbol';

/** One token of the analysed text, with its place in UTF-16 code units. */
export interface Token {
  /** First code unit. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** The token as written. */
  text: string;
  /** Lowercase, diacritics removed, apostrophes unified (see `normalizeWord`). */
  norm: string;
  /** Word, number (contains a digit) or symbol (€, %, emoji, dashes, …). */
  kind: TokenKind;
  /** Starts with an uppercase letter. */
  capitalized: boolean;
}

/**
 * Words keep inner apostrophes, hyphens, dots and commas between letters or digits, so "zo’n",
 * "e-mailadres", "d.w.z", "1.299,50" and "auto's" stay one token. A leading "’s" / "'t" (Dutch
 * "’s ochtends", "'t huis") is a word of its own. Symbols are single non-space, non-letter
 * characters worth seeing (currency, percent, dashes, emoji); plain punctuation is skipped.
 */
const TOKEN =
  /(?<![\p{L}\p{N}])['’](?:s|t|k|n)(?![\p{L}\p{N}])|[\p{L}\p{M}\p{N}]+(?:['’\-‐.,/&][\p{L}\p{M}\p{N}]+)*|[€$£%‰#@&+=—–]|\p{Extended_Pictographic}/gu;

const HAS_DIGIT = /\p{N}/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

/** Splits `text` (or its slice `[from, to)`) into tokens whose offsets point into `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(text)) !== null) {
    const start = match.index;
    if (start >= to) break;
    let value = match[0];
    if (start + value.length > to) value = value.slice(0, to - start);
    const kind: TokenKind = HAS_DIGIT.test(value) ? 'number' : HAS_LETTER_OR_DIGIT.test(value) ? 'word' : 'symbol';
    tokens.push({
      start,
      end: start + value.length,
      text: value,
      norm: normalizeWord(value),
      kind,
      capitalized: UPPER_START.test(value),
    });
  }
  return tokens;
}
