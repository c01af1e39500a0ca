import type { EmojiBulletsMessages } from '../rule';

/** What emoji-bullets says, in English. */
const messages: EmojiBulletsMessages = {
  description: 'Lines that open with an emoji as a bullet (🚀, ✅, 💡).',
  finding: ({ actual }) => `"${actual}" as a bullet is a fixed template of generated marketing copy.`,
  note: 'Use a plain list, or write it as a sentence.',
};

export default messages;
