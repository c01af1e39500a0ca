import type { PhraseRuleMessages } from '../../../rule';

/** What ai-vocabulary says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Woorden die AI-teksten opvallend vaak gebruiken, zoals ‘naadloos’ en ‘cruciaal’.',
  finding: ({ actual }) => `‘${actual}’ is een van de woorden die AI-teksten opvallend vaak gebruiken.`,
};

export default messages;
