import type { RepeatedPhrasesMessages } from '../rule';

/** What repeated-phrases says, in English. */
const messages: RepeatedPhrasesMessages = {
  description: 'The same three-word phrase coming back again and again.',
  finding: ({ actual, count }) => `"${actual}" appears ${count} times in the text: repetition that reads as predictable.`,
  note: 'Say it well once, then say something new.',
};

export default messages;
