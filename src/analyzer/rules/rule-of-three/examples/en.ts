import type { LanguageExamples } from '../../../examples';

/** Texts rule-of-three must flag (with the exact words it marks) and must pass, in English. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Our software is fast, reliable and scalable.', actual: 'fast, reliable and scalable' },
    { text: 'Fast. Simple. Smart.', actual: 'Fast. Simple. Smart.' },
    { text: 'You get more leads, better reviews and a loyal following.', actual: 'leads, better reviews and a loyal following' },
    { text: 'We offer design, development and a friendly support desk.', actual: 'design, development and a friendly support desk' },
    { text: 'The app is fast, reliable and easy to use for every team.', actual: 'fast, reliable and easy' },
  ],
  pass: [
    'It costs €29 a month, billed monthly, and you can cancel any time.',
    'We deliver to Leeds, York and Harrogate.',
    'Trusted by Acme, Globex and Initech.',
    'The jacket is waterproof and weighs 400 grams.',
    'Pick red or blue.',
  ],
};

export default examples;
