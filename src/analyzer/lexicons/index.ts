// Every phrase lexicon, per language, compiled into one matcher at import. What the matcher holds
// is fixed by this list, never by which rule happened to run first.
import type { Lang } from '../types';
import type { Lexicon, LexiconEntry } from '../lexicon/define';
import { LexiconMatcher } from '../lexicon/match';
import enAbstractNouns from '../rules/abstract-nouns/en';
import enAiVocabulary from '../rules/ai-vocabulary/en';
import enHedging from '../rules/hedging/en';
import enHype from '../rules/hype/en';
import enStockPhrase from '../rules/stock-phrase/en';
import nlAbstractNouns from '../rules/abstract-nouns/nl';
import nlAiVocabulary from '../rules/ai-vocabulary/nl';
import nlHedging from '../rules/hedging/nl';
import nlHype from '../rules/hype/nl';
import nlStockPhrase from '../rules/stock-phrase/nl';

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
