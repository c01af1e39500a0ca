import { defineExamples } from '../../examples';

export default defineExamples('rule-of-three', {
  nl: {
    flag: [
      { text: 'Onze software is snel, betrouwbaar en schaalbaar.', actual: 'snel, betrouwbaar en schaalbaar' },
      { text: 'Snel. Simpel. Slim.', actual: 'Snel. Simpel. Slim.' },
      { text: 'Dat levert een sterker merk, meer zichtbaarheid en een loyale klantenkring op.', actual: 'merk, meer zichtbaarheid en een loyale klantenkring' },
    ],
    pass: [
      'Je betaalt per maand, je zit nergens aan vast en je kunt altijd opzeggen.',
      'Wij bezorgen in Leusden, Hoogland en Soest.',
      'Met klanten als Albert Heijn, Jumbo en Plus.','De jas is waterdicht en weegt 400 gram.', 'Kies rood of blauw.'],
  },
  en: {
    flag: [
      { text: 'Our software is fast, reliable and scalable.', actual: 'fast, reliable and scalable' },
      { text: 'Fast. Simple. Smart.', actual: 'Fast. Simple. Smart.' },
      { text: 'You get more leads, better reviews and a loyal following.', actual: 'leads, better reviews and a loyal following' },
    ],
    pass: [
      'It costs €29 a month, billed monthly, and you can cancel any time.',
      'We deliver to Leeds, York and Harrogate.',
      'Trusted by Acme, Globex and Initech.','The jacket is waterproof and weighs 400 grams.', 'Pick red or blue.'],
  },
});
