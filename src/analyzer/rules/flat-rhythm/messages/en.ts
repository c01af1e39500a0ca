import type { FlatRhythmMessages } from '../rule';

/** What flat-rhythm says, in English. */
const messages: FlatRhythmMessages = {
  description: 'Sentences that are all about the same length: a flat, predictable rhythm.',
  finding: ({ sentences, shortest, longest }) => `These ${sentences} sentences are all ${shortest}–${longest} words long: a flat rhythm that reads as predictable.`,
  note: 'Vary it: put a short sentence next to a long one, or break up a list.',
};

export default messages;
