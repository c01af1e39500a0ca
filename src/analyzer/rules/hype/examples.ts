import { defineExamples } from '../../examples';

export default defineExamples('hype', {
  nl: {
    flag: [
      { text: 'Dit is écht een verschil voor je team.', actual: 'écht' },
      { text: 'Geniet van ongeëvenaarde snelheid.', actual: 'ongeëvenaarde' },
      { text: 'De perfecte oplossing voor elk bedrijf.', actual: 'perfecte oplossing' },
    ],
    pass: [
      'Is dit echt waar? Ja, de meting van april bevestigt het.',
      'De oplossing kost 49 euro per maand.',
    ],
  },
  en: {
    flag: [
      { text: 'This is truly a new way to work.', actual: 'truly' },
      { text: 'Enjoy unparalleled comfort on every flight.', actual: 'unparalleled' },
      { text: 'A revolutionary approach to invoicing.', actual: 'revolutionary' },
    ],
    pass: [
      'The battery lasts 30 hours on one charge.',
      'True to its name, the Fieldbook app keeps field notes.',
    ],
  },
});
