import type { LanguageExamples } from '../../../examples';

/** Texts rule-of-three must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Onze software is snel, betrouwbaar en schaalbaar.', actual: 'snel, betrouwbaar en schaalbaar' },
    { text: 'Snel. Simpel. Slim.', actual: 'Snel. Simpel. Slim.' },
    { text: 'Dat levert een sterker merk, meer zichtbaarheid en een loyale klantenkring op.', actual: 'merk, meer zichtbaarheid en een loyale klantenkring' },
    { text: 'Wij bieden ontwerp, ontwikkeling en een vriendelijke helpdesk.', actual: 'ontwerp, ontwikkeling en een vriendelijke helpdesk' },
    { text: 'De app is snel, betrouwbaar en makkelijk te gebruiken voor elk team.', actual: 'snel, betrouwbaar en makkelijk' },
  ],
  pass: [
    'Je betaalt per maand, je zit nergens aan vast en je kunt altijd opzeggen.',
    'Wij bezorgen in Leusden, Hoogland en Soest.',
    'Met klanten als Albert Heijn, Jumbo en Plus.',
    'De jas is waterdicht en weegt 400 gram.',
    'Kies rood of blauw.',
  ],
};

export default examples;
