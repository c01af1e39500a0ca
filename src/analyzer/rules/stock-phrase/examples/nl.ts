import type { LanguageExamples } from '../../../examples';

/** Texts stock-phrase must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Wij tillen jouw marketing naar een hoger niveau.', actual: 'naar een hoger niveau' },
    { text: 'Neem vandaag nog contact met ons op.', actual: 'Neem vandaag nog contact met ons op' },
    { text: 'In de snel veranderende wereld van vandaag wil je grip.', actual: 'In de snel veranderende wereld' },
    { text: 'Deze app heeft de markt compleet op zijn kop gezet.', actual: 'heeft de markt compleet op zijn kop' },
    { text: 'Bij ons staat de cliënt centraal, elke dag weer.', actual: 'Bij ons staat de cliënt centraal' },
  ],
  pass: [
    'De lift brengt je naar de derde verdieping.',
    'Bel ons op 020 123 45 67, ook op zaterdag.',
    'De wereldkaart van vandaag toont 195 landen.',
  ],
};

export default examples;
