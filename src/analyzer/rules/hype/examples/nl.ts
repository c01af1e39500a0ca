import type { LanguageExamples } from '../../../examples';

/** Texts hype must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Dit is écht een verschil voor je team.', actual: 'écht' },
    { text: 'Geniet van ongeëvenaarde snelheid.', actual: 'ongeëvenaarde' },
    { text: 'De perfecte oplossing voor elk bedrijf.', actual: 'perfecte oplossing' },
  ],
  pass: [
    'Is dit echt waar? Ja, de meting van april bevestigt het.',
    'De oplossing kost 49 euro per maand.',
  ],
};

export default examples;
