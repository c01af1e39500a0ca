import { definePatterns } from '../../lexicon/patterns';

/** Summary openers at the start of a sentence: "In conclusion", "Overall", "Ultimately". */
export default definePatterns({
  rule: 'summary-marker',
  lang: 'en',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing H2; vale-ai-tells ConclusionMarkers.yml; via shared/reference/ai-tells.md §7d',
  entries: [
    { id: 'in-conclusion', example: 'In conclusion, automation pays off.', pattern: /^(?:in conclusion|in summary|to summarize|to summarise|to sum up|in closing|all in all|overall|ultimately|in short|in essence|when all is said and done|on the whole|in the final analysis)\b,?/, note: 'Good copy does not need to summarise itself: end with the reader\'s next step.' },
    { id: 'the-bottom-line', example: 'The bottom line is: automation pays off.', pattern: /^(?:the bottom line is|the (?:key )?takeaway(?: here)? is|the lesson(?: here)? is|the point is)\b:?/, note: 'Say it without announcing it.' },
  ],
});
