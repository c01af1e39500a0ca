import type { PhraseRuleMessages } from '../../../rule';

/** What ai-vocabulary says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Words that AI-written copy uses conspicuously often, such as "seamless" and "delve".',
  finding: ({ actual }) => `"${actual}" is one of the words AI-written copy uses conspicuously often.`,
};

export default messages;
