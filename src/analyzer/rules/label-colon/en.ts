import { definePatterns, NO_LOWERCASE } from '../../lexicon/patterns';

/**
 * Lines that open with a label and a colon: "What AI can do: …", "The result: …". Not labels that
 * belong to the page rather than the pitch ("Note:", "Disclaimer:", "Update:"), labels in capitals
 * ("GINGER: …", the spec-sheet convention of print that predates generated copy) or a label with a
 * number or price after it ("Price: $49", a spec field).
 */
export default definePatterns({
  rule: 'label-colon',
  lang: 'en',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing S3 (inline-header lists); anti-slop #23 (exception: lead-ins with genuinely new detail); via shared/reference/ai-tells.md §7g',
  entries: [
    { id: 'label-colon', example: 'The result: more sales in less time.', pattern: /^(?!(?:in conclusion|in summary|to sum up|overall|ultimately|in short|note|nb|ps|disclaimer|warning|caution|update|updated|edit|source|credits?|photo)\b)(?:[\p{Extended_Pictographic}✓✔•·*-]\s*)?(?:[a-zà-öø-ɏ][a-zà-öø-ɏ'’-]*)(?: [a-zà-öø-ɏ'’-]+){0,5}:(?=[ \t]+[^\s\d€$£])/u, unless: NO_LOWERCASE, note: 'Write a plain sentence; the label announces what the sentence already says.' },
  ],
});
