import { defineExamples } from '../../examples';

export default defineExamples('placeholder', {
  nl: {
    flag: [
      { text: 'Kom op [datum] naar onze open dag in [locatie].', actual: '[datum]' },
      { text: 'Met vriendelijke groet,\n[Jouw naam]', actual: '[Jouw naam]' },
    ],
    pass: ['Zie de voorwaarden [1] onderaan de pagina.', 'Kom op 12 april naar onze open dag in Zwolle.'],
  },
  en: {
    flag: [
      { text: 'Join us on [date] for our open day in [location].', actual: '[date]' },
      { text: 'Best regards,\n[Your Name]', actual: '[Your Name]' },
    ],
    pass: ['See the terms [1] at the bottom of the page.', 'Join us on 12 April for our open day in Bristol.'],
  },
});
