import type { LanguageExamples } from '../../../examples';

/** Texts flat-rhythm must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Our advisers are ready every working day for your questions. We are happy to think along about the best approach. Together we look at the options within your budget. Then we make a clear plan for the coming months. That way you always know exactly where you stand.', actual: 'Our advisers are ready every working day for your questions. We are happy to think along about the best approach. Together we look at the options within your budget. Then we make a clear plan for the coming months. That way you always know exactly where you stand.' },
  ],
  pass: [
    'Call us. Our advisers answer nine out of ten calls within two minutes, Saturday mornings included, and if it takes longer we call you back ourselves. Promise. Then we make a plan together.',
    'Small team. Big clients: since 2014 we have worked for Gazelle, the city of Zwolle and a handful of bakeries in the east. What do they share? They call us when it gets tricky.',
  ],
};

export default examples;
