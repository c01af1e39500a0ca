import type { LanguageExamples } from '../../../examples';

/** Texts flat-rhythm must flag (with the exact words it marks) and must pass, in Dutch. */
const examples: LanguageExamples = {
  flag: [
    { text: 'Onze adviseurs staan elke werkdag klaar voor al je vragen. Wij denken graag met je mee over de beste aanpak. Samen kijken we naar de mogelijkheden binnen je budget. Daarna maken we een helder plan voor de komende maanden. Zo weet je altijd precies waar je aan toe bent.', actual: 'Onze adviseurs staan elke werkdag klaar voor al je vragen. Wij denken graag met je mee over de beste aanpak. Samen kijken we naar de mogelijkheden binnen je budget. Daarna maken we een helder plan voor de komende maanden. Zo weet je altijd precies waar je aan toe bent.' },
  ],
  pass: [
    'Bel ons. Onze adviseurs nemen in negen van de tien gevallen binnen twee minuten op, ook op zaterdagochtend, en als het even duurt bellen we je zelf terug. Beloofd. Daarna maken we samen een plan.',
    'Klein team. Grote klanten: we werken sinds 2014 voor Gazelle, de gemeente Zwolle en een handvol bakkerijen in de Achterhoek. Wat ze gemeen hebben? Ze bellen ons als het spannend wordt.',
  ],
};

export default examples;
