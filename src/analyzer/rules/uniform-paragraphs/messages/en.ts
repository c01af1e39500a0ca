import type { UniformParagraphsMessages } from '../rule';

/** What uniform-paragraphs says, in English. */
const messages: UniformParagraphsMessages = {
  description: 'Paragraphs that are all about the same length: neatly balanced, and so predictable.',
  finding: ({ paragraphs, shortest, longest }) => `The ${paragraphs} paragraphs are all ${shortest}–${longest} words long: neatly balanced, and so predictable.`,
  note: 'Give the most important point more room and cut the rest shorter.',
};

export default messages;
