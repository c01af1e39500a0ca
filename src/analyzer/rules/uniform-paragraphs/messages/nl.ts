import type { UniformParagraphsMessages } from '../rule';

/** What uniform-paragraphs says, in Dutch. */
const messages: UniformParagraphsMessages = {
  description: "Alinea's die allemaal ongeveer even lang zijn: keurig gebalanceerd, en daardoor voorspelbaar.",
  finding: ({ paragraphs, shortest, longest }) => `De ${paragraphs} alinea's zijn allemaal ${shortest}–${longest} woorden lang: keurig gebalanceerd, en daardoor voorspelbaar.`,
  note: 'Geef het belangrijkste punt meer ruimte en maak de rest korter.',
};

export default messages;
