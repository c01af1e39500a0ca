import type { LanguageExamples } from '../../../examples';

/** Texts effect-tail must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'We automate your bookkeeping, ensuring peace of mind.', actual: ', ensuring peace of mind' },
    { text: 'Everything lives in one dashboard, making it easy to stay on top.', actual: ', making it easy' },
    { text: 'We send the invoices for you, so you can focus on growing your shop.', actual: ', so you can focus on growing your shop' },
  ],
  pass: [
    'We automate your bookkeeping. That saves our team four hours a week.',
    'Making bread takes us six hours, including the rise.',
  ],
};

export default examples;
