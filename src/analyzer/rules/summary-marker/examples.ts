import { defineExamples } from '../../examples';

export default defineExamples('summary-marker', {
  nl: {
    flag: [
      { text: 'Kortom: wij zijn er voor jou.', actual: 'Kortom:' },
      { text: 'Conclusie: automatiseren loont.', actual: 'Conclusie:' },
      { text: 'Al met al een sterke keuze.', actual: 'Al met al' },
    ],
    pass: ['Kort daarna opende de tweede winkel.', 'Zijn conclusie stond in het rapport van mei.'],
  },
  en: {
    flag: [
      { text: 'In conclusion, automation pays off.', actual: 'In conclusion,' },
      { text: 'Overall, it is a strong choice.', actual: 'Overall,' },
      { text: 'Ultimately, the choice is yours.', actual: 'Ultimately,' },
    ],
    pass: ['The overalls come in three sizes.', 'We concluded the pilot in May.'],
  },
});
