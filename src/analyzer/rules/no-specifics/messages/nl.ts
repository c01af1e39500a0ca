import type { NoSpecificsMessages } from '../rule';

/** What no-specifics says, in Dutch. */
const messages: NoSpecificsMessages = {
  description: 'Lange zinnen met abstracte woorden en zonder naam, getal, prijs of plaats: ze zouden over elk bedrijf kunnen gaan.',
  finding: ({ words }) => `Deze zin van ${words} woorden noemt geen naam, getal, prijs of plaats: hij zou over elk bedrijf kunnen gaan.`,
  note: 'Voeg één concreet detail toe: een klant, een getal, een termijn, een voorbeeld.',
};

export default messages;
