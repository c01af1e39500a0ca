import type { LanguageExamples } from '../../../examples';

/** Texts no-specifics must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Wij helpen bedrijven om hun processen slimmer in te richten en zo meer uit hun mogelijkheden te halen.', actual: 'Wij helpen bedrijven om hun processen slimmer in te richten en zo meer uit hun mogelijkheden te halen.' },
    { text: 'Met onze aanpak zet je stappen die echt bijdragen aan de groei van jouw organisatie op de lange termijn.', actual: 'Met onze aanpak zet je stappen die echt bijdragen aan de groei van jouw organisatie op de lange termijn.' },
  ],
  pass: [
    'Sinds 2016 hielpen we 140 bakkerijen in Gelderland hun bestellingen via WhatsApp af te handelen.',
    'Kort en goed.',
    'Ze kneedt het roggebrood nog met de hand, in een eikenhouten trog die ze van haar grootvader kreeg.',
  ],
};

export default examples;
