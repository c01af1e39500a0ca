import { defineExamples } from '../../examples';

export default defineExamples('effect-tail', {
  nl: {
    flag: [
      { text: 'We automatiseren je administratie, wat zorgt voor meer rust in je week.', actual: ', wat zorgt voor' },
      { text: 'Alles staat in één dashboard, waardoor je meer tijd overhoudt.', actual: ', waardoor je meer tijd' },
    ],
    pass: ['We automatiseren je administratie. Dat scheelt ons team vier uur per week.', 'Wat zorgt voor de vertraging? Een storing bij PostNL.'],
  },
  en: {
    flag: [
      { text: 'We automate your bookkeeping, ensuring peace of mind.', actual: ', ensuring' },
      { text: 'Everything lives in one dashboard, making it easy to stay on top.', actual: ', making' },
    ],
    pass: ['We automate your bookkeeping. That saves our team four hours a week.', 'Making bread takes us six hours, including the rise.'],
  },
});
