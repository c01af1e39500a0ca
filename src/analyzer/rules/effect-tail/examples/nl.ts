import type { LanguageExamples } from '../../../examples';

/** Texts effect-tail must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We automatiseren je administratie, wat zorgt voor meer rust in je week.', actual: ', wat zorgt voor meer rust' },
    { text: 'Alles staat in één dashboard, waardoor je meer tijd overhoudt.', actual: ', waardoor je meer tijd overhoudt' },
    { text: 'Wij doen je boekhouding, zodat jij je kunt focussen op je klanten.', actual: ', zodat jij je kunt focussen op je klanten' },
  ],
  pass: [
    'We automatiseren je administratie. Dat scheelt ons team vier uur per week.',
    'Wat zorgt voor de vertraging? Een storing bij PostNL.',
  ],
};

export default examples;
