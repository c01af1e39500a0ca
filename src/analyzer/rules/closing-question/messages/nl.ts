import type { ClosingQuestionMessages } from '../rule';

/** What closing-question says, in Dutch. */
const messages: ClosingQuestionMessages = {
  description: 'Een tekst die afsluit met een vraag aan de lezer, zoals ‘Wat vind jij?’: de vaste afsluiter van gegenereerde posts.',
  finding: ({ actual }) => `‘${actual}’ sluit af met een vraag aan de lezer: het vaste trucje om reacties los te krijgen.`,
  note: 'Eindig met wat de lezer nu kan doen, of met je eigen antwoord.',
};

export default messages;
