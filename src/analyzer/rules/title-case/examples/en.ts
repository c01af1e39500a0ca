import type { LanguageExamples } from '../../../examples';

/** Texts title-case must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Your Partner For Sustainable Growth\nWe help you grow.\nWhy Our Clients Keep Coming Back\nThey stay for years.', actual: 'Your Partner For Sustainable Growth' },
    { text: 'Discover Our Newest Summer Collection\nIn stores now.\nCrafted With Care, Made to Last\nEvery piece is checked twice.', actual: 'Crafted With Care, Made to Last' },
  ],
  pass: [
    'Your partner for sustainable growth\nWe help you grow.',
    'Opening hours\nMonday to Friday, 9 to 5.',
    'Simon Joins Our Design Team as Lead\nWe are happy to welcome Simon, who starts on Monday.',
    // A team list: names and roles, with the capitals names and job titles have.
    'Meet the team\nFelix Lanza : Sales Director\nRonald MacAuley : Unit Production\nMaria Ortiz – Office Manager',
    // A credit under a quote names the speaker, with a name's capitals.
    'Our New Bakery Opens on Main Street\nThe best rye north of the river, and the friendliest counter.\n—Margaret Olsen, Riverside Gazette',
    // A contact field's value is an address or a name, with the capitals names have.
    'Find us\nAddress: Old Harbour Road, Whitby North Yorkshire\nLocation: Upstairs Above The Quayside Fish Market',
  ],
};

export default examples;
