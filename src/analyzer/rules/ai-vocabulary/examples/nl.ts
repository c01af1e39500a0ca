import type { LanguageExamples } from '../../../examples';

/** Texts ai-vocabulary must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Onze software sluit naadloos aan op je boekhouding.', actual: 'naadloos' },
    { text: 'Een goede planning is cruciaal voor elk project.', actual: 'cruciaal' },
    { text: 'Met deze tool stroomlijnen we je hele inkoopproces.', actual: 'stroomlijnen' },
  ],
  pass: [
    'De naad van de broek is met dubbel garen gestikt.',
    'Onze monteur komt dinsdag tussen 8 en 10 uur langs.',
    'Een kruciale fout in de spelling is hier geen AI-woord.',
  ],
};

export default examples;
