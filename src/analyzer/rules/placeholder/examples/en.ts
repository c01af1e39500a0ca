import type { LanguageExamples } from '../../../examples';

/** Texts placeholder must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Join us on [date] for our open day in [location].', actual: '[date]' },
    { text: 'Best regards,\n[Your Name]', actual: '[Your Name]' },
  ],
  pass: [
    'See the terms [1] at the bottom of the page.',
    'Join us on 12 April for our open day in Bristol.',
  ],
};

export default examples;
