import { defineExamples } from '../../examples';

export default defineExamples('stock-phrase', {
  nl: {
    flag: [
      { text: 'Wij tillen jouw marketing naar een hoger niveau.', actual: 'naar een hoger niveau' },
      { text: 'Neem vandaag nog contact met ons op.', actual: 'Neem vandaag nog contact met ons op' },
      { text: 'In de snel veranderende wereld van vandaag wil je grip.', actual: 'In de snel veranderende wereld' },
      { text: 'Deze app heeft de markt compleet op zijn kop gezet.', actual: 'heeft de markt compleet op zijn kop' },
    ],
    pass: [
      'De lift brengt je naar de derde verdieping.',
      'Bel ons op 020 123 45 67, ook op zaterdag.',
      'De wereldkaart van vandaag toont 195 landen.',
    ],
  },
  en: {
    flag: [
      { text: "In today's fast-paced world, teams need clarity.", actual: "In today's fast-paced world" },
      { text: 'Look no further: this CRM does it all.', actual: 'Look no further' },
      { text: 'Our tools take your business to the next level.', actual: 'take your business to the next level' },
    ],
    pass: [
      'The CRM syncs 40,000 contacts in under a minute.',
      'We looked further into the logs and found the leak.',
      'The lift takes you to the third floor.',
    ],
  },
});
