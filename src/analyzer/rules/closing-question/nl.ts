import type { ClosingQuestionPhrases } from './rule';

/** Een vraag aan de lezer: een vraagwoord, dan ‘je’ of ‘u’ vóór het vraagteken. */
const phrases: ClosingQuestionPhrases = {
  readerQuestion: /^(?:en )?(?:wat|welke|hoe|wie|waar|herken|ken|heb|ben|doe|zie)\b[^?]{0,80}\b(?:jij|je|jouw|u|uw|jullie)\b[^?]{0,60}\?$/i,
};

export default phrases;
