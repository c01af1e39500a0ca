import type { LanguageExamples } from '../../../examples';

/** Texts uniform-paragraphs must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Bij verhuizen draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.\n\nBij verbouwen draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.\n\nBij schilderen draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.\n\nBij tuinieren draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.', actual: 'Bij verhuizen draait alles om een goede voorbereiding en een duidelijke planning.' },
  ],
  pass: [
    "Bij verhuizen draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.\n\nBel ons.\n\nWe verhuizen sinds 1998 vanuit Deventer, met vier eigen wagens en een vaste ploeg van twaalf man. Piano's, archiefkasten en aquaria: we hebben ze allemaal al eens de trap af gedragen, en op één aquarium na is alles heel aangekomen.\n\nBij verbouwen draait alles om een goede voorbereiding en een duidelijke planning. Wij nemen de tijd om je wensen te begrijpen en denken mee over de beste aanpak voor jouw situatie.",
    'Te weinig alinea’s om iets over de lengte te zeggen.',
  ],
};

export default examples;
