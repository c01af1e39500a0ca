import type { LanguageExamples } from '../../../examples';

/** Texts question-answer must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Het resultaat? Meer omzet in minder tijd.', actual: 'Het resultaat?' },
    { text: 'Het goede nieuws? Je hoeft niets te installeren.', actual: 'Het goede nieuws?' },
  ],
  pass: [
    'Glutenvrij?\nJa, op vrijdag bakken we twee glutenvrije broden in een aparte oven, vooraf bestellen kan tot donderdag.',
    'Met de fiets?\nAchter de winkel staan twaalf fietsenrekken en er is een oplaadpunt voor elektrische fietsen.',
    'Heb je een vraag over je bestelling van vorige week of over de retourvoorwaarden? Bel ons.',
    'Wanneer komt de monteur? En wie betaalt de voorrijkosten?',
    // A question as a condition, answered with an instruction: the ordinary call to action.
    'Interesse? Bel Sietse op 0517 41 23 45.',
    'Wil je twee dezelfde? Bestel ze dan tegelijk.',
  ],
};

export default examples;
