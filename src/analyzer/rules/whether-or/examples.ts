import { defineExamples } from '../../examples';

export default defineExamples('whether-or', {
  nl: {
    flag: [
      { text: 'Of je nu een starter bent of een multinational, wij helpen je.', actual: 'Of je nu een starter bent of' },
      { text: 'Van zzpers tot multinationals: iedereen gebruikt het.', actual: 'Van zzpers tot multinationals' },
    ],
    pass: ['Kies of je per maand of per jaar betaalt.', 'Of het morgen regent, weten we pas vanavond.'],
  },
  en: {
    flag: [
      { text: "Whether you're a freelancer or a global team, we have you covered.", actual: "Whether you're a freelancer or" },
      { text: 'From startups to enterprises, everyone uses it.', actual: 'From startups to enterprises' },
    ],
    pass: ['Choose whether to pay monthly.', 'We drove from Leeds to York on Monday.'],
  },
});
