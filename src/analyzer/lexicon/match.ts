import type { Token } from '../text/tokenize';
import { normalizeWord } from '../text/normalize';
import type { Lexicon, LexiconEntry } from './define';

/** One step of a compiled pattern. */
type Step =
  | { kind: 'words'; words: ReadonlySet<string>; optional: boolean }
  | { kind: 'prefix'; prefix: string; optional: boolean }
  | { kind: 'exact'; text: string; optional: boolean }
  | { kind: 'any'; optional: boolean }
  | { kind: 'gap'; max: number };

/** A pattern ready to run. */
interface CompiledPattern {
  entry: LexiconEntry;
  steps: Step[];
}

/** A lexicon hit: which entry, and the tokens it covers. */
export interface LexiconMatch {
  /** The entry that matched. */
  entry: LexiconEntry;
  /** Index of the first matched token in the searched token list. */
  first: number;
  /** Index of the last matched token. */
  last: number;
}

/** Length of the key prefix patterns are indexed by. */
const PREFIX_KEY = 3;
const NONE: readonly CompiledPattern[] = [];

/** Maximum number of words a `...` gap may skip. */
const GAP_MAX = 4;

/** A group that cannot be a single step: it holds several words, or is glued to a word ("stap(je)?"). */
const EXPANDABLE_GROUP = /(\S*?)\(([^()]*)\)(\??)([^\s()]*)/g;
/** Most variants one pattern may expand to; more is a sign the entry should be split. */
const MAX_VARIANTS = 256;

/**
 * Expands groups with several words or glued to a word into plain variants:
 * "(met ons)? op" → ["met ons op", "op"], "stap(je)?" → ["stapje", "stap"].
 * Single-word groups stay as one step.
 */
export function expandPattern(pattern: string): string[] {
  EXPANDABLE_GROUP.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = EXPANDABLE_GROUP.exec(pattern)) !== null) {
    const [whole, prefix = '', body = '', optional, suffix = ''] = match;
    if (!body.includes(' ') && prefix === '' && suffix === '') continue;
    const alternatives = body.split('|');
    if (optional) alternatives.push('');
    const before = pattern.slice(0, match.index);
    const after = pattern.slice(match.index + whole.length);
    const variants = alternatives.flatMap((alternative) => expandPattern(`${before}${prefix}${alternative}${suffix}${after}`));
    if (variants.length > MAX_VARIANTS) throw new Error(`pattern "${pattern}" expands to more than ${MAX_VARIANTS} variants`);
    return [...new Set(variants.map((variant) => variant.replace(/\s+/g, ' ').trim()).filter((variant) => variant.length > 0))];
  }
  return [pattern];
}

/** Parses one pattern string into steps; throws on syntax it does not understand. */
export function compilePattern(pattern: string): Step[] {
  const parts = pattern.trim().split(/\s+/);
  return parts.map((part): Step => {
    if (part === '...') return { kind: 'gap', max: GAP_MAX };
    const optional = part.endsWith('?') && part.length > 1;
    const body = optional ? part.slice(0, -1) : part;
    if (body === '_') return { kind: 'any', optional };
    if (body.startsWith('(') && body.endsWith(')')) {
      const words = body.slice(1, -1).split('|').map(normalizeWord);
      if (words.some((word) => word.length === 0)) throw new Error(`empty alternative in "${pattern}"`);
      return { kind: 'words', words: new Set(words), optional };
    }
    if (body.endsWith('*') && body.length > 2) return { kind: 'prefix', prefix: normalizeWord(body.slice(0, -1)), optional };
    if (body.startsWith('=') && body.length > 1) return { kind: 'exact', text: body.slice(1).toLowerCase(), optional };
    if (/[()|*?]/.test(body)) throw new Error(`cannot read "${part}" in pattern "${pattern}"`);
    return { kind: 'words', words: new Set([normalizeWord(body)]), optional };
  });
}

function stepMatches(step: Step, token: Token): boolean {
  switch (step.kind) {
    case 'words':
      return step.words.has(token.norm);
    case 'prefix':
      return token.norm.startsWith(step.prefix);
    case 'exact':
      return token.text.toLowerCase() === step.text;
    case 'any':
      return true;
    case 'gap':
      return false;
  }
}

/** Tries to match `steps[stepIndex…]` from token `at`; returns the last matched token index or -1. */
function matchFrom(steps: readonly Step[], stepIndex: number, tokens: readonly Token[], at: number, lastMatched: number): number {
  if (stepIndex === steps.length) return lastMatched;
  const step = steps[stepIndex]!;
  if (step.kind === 'gap') {
    for (let skip = 0; skip <= step.max && at + skip <= tokens.length; skip++) {
      const result = matchFrom(steps, stepIndex + 1, tokens, at + skip, lastMatched);
      if (result >= 0) return result;
    }
    return -1;
  }
  if (at < tokens.length && stepMatches(step, tokens[at]!)) {
    const result = matchFrom(steps, stepIndex + 1, tokens, at + 1, at);
    if (result >= 0) return result;
  }
  if (step.optional) return matchFrom(steps, stepIndex + 1, tokens, at, lastMatched);
  return -1;
}

/**
 * A set of lexicons compiled once into an index by first word, so that a text is searched in one
 * pass over its tokens whatever the number of entries.
 */
export class LexiconMatcher {
  private readonly byFirstWord = new Map<string, CompiledPattern[]>();
  private readonly byPrefix = new Map<string, CompiledPattern[]>();
  private readonly unindexed: CompiledPattern[] = [];
  /** Position of each entry's lexicon, so containment is judged within one lexicon. */
  private readonly lexiconIndex = new Map<LexiconEntry, number>();

  constructor(lexicons: readonly Lexicon[]) {
    for (const [position, lexicon] of lexicons.entries()) {
      for (const entry of lexicon.entries) {
        this.lexiconIndex.set(entry, position);
        const variants = typeof entry.match === 'string' ? [entry.match] : entry.match;
        for (const variant of variants.flatMap(expandPattern)) this.add({ entry, steps: compilePattern(variant) });
      }
    }
  }

  private add(pattern: CompiledPattern): void {
    const first = pattern.steps[0];
    if (first && first.kind === 'words' && !first.optional) {
      for (const word of first.words) {
        const list = this.byFirstWord.get(word) ?? [];
        list.push(pattern);
        this.byFirstWord.set(word, list);
      }
    } else if (first && first.kind === 'exact' && !first.optional) {
      const key = normalizeWord(first.text);
      const list = this.byFirstWord.get(key) ?? [];
      list.push(pattern);
      this.byFirstWord.set(key, list);
    } else if (first && first.kind === 'prefix' && !first.optional && first.prefix.length >= PREFIX_KEY) {
      const key = first.prefix.slice(0, PREFIX_KEY);
      const list = this.byPrefix.get(key) ?? [];
      list.push(pattern);
      this.byPrefix.set(key, list);
    } else {
      this.unindexed.push(pattern);
    }
  }

  /**
   * Every match in `tokens` (one sentence's words). A match that a longer match of the same lexicon
   * contains is dropped ("verschil maken" inside "het verschil maken"), so one phrase is reported
   * once per lexicon; partly overlapping matches, and those of different lexicons, are all reported.
   */
  find(tokens: readonly Token[]): LexiconMatch[] {
    const matches: LexiconMatch[] = [];
    // Entries already matched at this start (few per token): a reused array, not a Set per token.
    const seen: LexiconEntry[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const norm = tokens[index]!.norm;
      const byWord = this.byFirstWord.get(norm);
      const byPrefix = this.byPrefix.get(norm.slice(0, PREFIX_KEY));
      if (!byWord && !byPrefix && this.unindexed.length === 0) continue;
      seen.length = 0;
      for (const list of [byWord ?? NONE, byPrefix ?? NONE, this.unindexed]) {
        for (const pattern of list) {
          if (seen.includes(pattern.entry)) continue;
          const last = matchFrom(pattern.steps, 0, tokens, index, -1);
          if (last >= index) {
            seen.push(pattern.entry);
            matches.push({ entry: pattern.entry, first: index, last });
          }
        }
      }
    }
    return dropContained(matches, this.lexiconIndex);
  }
}

/**
 * Removes a match when a match of the same lexicon contains it. Sorted per lexicon by start
 * (longest first, then entry id for ties), a match is contained exactly when an earlier one reaches
 * as far: one pass, so a sentence with thousands of hits stays linear.
 */
function dropContained(matches: LexiconMatch[], lexiconIndex: ReadonlyMap<LexiconEntry, number>): LexiconMatch[] {
  if (matches.length < 2) return matches;
  const lexiconOf = (match: LexiconMatch) => lexiconIndex.get(match.entry) ?? -1;
  const order = matches
    .map((match, index) => ({ match, index }))
    .sort(
      (a, b) =>
        lexiconOf(a.match) - lexiconOf(b.match) ||
        a.match.first - b.match.first ||
        b.match.last - a.match.last ||
        (a.match.entry.id < b.match.entry.id ? -1 : a.match.entry.id > b.match.entry.id ? 1 : 0),
    );
  const keep = new Array<boolean>(matches.length).fill(true);
  let lexicon = Number.NaN;
  let reach = -1;
  for (const { match, index } of order) {
    if (lexiconOf(match) !== lexicon) {
      lexicon = lexiconOf(match);
      reach = -1;
    }
    if (match.last <= reach) keep[index] = false;
    else reach = match.last;
  }
  return matches.filter((_, index) => keep[index]);
}
