import type { LanguageExamples } from '../../../examples';

/** Texts hype must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'This is truly a new way to work.', actual: 'truly' },
    { text: 'Enjoy unparalleled comfort on every flight.', actual: 'unparalleled' },
    { text: 'A revolutionary approach to invoicing.', actual: 'revolutionary' },
  ],
  pass: [
    'The battery lasts 30 hours on one charge.',
    'True to its name, the Fieldbook app keeps field notes.',
  ],
};

export default examples;
