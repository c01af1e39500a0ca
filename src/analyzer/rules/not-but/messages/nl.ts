import type { PhraseRuleMessages } from '../../../rule';

/** What not-but says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'De tegenstellingsformule ‘niet X, maar Y’ en ‘het is geen X, het is Y’.',
  finding: ({ actual }) => `‘${actual}’ is de vaste tegenstellingsformule: hij zet iets neer wat niemand beweerde om het daarna te overtreffen.`,
};

export default messages;
