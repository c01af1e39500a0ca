import { defineExamples } from '../../examples';

const flatNl =
  'Onze adviseurs staan elke werkdag klaar voor al je vragen. Wij denken graag met je mee over de beste aanpak. ' +
  'Samen kijken we naar de mogelijkheden binnen je budget. Daarna maken we een helder plan voor de komende maanden. ' +
  'Zo weet je altijd precies waar je aan toe bent.';
const flatEn =
  'Our advisers are ready every working day for your questions. We are happy to think along about the best approach. ' +
  'Together we look at the options within your budget. Then we make a clear plan for the coming months. ' +
  'That way you always know exactly where you stand.';

export default defineExamples('flat-rhythm', {
  nl: {
    flag: [{ text: flatNl, actual: flatNl }],
    pass: [
      'Bel ons. Onze adviseurs nemen in negen van de tien gevallen binnen twee minuten op, ook op zaterdagochtend, en als het even duurt bellen we je zelf terug. Beloofd. Daarna maken we samen een plan.',
      'Klein team. Grote klanten: we werken sinds 2014 voor Gazelle, de gemeente Zwolle en een handvol bakkerijen in de Achterhoek. Wat ze gemeen hebben? Ze bellen ons als het spannend wordt.',
    ],
  },
  en: {
    flag: [{ text: flatEn, actual: flatEn }],
    pass: [
      'Call us. Our advisers answer nine out of ten calls within two minutes, Saturday mornings included, and if it takes longer we call you back ourselves. Promise. Then we make a plan together.',
      'Small team. Big clients: since 2014 we have worked for Gazelle, the city of Zwolle and a handful of bakeries in the east. What do they share? They call us when it gets tricky.',
    ],
  },
});
