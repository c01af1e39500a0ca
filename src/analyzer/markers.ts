import type { Document, Sentence } from './text/document';

/** Words that are capitalised for grammar, not because they name something. */
const GRAMMATICAL_CAPITALS = new Set(['i', "i'm", "i've", "i'll", "i'd"]);

/**
 * Concrete details in a sentence: numbers, currency and percent signs, and capitalised words after
 * the first (names of people, places, products, months). These are what generic copy lacks
 * ("could it be about anyone?"), so they are the human marker the score credits.
 */
export function concreteTokens(doc: Document, sentence: Sentence): number {
  let count = 0;
  const tokens = sentence.tokens;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    if (token.kind === 'number') count++;
    else if (token.kind === 'symbol' && /[€$£%]/.test(token.text)) count++;
    else if (token.kind === 'word' && index > 0 && token.capitalized && !GRAMMATICAL_CAPITALS.has(token.norm)) {
      // A capital right after a colon starts a new clause, not a name.
      const before = doc.text.slice(tokens[index - 1]!.end, token.start);
      if (!/[:.!?]/.test(before)) count++;
    }
  }
  return count;
}

/** Concrete details per 100 words over the whole document. */
export function concreteDetailDensity(doc: Document): number {
  if (doc.words.length === 0) return 0;
  let count = 0;
  for (const sentence of doc.sentences) count += concreteTokens(doc, sentence);
  return (100 * count) / doc.words.length;
}
