import { defineExamples } from '../../examples';

export default defineExamples('one-line-paragraphs', {
  nl: {
    flag: [
      {
        text: 'Je wilt groeien met je bedrijf.\n\nMaar je tijd is beperkt en je team is klein.\n\nDaarom bouwden wij een slimme assistent voor je.\n\nHij doet het saaie werk.',
        actual: 'Je wilt groeien met je bedrijf.',
      },
    ],
    pass: [
      'Je wilt groeien. Maar je tijd is beperkt.\n\nDaarom bouwden wij een assistent. Hij doet het saaie werk, zoals facturen boeken en herinneringen sturen.',
      'Openingstijden\n\nMaandag tot vrijdag\n\nZaterdag op afspraak',
    ],
  },
  en: {
    flag: [
      {
        text: 'You want your business to grow.\n\nBut your time is limited and your team is small.\n\nSo we built a smart assistant for you.\n\nIt does the boring work.',
        actual: 'You want your business to grow.',
      },
    ],
    pass: [
      'You want to grow. But your time is limited.\n\nSo we built an assistant. It does the boring work, such as booking invoices and sending reminders.',
      'Opening hours\n\nMonday to Friday\n\nSaturday by appointment',
    ],
  },
});
