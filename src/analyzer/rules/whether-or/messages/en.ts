import type { WhetherOrMessages } from '../rule';

/** What whether-or says, in English. */
const messages: WhetherOrMessages = {
  description: '"Whether you\'re … or …": addressing every reader at once; and false ranges such as "from startups to enterprises".',
  finding: ({ actual }) => `"${actual}" addresses everyone at once, and so no one in particular.`,
  falseRange: ({ actual }) => `"${actual}" is a false range: one extreme to the other, without saying what lies between.`,
};

export default messages;
