import type { LanguageExamples } from '../../../examples';

/** Texts repeated-phrases must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Wij bieden begeleiding op maat. Kies begeleiding op maat voor je team. Want begeleiding op maat werkt.', actual: 'begeleiding op maat' },
    { text: 'Snelle levering gegarandeerd bij ons. Ook vandaag snelle levering gegarandeerd. Altijd snelle levering gegarandeerd.', actual: 'snelle levering gegarandeerd' },
  ],
  pass: [
    'Bakkerij De Korenbloem bakt elke dag vers brood.\nWij bakken met biologisch meel uit de regio.\nBakkerij De Korenbloem bakt elke dag vers brood.\nBakkerij De Korenbloem bakt elke dag vers brood.',
    'Wij bieden persoonlijke begeleiding. Met een vaste coach bereik je meer. Kies je eigen tempo.',
    'Ik ga naar de markt. Jij gaat naar de markt. Zij gaat naar de bakker.',
  ],
};

export default examples;
