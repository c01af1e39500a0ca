import type { PhraseRuleMessages } from '../../../rule';

/** What label-colon says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Zinnen die openen met een kopje en een dubbele punt, zoals ‘Het resultaat: …’.',
  finding: ({ actual }) => `‘${actual}’ opent de zin met een kopje en een dubbele punt: een vast sjabloon van gegenereerde tekst.`,
};

export default messages;
