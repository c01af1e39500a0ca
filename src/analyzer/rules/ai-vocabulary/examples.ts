import { defineExamples } from '../../examples';

export default defineExamples('ai-vocabulary', {
  nl: {
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
  },
  en: {
    flag: [
      { text: 'Our platform integrates seamlessly with your CRM.', actual: 'seamlessly' },
      { text: "Let's delve into the details of the new release.", actual: 'delve' },
      { text: 'This puzzle is intricately detailed and fun.', actual: 'intricately' },
    ],
    pass: [
      'The seam on these jeans is triple-stitched with cotton thread.',
      'Our technician visits on Tuesday between 8 and 10 a.m.',
      'The delivery van left the depot at noon.',
    ],
  },
});
