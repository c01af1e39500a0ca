import type { LanguageExamples } from '../../../examples';

/** Texts hedging must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Experts zijn het erover eens dat video werkt.', actual: 'Experts zijn het erover eens' },
    { text: 'In zekere zin is elke klant een ambassadeur.', actual: 'In zekere zin' },
    { text: 'Uit onderzoek blijkt dat klanten snelheid waarderen.', actual: 'Uit onderzoek blijkt' },
  ],
  pass: [
    'Volgens het CBS kochten Nederlanders in 2021 voor 32 miljard euro online.',
    'Zeker weten doen we het pas na de meting van maart.',
  ],
};

export default examples;
