import type { Lang } from '../types';

/**
 * One sentence shape, as a regular expression over a sentence (or paragraph) of the text. Patterns
 * are data: bounded quantifiers only (`{1,80}`, never `.*` inside a repetition), so matching time
 * stays linear in the length of the text. For letters write `[a-zà-öø-ɏ]` (the `i` flag covers
 * capitals): Unicode property classes such as `\p{L}` compile several times slower under `iu`,
 * which a cold start pays for.
 */
export interface PatternEntry {
  /** Stable id, unique in its set; part of the finding's `entryId`. */
  id: string;
  /** A sentence the shape must match (tested), written for this entry. */
  example: string;
  /** The shape. Flags `g`, `i` and `u` are added when compiled. */
  pattern: RegExp;
  /**
   * A match that this case-sensitive expression also finds is not reported: for exceptions the
   * case-insensitive shape cannot see, such as a label written in capitals. Without the `g` flag.
   */
  unless?: RegExp;
  /** A direction for a rewrite, in the set's language. */
  note?: string;
  /** How much one hit counts (default 1). */
  weight?: number;
  /** Which of the rule's messages reports this shape, for a rule with more than one (default `finding`). */
  message?: string;
  /**
   * The match is the whole phrase, so the mark does not run on after it even in a rule whose
   * marks run to the phrase end: a closed range such as "from startups to enterprises" ends on its
   * last word, and what follows ("use it") is the rest of the sentence.
   */
  complete?: boolean;
}

/** For `unless`: a match without a single lowercase letter, such as a label in capitals. */
export const NO_LOWERCASE = /^[^a-zß-öø-ÿ]*$/u;

/** A set of sentence shapes for one rule in one language, with where it comes from. */
export interface PatternSet {
  /** The rule that uses it. */
  rule: string;
  /** The language of its patterns and notes. */
  lang: Lang;
  /** What each pattern is matched against. */
  scope: 'sentence' | 'paragraph';
  /** Where the shapes come from (required). */
  source: string;
  /** The shapes. */
  entries: readonly PatternEntry[];
}

/** Declares a pattern set; a typed identity function so data files need no logic. */
export function definePatterns(set: PatternSet): PatternSet {
  return set;
}

/** A pattern compiled with the flags every pattern gets. */
export function compileEntryPattern(entry: PatternEntry): RegExp {
  const flags = new Set([...entry.pattern.flags, 'g', 'i', 'u']);
  return new RegExp(entry.pattern.source, [...flags].join(''));
}
