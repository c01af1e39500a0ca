import { definePatterns } from '../../lexicon/patterns';

/** Template slots left in the copy: "[Your Name]", "[date]". */
export default definePatterns({
  rule: 'placeholder',
  lang: 'en',
  scope: 'paragraph',
  source: 'Wikipedia:Signs of AI writing CM3 (placeholders such as "[Describe the specific section …]", "2025-xx-xx"); via shared/reference/ai-tells.md §10',
  entries: [
    { id: 'bracket-slot', example: 'Join us on [date] at [location].', pattern: /\[(?:your|date|time|location|name|company|insert|link|product|customer|city|phone|email|number|x)\b[^\]\n]{0,40}\]/, note: 'A template slot was left in: fill it in or take it out.' },
    { id: 'xx-date', example: 'Launch date: 2025-xx-xx.', pattern: /\b(?:19|20)\d\d-xx-xx\b|\bxx\/xx\/(?:19|20)?\d\d\b/, note: 'A template date was left in: fill it in.' },
  ],
});
