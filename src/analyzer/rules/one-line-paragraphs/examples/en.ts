import type { LanguageExamples } from '../../../examples';

/** Texts one-line-paragraphs must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'You want your business to grow.\n\nBut your time is limited and your team is small.\n\nSo we built a smart assistant for you.\n\nIt does the boring work.', actual: 'You want your business to grow.' },
  ],
  pass: [
    'You want to grow. But your time is limited.\n\nSo we built an assistant. It does the boring work, such as booking invoices and sending reminders.',
    'Opening hours\n\nMonday to Friday\n\nSaturday by appointment',
  ],
};

export default examples;
