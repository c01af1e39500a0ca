import type { TitleCaseMessages } from '../rule';

/** What title-case says, in Dutch. */
const messages: TitleCaseMessages = {
  description: 'Koppen in Title Case (‘Jouw Partner In Groei’); Nederlandse koppen krijgen alleen een hoofdletter aan het begin.',
  finding: ({ actual }) => `‘${actual}’ staat in Title Case: in het Nederlands krijgt een kop alleen aan het begin een hoofdletter.`,
  note: 'Schrijf de kop als een gewone zin.',
};

export default messages;
