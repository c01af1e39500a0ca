import { defineExamples } from '../../examples';

export default defineExamples('title-case', {
  nl: {
    flag: [
      { text: 'Jouw Partner Voor Duurzame Groei\nWij helpen je verder.', actual: 'Jouw Partner Voor Duurzame Groei' },
      { text: 'Ontdek Onze Nieuwe Duurzame Collectie\nNu in de winkel.', actual: 'Ontdek Onze Nieuwe Duurzame Collectie' },
    ],
    pass: [
      '© 2021 Bakkerij De Gouden Korst Utrecht','Jouw partner voor duurzame groei\nWij helpen je verder.', 'Bakkerij Van der Meer in Amersfoort\nVers brood elke ochtend.'],
  },
  en: {
    flag: [
      {
        text: 'Your Partner For Sustainable Growth\nWe help you grow.\nWhy Our Clients Keep Coming Back\nThey stay for years.',
        actual: 'Your Partner For Sustainable Growth',
      },
      {
        text: 'Discover Our Newest Summer Collection\nIn stores now.\nCrafted With Care, Made to Last\nEvery piece is checked twice.',
        actual: 'Crafted With Care, Made to Last',
      },
    ],
    pass: [
      'Your partner for sustainable growth\nWe help you grow.',
      'Opening hours\nMonday to Friday, 9 to 5.',
      // One headline in Title Case is English house style (press releases, blog titles), not a template.
      'Simon Joins Our Design Team as Lead\nWe are happy to welcome Simon, who starts on Monday.',
    ],
  },
});
