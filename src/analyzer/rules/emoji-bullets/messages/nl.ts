import type { EmojiBulletsMessages } from '../rule';

/** What emoji-bullets says, in Dutch. */
const messages: EmojiBulletsMessages = {
  description: 'Regels die openen met een emoji als opsommingsteken (🚀, ✅, 💡).',
  finding: ({ actual }) => `‘${actual}’ als opsommingsteken is een vast sjabloon van gegenereerde marketingtekst.`,
  note: 'Gebruik een gewone opsomming, of schrijf het als zin.',
};

export default messages;
