import type { FlatRhythmMessages } from '../rule';

/** What flat-rhythm says, in Dutch. */
const messages: FlatRhythmMessages = {
  description: 'Zinnen die allemaal ongeveer even lang zijn: een vlak, voorspelbaar ritme.',
  finding: ({ sentences, shortest, longest }) => `Deze ${sentences} zinnen zijn allemaal ${shortest}–${longest} woorden lang: een vlak ritme dat voorspelbaar leest.`,
  note: 'Wissel af: zet een korte zin naast een lange, of knip een opsomming op.',
};

export default messages;
