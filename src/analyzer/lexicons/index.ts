// Every phrase lexicon, per language, compiled into one matcher at import. What the matcher holds
// is fixed by this list, never by which rule happened to run first.
import type { Lang } from '../types';
import type { Lexicon, LexiconEntry } from '../lexicon/define';
import { LexiconMatcher } from '../lexicon/match';
import enAbstractNouns from './en/abstract-nouns';
import enAiVocabulary from './en/ai-vocabulary';
import enHedging from './en/hedging';
import enHype from './en/hype';
import enStockPhrase from './en/stock-phrase';
import nlAbstractNouns from './nl/abstract-nouns';
import nlAiVocabulary from './nl/ai-vocabulary';
import nlHedging from './nl/hedging';
import nlHype from './nl/hype';
import nlStockPhrase from './nl/stock-phrase';

/** The phrase lexicons of each language, searched together in one pass over the text. */
export const PHRASE_LEXICONS: Readonly<Record<Lang, readonly Lexicon[]>> = {
  en: [enAbstractNouns, enAiVocabulary, enHedging, enHype, enStockPhrase],
  nl: [nlAbstractNouns, nlAiVocabulary, nlHedging, nlHype, nlStockPhrase],
};

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
export const COMPILED_LEXICONS: Readonly<Record<Lang, CompiledLexicons>> = {
  en: compile(PHRASE_LEXICONS.en),
  nl: compile(PHRASE_LEXICONS.nl),
};
