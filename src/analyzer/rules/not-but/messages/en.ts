import type { PhraseRuleMessages } from '../../../rule';

/** What not-but says, in English. */
const messages: PhraseRuleMessages = {
  description: 'The contrastive formula "not X, but Y" and "it\'s not X, it\'s Y".',
  finding: ({ actual }) => `"${actual}" is the stock contrast formula: it sets up something nobody claimed, only to top it.`,
};

export default messages;
