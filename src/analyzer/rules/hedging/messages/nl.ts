import type { PhraseRuleMessages } from '../../../rule';

/** What hedging says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Voorbehouden en vage bronnen, zoals ‘in zekere zin’ en ‘experts zijn het erover eens’.',
  finding: ({ actual }) => `‘${actual}’ houdt een slag om de arm of verwijst naar een bron zonder die te noemen.`,
};

export default messages;
