import type { PhraseRuleMessages } from '../../../rule';

/** What summary-marker says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Sentences that open by announcing a summary, such as "In conclusion" or "Overall".',
  finding: ({ actual }) => `"${actual}" announces a summary: the fixed ending of a predictable text.`,
};

export default messages;
