import type { PhraseRuleMessages } from '../../../rule';

/** What hedging says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Hedges and vague attribution, such as "it could be argued" and "experts agree".',
  finding: ({ actual }) => `"${actual}" hedges, or points to a source without naming it.`,
};

export default messages;
