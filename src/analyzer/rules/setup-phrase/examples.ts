import { defineExamples } from '../../examples';

export default defineExamples('setup-phrase', {
  nl: {
    flag: [
      { text: 'Laten we eerlijk zijn: niemand leest algemene voorwaarden.', actual: 'Laten we eerlijk zijn:' },
      { text: 'De waarheid is: klanten willen snelheid.', actual: 'De waarheid is:' },
      { text: 'Stel je voor: een inbox zonder spam.', actual: 'Stel je voor:' },
    ],
    pass: ['Wij zijn eerlijk over onze levertijden: drie tot vijf werkdagen.', 'Je stelt je vraag via het formulier.'],
  },
  en: {
    flag: [
      { text: "Let's be honest: nobody reads terms and conditions.", actual: "Let's be honest:" },
      { text: "Here's the thing: customers want speed.", actual: "Here's the thing:" },
      { text: 'Imagine a world without spam.', actual: 'Imagine a world' },
    ],
    pass: ['We are honest about delivery times: three to five days.', 'The thing broke after two weeks, so we replaced it.'],
  },
});
