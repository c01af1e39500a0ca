/** The words that tell where a phrase ends, in one language (data in `languages/<lang>/phrase-ends.ts`). */
export interface PhraseEnds {
  /** Words that start a new phrase: prepositions, conjunctions, relative pronouns, a few verbs and quantifiers. */
  boundaries: readonly string[];
  /** Words a phrase never ends on: articles and possessives ("a", "de", "onze"). */
  dangling: readonly string[];
}

/** How far a phrase may run on. */
export interface PhraseLimits {
  /** A rest of the clause of at most this many words is taken whole (0: never whole). */
  wholeClause: number;
  /** Otherwise at most this many words, stopping before a boundary word. */
  maxWords: number;
  /** Whether the first word may be a boundary word: after a pivot ("it's about …") it may, after a list item it ends the item. */
  boundaryFirst: boolean;
}

/** Where a clause ends: punctuation that closes it, a line break or a spaced dash. */
const CLAUSE_END = /[,;:.!?…()"“”]|\n|\s[—–-]\s|—/u;
const WORD = /\S+/gu;

/**
 * The end of the phrase that runs on from `from`: pattern shapes end at their pivot word ("or",
 * "but", ", ensuring"), and the mark should cover what that word introduces, up to the end of its
 * clause ("Whether you run a small team or a global enterprise"). A short rest of the clause is taken
 * whole; a longer one up to a few words, stopping before a word that starts a new phrase, and never
 * ending on an article. Never beyond `limit`; returns `from` when nothing follows.
 */
export function phraseEnd(text: string, from: number, limit: number, ends: { boundaries: ReadonlySet<string>; dangling: ReadonlySet<string> }, limits: PhraseLimits): number {
  const rest = text.slice(from, limit);
  const stop = CLAUSE_END.exec(rest);
  const clause = stop ? rest.slice(0, stop.index) : rest;
  const words: { word: string; end: number }[] = [];
  for (const match of clause.matchAll(WORD)) words.push({ word: match[0].toLowerCase().replace(/['’]s$/u, ''), end: match.index + match[0].length });
  if (words.length === 0) return from;
  let taken = words;
  if (words.length > limits.wholeClause) {
    const boundary = words.findIndex((word, index) => (index > 0 || !limits.boundaryFirst) && ends.boundaries.has(word.word));
    taken = words.slice(0, Math.min(limits.maxWords, boundary < 0 ? words.length : boundary));
  }
  while (taken.length > 0 && ends.dangling.has(taken[taken.length - 1]!.word)) taken = taken.slice(0, -1);
  return taken.length === 0 ? from : from + taken[taken.length - 1]!.end;
}
