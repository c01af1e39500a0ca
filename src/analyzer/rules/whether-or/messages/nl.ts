import type { WhetherOrMessages } from '../rule';

/** What whether-or says, in Dutch. */
const messages: WhetherOrMessages = {
  description: '‘Of je nu … bent of …’: iedereen tegelijk aanspreken; en schijnreeksen als ‘van starters tot multinationals’.',
  finding: ({ actual }) => `‘${actual}’ spreekt iedereen tegelijk aan en daardoor niemand in het bijzonder.`,
  falseRange: ({ actual }) => `‘${actual}’ is een schijnreeks: van het ene uiterste naar het andere, zonder te zeggen wat ertussen zit.`,
};

export default messages;
