import { definePatterns, NO_LOWERCASE } from '../../lexicon/patterns';
import type { LabelColonConventions } from './rule';

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

/** Field labels, list introductions and pauses: the human conventions of this shape. Source: the contact blocks, footers and product pages of shared/pages (conventions, not phrases). */
export const conventions: LabelColonConventions = {
  fields: [
    'e-?mail', 'mail', 'tel', 'telephone', 'phone', 'mobile', 'cell', 'fax', 'whatsapp', 'address', 'postcode', 'zip',
    'website', 'web', 'site', 'vat', 'vat number', 'company number', 'price', 'prices', 'cost', 'costs', 'fee', 'fees',
    'rate', 'rates', 'hours', 'opening hours', 'open', 'closed', 'date', 'dates', 'time', 'times', 'location', 'where',
    'when', 'duration', 'contact', 'name', 'role', 'position', 'title', 'directions', 'parking', 'dimensions', 'size',
    'weight', 'material', 'colour', 'color', 'ingredients', 'allergens', 'delivery', 'shipping', 'age', 'level',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
    'audience', 'photo', 'photos', 'photography', 'words', 'design', 'author', 'by', 'posted', 'posted by', 'filed under', 'tags',
    'usage', 'requirements', 'system requirements', 'installation', 'compatibility', 'platforms', 'languages', 'version', 'license', 'licence',
  ],
  fieldQualifier: /[a-z]+/,
  listIntroducers: /\b(?:include|includes|including|are|is|contains|contain|such as|namely|for example|e\.g|as follows|following)\s*:$/iu,
  loneConjunction: /^(?:but|and|so|or|yet|still|because)\s*:$/iu,
};
