import type { LanguageExamples } from '../../../examples';

/** Texts uniform-paragraphs must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'With moving everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.\n\nWith renovating everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.\n\nWith painting everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.\n\nWith gardening everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.', actual: 'With moving everything revolves around good preparation and a clear plan.' },
  ],
  pass: [
    'With moving everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.\n\nCall us.\n\nWe have been moving people out of Deventer since 1998, with four vans of our own and a crew of twelve. Pianos, filing cabinets and aquariums: we have carried them all down the stairs, and everything arrived intact except one aquarium.\n\nWith renovating everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.',
    'Too few paragraphs to say anything about their length.',
  ],
};

export default examples;
