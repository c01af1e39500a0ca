import type { LanguageExamples } from '../../../examples';

/** Texts effect-tail must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We automatiseren je administratie, wat zorgt voor meer rust in je week.', actual: ', wat zorgt voor' },
    { text: 'Alles staat in één dashboard, waardoor je meer tijd overhoudt.', actual: ', waardoor je meer tijd' },
  ],
  pass: [
    'We automatiseren je administratie. Dat scheelt ons team vier uur per week.',
    'Wat zorgt voor de vertraging? Een storing bij PostNL.',
  ],
};

export default examples;
