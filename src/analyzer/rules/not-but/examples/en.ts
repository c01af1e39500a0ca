import type { LanguageExamples } from '../../../examples';

/** Texts not-but must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: "It's not just a tool, it's a partner.", actual: "It's not just a tool, it's a partner" },
    { text: "This isn't about speed. It's about trust.", actual: "isn't about speed. It's about trust" },
    { text: 'Our bots are not scripts. They are partners.', actual: 'are not scripts. They are partners' },
    { text: 'It is more than just a calendar.', actual: 'more than just a calendar' },
    { text: 'The bot answers at once. Not with canned replies, but with your own prices and hours.', actual: 'Not with canned replies, but with your own prices' },
    { text: 'It’s not just a coffee machine, it’s a morning ritual for the whole office.', actual: 'It’s not just a coffee machine, it’s a morning ritual' },
  ],
  pass: [
    "We don't ship on Sundays.",
    'The app runs on iOS and Android, but not on the Apple Watch.',
    'Not everyone wants a subscription, but single lessons are fine too.',
    'We do not deliver on Sundays, but we do on Saturdays.',
  ],
};

export default examples;
