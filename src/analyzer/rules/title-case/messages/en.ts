import type { TitleCaseMessages } from '../rule';

/** What title-case says, in English. */
const messages: TitleCaseMessages = {
  description: 'Every heading in Title Case ("Your Partner In Growth"), a template habit of generated copy; one Title Case headline is house style.',
  finding: ({ actual }) => `"${actual}" is in Title Case: generated copy applies it to every heading, whatever the house style.`,
  note: 'Write the heading in sentence case.',
};

export default messages;
