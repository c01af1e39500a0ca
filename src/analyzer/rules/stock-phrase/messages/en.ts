import type { PhraseRuleMessages } from '../../../rule';

/** What stock-phrase says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Stock phrases that would fit any company, such as "in today\'s fast-paced world".',
  finding: ({ actual }) => `"${actual}" is a stock phrase: it fits any company, so it says nothing about this one.`,
};

export default messages;
