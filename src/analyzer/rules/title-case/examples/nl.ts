import type { LanguageExamples } from '../../../examples';

/** Texts title-case must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Jouw Partner Voor Duurzame Groei\nWij helpen je verder.', actual: 'Jouw Partner Voor Duurzame Groei' },
    { text: 'Ontdek Onze Nieuwe Duurzame Collectie\nNu in de winkel.', actual: 'Ontdek Onze Nieuwe Duurzame Collectie' },
  ],
  pass: [
    '© 2021 Bakkerij De Gouden Korst Utrecht',
    'Jouw partner voor duurzame groei\nWij helpen je verder.',
    'Bakkerij Van der Meer in Amersfoort\nVers brood elke ochtend.',
    // Een teamlijst: namen en functies, met de hoofdletters die ze op zo'n pagina vaak krijgen.
    'Ons team\nSanne Bakker: Eigenaar\nMarieke van den Berg: Senior Office Manager',
    // Een bronvermelding onder een citaat noemt de spreker, met de hoofdletters van een naam.
    'Wij openen een tweede winkel\nHet beste roggebrood van de stad, en altijd een praatje.\n– Ingrid Smit, Dagblad Van Het Noorden',
    // A contact field's value is an address or a name, with the capitals names have.
    'Contact\nAdres: Lange Nieuwstraat 12, Utrecht\nBezoekadres: Oude Gracht Tussen Bakkerbrug En Vollersbrug',
  ],
};

export default examples;
