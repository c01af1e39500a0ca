import { defineExamples } from '../../examples';

export default defineExamples('em-dash', {
  nl: {
    flag: [
      { text: 'Snelle levering — zonder gedoe.', actual: '—' },
      { text: 'Wij werken anders – en dat merk je.', actual: '–' },
    ],
    pass: [
      'Maandag t/m vrijdag: 7.00 – 18.00 uur.',
      'Geopend ma – za, zondag gesloten.',
      'Het seizoen loopt van 2019—2021 en de prijs is € 10 – € 15.',
      'Lekkerste taart van de stad!\n– Jan de Wit, Soest',
      '“Een aanrader voor iedereen.” — Marieke, Hoogland',
      'AMERSFOORT – De bakkerij aan de Langestraat viert haar jubileum met een open dag.',
      '© 2021 Bakkerij De Korenbloem – alle rechten voorbehouden','Open van 9-17 uur, ook op zaterdag.', 'Het e-mailadres staat onderaan de pagina.'],
  },
  en: {
    flag: [
      { text: 'Fast delivery — no hassle.', actual: '—' },
      { text: 'We work differently—and you will notice.', actual: '—' },
    ],
    pass: [
      'Open Monday to Friday, 7.00—18.00.',
      'We are open Mon—Sat.',
      '“The best sourdough in town.” — Jane Smith, Leeds',
      'LONDON — The bakery on High Street celebrates its tenth year with an open day.',
      '© 2020 Northside Bakery — Created by a local studio','We work differently – and you will notice.', 'Open 9-5, Saturdays too.', 'The e-mail address is at the bottom of the page.'],
  },
});
