import type { QuestionAnswerMessages } from '../rule';

/** What question-answer says, in English. */
const messages: QuestionAnswerMessages = {
  description: 'A short question the text answers at once, such as "The result? More sales."',
  finding: ({ actual }) => `"${actual}" is a question the text answers itself at once: a stock trick to create suspense.`,
  note: 'Drop the question and lead with the answer, ideally with a number or an example.',
};

export default messages;
