import { defineExamples } from '../../examples';

export default defineExamples('not-but', {
  nl: {
    flag: [
      { text: 'Het is niet alleen een app, maar een complete werkwijze.', actual: 'niet alleen een app, maar' },
      { text: 'Het is geen tool. Het is een partner.', actual: 'is geen tool. Het is' },
      { text: 'Het gaat niet om meer content, het gaat om betere content.', actual: 'Het gaat niet om meer content, het gaat om' },
    ],
    pass: [
      'We leveren niet op zondag.',
      'De app werkt op iOS en Android, maar niet op de Apple Watch.',
    ],
  },
  en: {
    flag: [
      { text: "It's not just a tool, it's a partner.", actual: "not just a tool, it's" },
      { text: "This isn't about speed. It's about trust.", actual: "isn't about speed. It's about" },
      { text: 'Our bots are not scripts. They are partners.', actual: 'are not scripts. They are' },
      { text: 'It is more than just a calendar.', actual: 'more than just a calendar' },
    ],
    pass: [
      "We don't ship on Sundays.",
      'The app runs on iOS and Android, but not on the Apple Watch.',
    ],
  },
});
