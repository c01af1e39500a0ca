// Every phrase lexicon, per language, compiled into one matcher at import. What the matcher holds
// is fixed by this list, never by which rule happened to run first.
import type { Lang } from '../types';
import type { Lexicon, LexiconEntry } from '../lexicon/define';
import { LexiconMatcher } from '../lexicon/match';
import { perLanguage } from '../languages';

/** The rules whose phrases are lexicons searched by the shared matcher, in a fixed order. */
const PHRASE_RULES = ['abstract-nouns', 'ai-vocabulary', 'hedging', 'hype', 'stock-phrase'] as const;

/** The phrase lexicons of each language (each from its rule's `<lang>.ts`), searched together in one pass over the text. */
export const PHRASE_LEXICONS: Readonly<Record<Lang, readonly Lexicon[]>> = perLanguage((pack) => PHRASE_RULES.map((id) => pack.rules[id].phrases));

/** One language's compiled matcher, and which lexicon each entry belongs to. */
export interface CompiledLexicons {
  /** All lexicons of the language in one matcher. */
  matcher: LexiconMatcher;
  /** The lexicon an entry came from. */
  lexiconOf: ReadonlyMap<LexiconEntry, Lexicon>;
}

function compile(lexicons: readonly Lexicon[]): CompiledLexicons {
  const lexiconOf = new Map<LexiconEntry, Lexicon>();
  for (const lexicon of lexicons) for (const entry of lexicon.entries) lexiconOf.set(entry, lexicon);
  return { matcher: new LexiconMatcher(lexicons), lexiconOf };
}

/** Compiled once, at import. */
export const COMPILED_LEXICONS: Readonly<Record<Lang, CompiledLexicons>> = perLanguage((_, lang) => compile(PHRASE_LEXICONS[lang]));
