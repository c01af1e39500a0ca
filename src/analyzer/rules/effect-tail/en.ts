import { definePatterns } from '../../lexicon/patterns';

/** A participle clause tacked on after a comma that claims an effect: ", ensuring …", ", making it …". */
export default definePatterns({
  rule: 'effect-tail',
  lang: 'en',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing C3 (superficial -ing tails: highlighting, ensuring, reflecting, contributing to, fostering); Reinhart et al. PNAS 2025 (more present participial clauses in instruction-tuned models); via shared/reference/ai-tells.md §7e',
  entries: [
    { id: 'comma-ing', example: 'We do your bookkeeping, ensuring peace of mind.', pattern: /, (?:ensuring|making|allowing|enabling|empowering|providing|offering|giving|helping|creating|highlighting|showcasing|underscoring|emphasizing|fostering|reflecting|contributing|delivering|transforming|adding|turning|leaving|streamlining|elevating|maximizing|boosting|driving|setting|paving|resulting)\b/, note: 'Make the effect its own sentence, with the proof: how much, for whom.' },
    { id: 'so-you-can', example: 'We do your bookkeeping, so you can focus on sales.', pattern: /, (?:so (?:that )?you can|so you're|letting you|freeing you to) (?:focus|concentrate|spend|enjoy|get back)\b/, note: 'Say what the reader gets, with a number.' },
  ],
});
