import type { OneLineParagraphsMessages } from '../rule';

/** What one-line-paragraphs says, in Dutch. */
const messages: OneLineParagraphsMessages = {
  description: "Reeksen alinea's van telkens één zin: tekst als een stapel slogans.",
  finding: ({ paragraphs }) => `${paragraphs} alinea's op rij bestaan uit één zin: de tekst leest als een stapel slogans.`,
  note: 'Voeg samen wat bij elkaar hoort, en geef één punt de ruimte met een voorbeeld.',
};

export default messages;
