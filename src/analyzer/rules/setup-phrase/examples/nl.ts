import type { LanguageExamples } from '../../../examples';

/** Texts setup-phrase must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Laten we eerlijk zijn: niemand leest algemene voorwaarden.', actual: 'Laten we eerlijk zijn:' },
    { text: 'De waarheid is: klanten willen snelheid.', actual: 'De waarheid is:' },
    { text: 'Stel je voor: een inbox zonder spam.', actual: 'Stel je voor:' },
    { text: 'We gingen met het team kanoën, en laten we eerlijk zijn: niet iedereen bleef droog.', actual: 'laten we eerlijk zijn:' },
    { text: 'Maar eerlijk is eerlijk: strijken blijft een rotklus.', actual: 'Maar eerlijk is eerlijk:' },
  ],
  pass: [
    'Wij zijn eerlijk over onze levertijden: drie tot vijf werkdagen.',
    'Je stelt je vraag via het formulier.',
    'Ze vroeg of we eerlijk zijn over de prijs, en dat zijn we.',
  ],
};

export default examples;
