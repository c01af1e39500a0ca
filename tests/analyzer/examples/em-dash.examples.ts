import { defineExamples } from './define';

export default defineExamples('em-dash', {
  nl: {
    flag: [
      { text: 'Snelle levering — zonder gedoe.', actual: '—' },
      { text: 'Wij werken anders – en dat merk je.', actual: '–' },
    ],
    pass: ['Open van 9-17 uur, ook op zaterdag.', 'Het e-mailadres staat onderaan de pagina.'],
  },
  en: {
    flag: [
      { text: 'Fast delivery — no hassle.', actual: '—' },
      { text: 'We work differently—and you will notice.', actual: '—' },
    ],
    pass: ['We work differently – and you will notice.', 'Open 9-5, Saturdays too.', 'The e-mail address is at the bottom of the page.'],
  },
});
