import { defineExamples } from '../../examples';

export default defineExamples('repeated-phrases', {
  nl: {
    flag: [
      {
        text: 'Wij bieden begeleiding op maat. Kies begeleiding op maat voor je team. Want begeleiding op maat werkt.',
        actual: 'begeleiding op maat',
      },
      {
        text: 'Snelle levering gegarandeerd bij ons. Ook vandaag snelle levering gegarandeerd. Altijd snelle levering gegarandeerd.',
        actual: 'snelle levering gegarandeerd',
      },
    ],
    pass: [
      'Bakkerij De Korenbloem bakt elke dag vers brood.\nWij bakken met biologisch meel uit de regio.\nBakkerij De Korenbloem bakt elke dag vers brood.\nBakkerij De Korenbloem bakt elke dag vers brood.',
      'Wij bieden persoonlijke begeleiding. Met een vaste coach bereik je meer. Kies je eigen tempo.',
      'Ik ga naar de markt. Jij gaat naar de markt. Zij gaat naar de bakker.',
    ],
  },
  en: {
    flag: [
      {
        text: 'We offer personal expert coaching. With personal expert coaching you achieve more. Choose personal expert coaching today.',
        actual: 'personal expert coaching',
      },
      {
        text: 'Fast delivery guaranteed with us. Today too, fast delivery guaranteed. Always fast delivery guaranteed.',
        actual: 'fast delivery guaranteed',
      },
    ],
    pass: [
      'Northside Bakery bakes fresh bread every day.\nWe use organic flour from local mills.\nNorthside Bakery bakes fresh bread every day.\nNorthside Bakery bakes fresh bread every day.',
      'We offer personal coaching. With a fixed coach you achieve more. Choose your own pace.',
      'I went to the market. You went to the market. She went to the bakery.',
    ],
  },
});
