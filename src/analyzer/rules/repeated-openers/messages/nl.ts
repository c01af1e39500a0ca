import type { RepeatedOpenersMessages } from '../rule';

/** What repeated-openers says, in Dutch. */
const messages: RepeatedOpenersMessages = {
  description: 'Zinnen die steeds met hetzelfde woord beginnen, zoals ‘Wij … Wij … Wij …’.',
  finding: ({ actual, count, window }) => `‘${actual}’ opent hier ${count} van de ${window} zinnen op rij: herhaling die voorspelbaar leest.`,
  note: 'Begin een van de zinnen met het belangrijkste nieuwe woord.',
};

export default messages;
