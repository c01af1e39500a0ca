import type { LanguageExamples } from '../../../examples';

/** Texts not-but must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Het is niet alleen een app, maar een complete werkwijze.', actual: 'niet alleen een app, maar een complete werkwijze' },
    { text: 'Het is geen tool. Het is een partner.', actual: 'is geen tool. Het is een partner' },
    { text: 'Het gaat niet om meer content, het gaat om betere content.', actual: 'Het gaat niet om meer content, het gaat om betere content' },
    { text: 'Dit is geen kostenpost, maar een investering in je mensen.', actual: 'geen kostenpost, maar een investering' },
    { text: 'De chatbot antwoordt meteen. Niet met standaardteksten, maar met jouw prijzen en openingstijden.', actual: 'Niet met standaardteksten, maar met jouw prijzen' },
  ],
  pass: [
    'We leveren niet op zondag.',
    'De app werkt op iOS en Android, maar niet op de Apple Watch.',
    'Niet iedereen wil een abonnement, maar losse lessen kunnen ook.',
    'We bezorgen niet op zondag, maar wel op zaterdag.',
  ],
};

export default examples;
