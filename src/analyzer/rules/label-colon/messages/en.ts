import type { PhraseRuleMessages } from '../../../rule';

/** What label-colon says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Sentences that open with a label and a colon, such as "The result: …".',
  finding: ({ actual }) => `"${actual}" opens the sentence with a label and a colon: a fixed template of generated text.`,
};

export default messages;
