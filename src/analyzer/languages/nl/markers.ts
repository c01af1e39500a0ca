import type { LanguagePack } from '../pack';

/** What the measured signals without findings say, in Dutch. */
const markers: LanguagePack['markers'] = {
  asides: {
    description: "Haakjes, puntkomma's en beletseltekens: sporen van een schrijver die hardop denkt. Ze verlagen de score.",
  },
  'concrete-detail': {
    description: 'Getallen, prijzen en namen per 100 woorden: wat algemene tekst mist. Ze verlagen de score.',
  },
  'lexical-variety': {
    description: 'Hoe zelden de tekst een woord herhaalt. Gegenereerde tekst wisselt steeds van synoniem; een mens noemt een ding gewoon weer bij zijn naam.',
  },
};

export default markers;
