import { defineExamples } from '../../examples';

export default defineExamples('repeated-openers', {
  nl: {
    flag: [
      { text: 'Wij luisteren. Wij denken mee. Wij leveren op tijd. Daarna evalueren we.', actual: 'Wij' },
      { text: 'Onze monteurs zijn ervaren. Onze prijzen zijn scherp. Onze service is snel.', actual: 'Onze' },
    ],
    pass: [
      'Wij luisteren eerst. Daarna denken we mee. Op vrijdag leveren we op.',
      'De monteur komt om negen uur. De rekening volgt per mail. De garantie duurt twee jaar.',
    ],
  },
  en: {
    flag: [
      { text: 'We listen. We think along. We deliver on time. Then we review.', actual: 'We' },
      { text: 'Our fitters are experienced. Our prices are sharp. Our service is fast.', actual: 'Our' },
    ],
    pass: [
      'We listen first. Then we think along. On Friday the work is delivered.',
      'The fitter arrives at nine. The invoice follows by email. The warranty lasts two years.',
    ],
  },
});
