import { definePatterns } from '../../lexicon/patterns';

/** Lines that open with a label and a colon: "What AI can do: …", "The result: …". */
export default definePatterns({
  rule: 'label-colon',
  lang: 'en',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing S3 (inline-header lists); anti-slop #23 (exception: lead-ins with genuinely new detail); via shared/reference/ai-tells.md §7g',
  entries: [
    { id: 'label-colon', example: 'The result: more sales in less time.', pattern: /^(?!(?:in conclusion|in summary|to sum up|overall|ultimately|in short)\b)(?:[\p{Extended_Pictographic}✓✔•·*-]\s*)?(?:[a-zà-öø-ɏ][a-zà-öø-ɏ'’-]*)(?: [a-zà-öø-ɏ'’-]+){0,5}:(?=\s+\S+(?:\s+\S+){3})/u, note: 'Write a plain sentence; the label announces what the sentence already says.' },
  ],
});
