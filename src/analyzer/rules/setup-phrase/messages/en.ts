import type { PhraseRuleMessages } from '../../../rule';

/** What setup-phrase says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Set-ups that fake suspense, such as "Let\'s be honest" and "Here\'s the thing".',
  finding: ({ actual }) => `"${actual}" announces instead of saying; the next sentence can do it on its own.`,
};

export default messages;
