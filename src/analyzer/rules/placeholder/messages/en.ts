import type { PhraseRuleMessages } from '../../../rule';

/** What placeholder says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Template slots left in the copy, such as "[Your Name]" or "[date]".',
  finding: ({ actual }) => `"${actual}" is a slot from a template or chatbot answer that was left in.`,
};

export default messages;
