import type { OneLineParagraphsMessages } from '../rule';

/** What one-line-paragraphs says, in English. */
const messages: OneLineParagraphsMessages = {
  description: 'Runs of paragraphs that are one sentence each: copy as a stack of slogans.',
  finding: ({ paragraphs }) => `${paragraphs} paragraphs in a row are a single sentence each: the copy reads as a stack of slogans.`,
  note: 'Join what belongs together, and give one point room with an example.',
};

export default messages;
