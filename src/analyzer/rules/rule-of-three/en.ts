import type { RuleOfThreePhrases } from './rule';

/** The words of an English triad: "fast, reliable and scalable". */
const phrases: RuleOfThreePhrases = {
  conjunctions: ['and', 'or'],
  articles: ['a', 'an', 'the', 'our', 'your', 'their'],
  pronouns: ['i', 'you', 'we', 'they', 'he', 'she', 'it', 'there'],
};

export default phrases;
