import { defineExamples } from '../../examples';

export default defineExamples('abstract-nouns', {
  nl: {
    flag: [
      { text: 'Wij bieden oplossingen voor elke uitdaging.', actual: 'oplossingen' },
      { text: 'Ontdek de mogelijkheden van ons platform.', actual: 'mogelijkheden' },
    ],
    pass: ['De fietsenmaker vervangt je ketting binnen een uur.', 'Wij bezorgen op dinsdag en vrijdag in Utrecht.'],
  },
  en: {
    flag: [
      { text: 'We deliver solutions for every challenge.', actual: 'solutions' },
      { text: 'A better experience for everyone.', actual: 'experience' },
    ],
    pass: ['The bike shop replaces your chain within an hour.', 'We deliver on Tuesdays and Fridays in Bristol.'],
  },
});
