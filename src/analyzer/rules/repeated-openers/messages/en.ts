import type { RepeatedOpenersMessages } from '../rule';

/** What repeated-openers says, in English. */
const messages: RepeatedOpenersMessages = {
  description: 'Sentences that keep starting with the same word, such as "We … We … We …".',
  finding: ({ actual, count, window }) => `"${actual}" opens ${count} of ${window} sentences in a row here: repetition that reads as predictable.`,
  note: 'Start one of the sentences with its most important new word.',
};

export default messages;
