import type { NoSpecificsMessages } from '../rule';

/** What no-specifics says, in English. */
const messages: NoSpecificsMessages = {
  description: 'Long sentences with abstract words and without a name, number, price or place: they could be about any company.',
  finding: ({ words }) => `This ${words}-word sentence names no name, number, price or place: it could be about any company.`,
  note: 'Add one concrete detail: a customer, a number, a deadline, an example.',
};

export default messages;
