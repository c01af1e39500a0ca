import type { QuestionAnswerMessages } from '../rule';

/** What question-answer says, in Dutch. */
const messages: QuestionAnswerMessages = {
  description: 'Een korte vraag die de tekst meteen zelf beantwoordt, zoals ‘Het resultaat? Meer omzet.’',
  finding: ({ actual }) => `‘${actual}’ is een vraag die de tekst meteen zelf beantwoordt: een vast trucje om spanning te maken.`,
  note: 'Schrap de vraag en begin met het antwoord, liefst met een getal of voorbeeld.',
};

export default messages;
