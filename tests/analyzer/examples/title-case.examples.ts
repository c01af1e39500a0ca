import { defineExamples } from './define';

export default defineExamples('title-case', {
  nl: {
    flag: [
      { text: 'Jouw Partner Voor Duurzame Groei\nWij helpen je verder.', actual: 'Jouw Partner Voor Duurzame Groei' },
      { text: 'Ontdek Onze Nieuwe Duurzame Collectie\nNu in de winkel.', actual: 'Ontdek Onze Nieuwe Duurzame Collectie' },
    ],
    pass: ['Jouw partner voor duurzame groei\nWij helpen je verder.', 'Bakkerij Van der Meer in Amersfoort\nVers brood elke ochtend.'],
  },
  en: {
    flag: [
      { text: 'Your Partner For Sustainable Growth\nWe help you grow.', actual: 'Your Partner For Sustainable Growth' },
      { text: 'Discover Our Newest Summer Collection\nIn stores now.', actual: 'Discover Our Newest Summer Collection' },
    ],
    pass: ['Your partner for sustainable growth\nWe help you grow.', 'Opening hours\nMonday to Friday, 9 to 5.'],
  },
});
