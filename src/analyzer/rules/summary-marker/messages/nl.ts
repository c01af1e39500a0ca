import type { PhraseRuleMessages } from '../../../rule';

/** What summary-marker says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Zinnen die openen met een samenvatting-aankondiging, zoals ‘Kortom’ of ‘Conclusie:’.',
  finding: ({ actual }) => `‘${actual}’ kondigt een samenvatting aan: het vaste slot van een voorspelbare tekst.`,
};

export default messages;
