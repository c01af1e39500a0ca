import type { LanguageExamples } from '../../../examples';

/** Texts question-answer must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'The result? More sales in less time.', actual: 'The result?' },
    { text: 'The best part? No installation needed.', actual: 'The best part?' },
  ],
  pass: [
    'Gluten free?\nYes, on Fridays we bake two gluten-free loaves in a separate oven; order them by Thursday noon.',
    'Parking?\nThere are twelve spaces behind the shop and two more on the street, free after six in the evening.',
    'Do you have a question about last week’s order or about our return policy? Call us.',
    'When does the technician arrive? And who pays the call-out fee?',
    // A question as a condition, answered with an instruction: the ordinary call to action.
    'Interested? Call Sarah on 0117 496 0000.',
    'Need two of the same? Then order them together.',
  ],
};

export default examples;
