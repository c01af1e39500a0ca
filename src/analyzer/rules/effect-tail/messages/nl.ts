import type { PhraseRuleMessages } from '../../../rule';

/** What effect-tail says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Een bijzin achter een komma die een effect claimt, zoals ‘, wat zorgt voor meer rust’.',
  finding: ({ actual }) => `‘${actual}’ plakt een effect achter de zin zonder het te bewijzen: een vast sjabloon van gegenereerde tekst.`,
};

export default messages;
