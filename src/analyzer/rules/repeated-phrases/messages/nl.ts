import type { RepeatedPhrasesMessages } from '../rule';

/** What repeated-phrases says, in Dutch. */
const messages: RepeatedPhrasesMessages = {
  description: 'Dezelfde woordgroep van drie woorden die steeds terugkomt.',
  finding: ({ actual, count }) => `‘${actual}’ staat ${count} keer in de tekst: herhaling die voorspelbaar leest.`,
  note: 'Zeg het één keer goed, en daarna iets nieuws.',
};

export default messages;
