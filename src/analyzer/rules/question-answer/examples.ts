import { defineExamples } from '../../examples';

export default defineExamples('question-answer', {
  nl: {
    flag: [
      { text: 'Het resultaat? Meer omzet in minder tijd.', actual: 'Het resultaat?' },
      { text: 'Het goede nieuws? Je hoeft niets te installeren.', actual: 'Het goede nieuws?' },
    ],
    pass: [
      'Glutenvrij?\nJa, op vrijdag bakken we twee glutenvrije broden in een aparte oven, vooraf bestellen kan tot donderdag.',
      'Met de fiets?\nAchter de winkel staan twaalf fietsenrekken en er is een oplaadpunt voor elektrische fietsen.',
      'Heb je een vraag over je bestelling van vorige week of over de retourvoorwaarden? Bel ons.',
      'Wanneer komt de monteur? En wie betaalt de voorrijkosten?',
    ],
  },
  en: {
    flag: [
      { text: 'The result? More sales in less time.', actual: 'The result?' },
      { text: 'The best part? No installation needed.', actual: 'The best part?' },
    ],
    pass: [
      'Gluten free?\nYes, on Fridays we bake two gluten-free loaves in a separate oven; order them by Thursday noon.',
      'Parking?\nThere are twelve spaces behind the shop and two more on the street, free after six in the evening.',
      'Do you have a question about last week’s order or about our return policy? Call us.',
      'When does the technician arrive? And who pays the call-out fee?',
    ],
  },
});
