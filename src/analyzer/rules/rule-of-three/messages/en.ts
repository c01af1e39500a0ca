import type { RuleOfThreeMessages } from '../rule';

/** What rule-of-three says, in English. */
const messages: RuleOfThreeMessages = {
  description: 'Triads such as "fast, reliable and scalable" or "Fast. Simple. Smart."; counted by density.',
  finding: ({ actual }) => `"${actual}" is a triad: the fixed rhythm of predictable copy, especially when it recurs.`,
  note: 'Pick the one word that is most true, and prove it.',
};

export default messages;
