import type { PhraseRuleMessages } from '../../../rule';

/** What effect-tail says, in English. */
const messages: PhraseRuleMessages = {
  description: 'A clause tacked on after a comma that claims an effect, such as ", ensuring peace of mind".',
  finding: ({ actual }) => `"${actual}" tacks an effect onto the sentence without proving it: a fixed template of generated copy.`,
};

export default messages;
