import type { PhraseRuleMessages } from '../../../rule';

/** What stock-phrase says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Clichés die bij elk bedrijf passen, zoals ‘naar een hoger niveau tillen’.',
  finding: ({ actual }) => `‘${actual}’ is een cliché: het past bij elk bedrijf en zegt dus niets over dit bedrijf.`,
};

export default messages;
