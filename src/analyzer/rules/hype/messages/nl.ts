import type { PhraseRuleMessages } from '../../../rule';

/** What hype says, in Dutch. */
const messages: PhraseRuleMessages = {
  description: 'Lege versterkers en opgeklopte woorden, zoals ‘écht’, ‘ongeëvenaard’ en ‘revolutionair’.',
  finding: ({ actual }) => `‘${actual}’ maakt de zin harder, niet informatiever.`,
};

export default messages;
