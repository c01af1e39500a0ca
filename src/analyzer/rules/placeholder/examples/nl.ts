import type { LanguageExamples } from '../../../examples';

/** Texts placeholder must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Kom op [datum] naar onze open dag in [locatie].', actual: '[datum]' },
    { text: 'Met vriendelijke groet,\n[Jouw naam]', actual: '[Jouw naam]' },
  ],
  pass: [
    'Zie de voorwaarden [1] onderaan de pagina.',
    'Kom op 12 april naar onze open dag in Zwolle.',
  ],
};

export default examples;
