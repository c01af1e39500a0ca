import { defineExamples } from '../../examples';

export default defineExamples('no-specifics', {
  nl: {
    flag: [
      {
        text: 'Wij helpen bedrijven om hun processen slimmer in te richten en zo meer uit hun mogelijkheden te halen.',
        actual: 'Wij helpen bedrijven om hun processen slimmer in te richten en zo meer uit hun mogelijkheden te halen.',
      },
      {
        text: 'Met onze aanpak zet je stappen die echt bijdragen aan de groei van jouw organisatie op de lange termijn.',
        actual: 'Met onze aanpak zet je stappen die echt bijdragen aan de groei van jouw organisatie op de lange termijn.',
      },
    ],
    pass: [
      'Sinds 2016 hielpen we 140 bakkerijen in Gelderland hun bestellingen via WhatsApp af te handelen.',
      'Kort en goed.',
      'Ze kneedt het roggebrood nog met de hand, in een eikenhouten trog die ze van haar grootvader kreeg.',
    ],
  },
  en: {
    flag: [
      {
        text: 'We help companies organise their processes more smartly and get more out of their possibilities every day.',
        actual: 'We help companies organise their processes more smartly and get more out of their possibilities every day.',
      },
      {
        text: 'With our approach you take steps that really contribute to the growth of your organisation in the long run.',
        actual: 'With our approach you take steps that really contribute to the growth of your organisation in the long run.',
      },
    ],
    pass: [
      'Since 2016 we have helped 140 bakeries in Devon handle their orders through WhatsApp.',
      'Short and sweet.',
      'She still kneads the rye by hand, in an oak trough she got from her grandfather.',
    ],
  },
});
