import type { PhraseRuleMessages } from '../../../rule';

/** What setup-phrase says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Aankondigingen die spanning faken, zoals ‘Laten we eerlijk zijn’ en ‘Stel je voor’.',
  finding: ({ actual }) => `‘${actual}’ kondigt aan in plaats van te zeggen; de zin erna kan het zelf.`,
};

export default messages;
