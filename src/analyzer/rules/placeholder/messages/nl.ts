import type { PhraseRuleMessages } from '../../../rule';

/** What placeholder says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Invulplekken uit een sjabloon die zijn blijven staan, zoals ‘[Jouw naam]’ of ‘[datum]’.',
  finding: ({ actual }) => `‘${actual}’ is een invulplek uit een sjabloon of chatbotantwoord die is blijven staan.`,
};

export default messages;
