import type { PhraseRuleMessages } from '../../../rule';

/** What abstract-nouns says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Abstracte containerwoorden zoals ‘oplossingen’, ‘mogelijkheden’ en ‘ervaring’.',
  finding: ({ actual }) => `‘${actual}’ is een containerwoord: het past in elke tekst en laat niets zien.`,
};

export default messages;
