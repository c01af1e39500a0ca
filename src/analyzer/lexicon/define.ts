import type { Lang } from '../types';

/**
 * One phrase of a lexicon. `match` uses a small syntax that means the same in both languages:
 * words separated by spaces are compared case- and diacritic-insensitively; `(a|b)` is one of
 * several words; `word?` is optional; `_` is any one word; `...` is a gap of up to four words;
 * `stem*` matches any word starting with `stem`; `=écht` matches only that spelling (accents count). A group may hold phrases (`(met ons)?`) or be glued
 * to a word (`stap(je)?`): it is expanded into variants. Several variants may be given as an array.
 */
export interface LexiconEntry {
  /** Stable id, unique in its lexicon; part of the finding's `entryId`. */
  id: string;
  /** The pattern (or variants) to find. */
  match: string | readonly string[];
  /** Literal replacements, when there are any. */
  expected?: readonly string[];
  /** A direction for a rewrite, in the lexicon's language. */
  note?: string;
  /** How much one hit counts (default 1). */
  weight?: number;
}

/** A list of phrases for one rule in one language, with where the list comes from. */
export interface Lexicon {
  /** The rule that uses it. */
  rule: string;
  /** The language of its phrases and notes. */
  lang: Lang;
  /** Where the list comes from (required: a test fails without it). */
  source: string;
  /** The phrases. */
  entries: readonly LexiconEntry[];
}

/** Declares a lexicon; a typed identity function so data files need no logic. */
export function defineLexicon(lexicon: Lexicon): Lexicon {
  return lexicon;
}
