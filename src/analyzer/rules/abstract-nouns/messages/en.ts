import type { PhraseRuleMessages } from '../../../rule';

/** What abstract-nouns says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Abstract container nouns such as "solutions", "experience" and "value".',
  finding: ({ actual }) => `"${actual}" is a container word: it fits any text and shows nothing.`,
};

export default messages;
