/** A text a rule must flag, and the exact text it must flag in it. */
export interface FlagExample {
  /** The whole text. */
  text: string;
  /** What the rule must mark in it: exactly `text.slice(start, end)` of one finding. */
  actual: string;
}

/**
 * Flag and pass examples of one rule in one language, kept in the rule's folder as
 * `rules/<rule-id>/examples/<lang>.ts`: near-misses belong in `pass`.
 */
export interface LanguageExamples {
  /** Texts the rule must flag. */
  flag: FlagExample[];
  /** Texts the rule must leave alone. */
  pass: string[];
}
