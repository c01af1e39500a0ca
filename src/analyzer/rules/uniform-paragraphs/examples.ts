import { defineExamples } from '../../examples';

const nlParagraph = (topic: string) =>
  `Bij ${topic} draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.`;
const enParagraph = (topic: string) =>
  `With ${topic} everything revolves around good preparation and a clear plan. We take the time to understand your wishes and think along about the best approach for your situation.`;
const nlUniform = ['verhuizen', 'verbouwen', 'schilderen', 'tuinieren'].map(nlParagraph).join('\n\n');
const enUniform = ['moving', 'renovating', 'painting', 'gardening'].map(enParagraph).join('\n\n');

export default defineExamples('uniform-paragraphs', {
  nl: {
    flag: [{ text: nlUniform, actual: nlParagraph('verhuizen').split('. ')[0]! + '.' }],
    pass: [
      `${nlParagraph('verhuizen')}\n\nBel ons.\n\nWe verhuizen sinds 1998 vanuit Deventer, met vier eigen wagens en een vaste ploeg van twaalf man. Piano's, archiefkasten en aquaria: we hebben ze allemaal al eens de trap af gedragen, en op één aquarium na is alles heel aangekomen.\n\n${nlParagraph('verbouwen')}`,
      'Te weinig alinea’s om iets over de lengte te zeggen.',
    ],
  },
  en: {
    flag: [{ text: enUniform, actual: enParagraph('moving').split('. ')[0]! + '.' }],
    pass: [
      `${enParagraph('moving')}\n\nCall us.\n\nWe have been moving people out of Deventer since 1998, with four vans of our own and a crew of twelve. Pianos, filing cabinets and aquariums: we have carried them all down the stairs, and everything arrived intact except one aquarium.\n\n${enParagraph('renovating')}`,
      'Too few paragraphs to say anything about their length.',
    ],
  },
});
