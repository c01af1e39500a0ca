import type { ClosingQuestionMessages } from '../rule';

/** What closing-question says, in English. */
const messages: ClosingQuestionMessages = {
  description: 'A text that signs off with a question to the reader, such as "Which would you add?": the stock ending of generated posts.',
  finding: ({ actual }) => `"${actual}" signs off with a question to the reader: the stock trick for drawing replies.`,
  note: 'End with what the reader can do now, or with your own answer.',
};

export default messages;
