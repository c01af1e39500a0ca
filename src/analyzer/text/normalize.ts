/** Characters that count as an apostrophe inside words ("zo’n", "it’s"). */
const APOSTROPHES = /[’‘ʼ`´]/g;
const COMBINING_MARKS = /\p{M}/gu;

/**
 * The form words are compared in: lowercase, diacritics removed, one kind of apostrophe.
 * "Écht" and "echt", "creëren" and "creeren", "zo’n" and "zo'n" compare equal.
 */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase().replace(APOSTROPHES, "'");
  // Fast path: plain ASCII needs no decomposition.
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_MARKS, '').normalize('NFC');
}
