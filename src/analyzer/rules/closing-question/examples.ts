import { defineExamples } from '../../examples';

export default defineExamples('closing-question', {
  nl: {
    flag: [
      { text: 'We bestaan vandaag vijf jaar. Dank aan iedereen die meedeed. Wat vind jij het mooiste moment?', actual: 'Wat vind jij het mooiste moment?' },
      { text: 'Drie lessen uit ons eerste jaar. Herken jij dit ook?', actual: 'Herken jij dit ook?' },
    ],
    pass: [
      'Wat kost een nieuwe ketting? Bij ons 24 euro, inclusief montage. Je kunt gewoon binnenlopen.',
      'Heb je vragen over je bestelling? Bel ons op 030 123 45 67. We zijn er van 9 tot 5.',
    ],
  },
  en: {
    flag: [
      { text: 'We just hit 50k subscribers. Thank you for watching. What do you want to learn next?', actual: 'What do you want to learn next?' },
      { text: 'Seven tools that saved me hours. Which one would you add?', actual: 'Which one would you add?' },
    ],
    pass: [
      'What does a new chain cost? With us, 24 pounds including fitting. Just walk in.',
      'Questions about your order? Call us on 0117 496 0000. We are open 9 to 5.',
    ],
  },
});
