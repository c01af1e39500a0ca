import { defineExamples } from '../../examples';

export default defineExamples('hedging', {
  nl: {
    flag: [
      { text: 'Experts zijn het erover eens dat video werkt.', actual: 'Experts zijn het erover eens' },
      { text: 'In zekere zin is elke klant een ambassadeur.', actual: 'In zekere zin' },
      { text: 'Uit onderzoek blijkt dat klanten snelheid waarderen.', actual: 'Uit onderzoek blijkt' },
    ],
    pass: [
      'Volgens het CBS kochten Nederlanders in 2021 voor 32 miljard euro online.',
      'Zeker weten doen we het pas na de meting van maart.',
    ],
  },
  en: {
    flag: [
      { text: 'It could be argued that email is dead.', actual: 'It could be argued' },
      { text: 'Experts agree that video converts better.', actual: 'Experts agree' },
      { text: "It's important to note that prices may change.", actual: "It's important to note" },
    ],
    pass: [
      'Nielsen Norman Group found in 2020 that users scan in an F-pattern.',
      'We argued about the logo for three weeks.',
    ],
  },
});
