import type { PhraseRuleMessages } from '../../../rule';

/** What hype says, in English. */
const messages: PhraseRuleMessages = {
  description: 'Empty intensifiers and puffery, such as "truly", "unparalleled" and "revolutionary".',
  finding: ({ actual }) => `"${actual}" makes the sentence louder, not more informative.`,
};

export default messages;
