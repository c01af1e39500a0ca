import { defineExamples } from './define';

export default defineExamples('question-answer', {
  nl: {
    flag: [
      { text: 'Het resultaat? Meer omzet in minder tijd.', actual: 'Het resultaat?' },
      { text: 'Het goede nieuws? Je hoeft niets te installeren.', actual: 'Het goede nieuws?' },
    ],
    pass: [
      'Heb je een vraag over je bestelling van vorige week of over de retourvoorwaarden? Bel ons.',
      'Wanneer komt de monteur? En wie betaalt de voorrijkosten?',
    ],
  },
  en: {
    flag: [
      { text: 'The result? More sales in less time.', actual: 'The result?' },
      { text: 'The best part? No installation needed.', actual: 'The best part?' },
    ],
    pass: [
      'Do you have a question about last week’s order or about our return policy? Call us.',
      'When does the technician arrive? And who pays the call-out fee?',
    ],
  },
});
