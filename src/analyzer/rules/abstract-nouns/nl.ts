import { defineLexicon } from '../../lexicon/define';

/** Abstracte containerwoorden: ze passen in elke tekst en tonen niets. Telt alleen per dichtheid. */
export default defineLexicon({
  rule: 'abstract-nouns',
  lang: 'nl',
  source:
    'Neerlandistiek 23 okt 2025 (chatbots schrijven naamwoordelijker); NRC jeukwoorden ("impact" als containerwoord); HVR-NL ("oplossing" in B2B); ' +
    'Frankwatching 2025 ("kwaliteit, passie en innovatie"); via shared/reference/ai-tells.md §4, §7h and §9',
  entries: [
    { id: 'oplossing', match: ['(oplossing|oplossingen)'], note: 'Zeg wat het product doet.' },
    { id: 'mogelijkheden', match: ['(mogelijkheden|mogelijkheid)'], note: 'Noem er één.' },
    { id: 'ervaring', match: ['(ervaring|ervaringen|beleving|klantbeleving|klantervaring)'], note: 'Beschrijf wat de klant ziet of doet.' },
    { id: 'kwaliteit', match: ['(kwaliteit)'], note: 'Zeg waar de kwaliteit uit bestaat.' },
    { id: 'innovatie', match: ['(innovatie|innovaties|vernieuwing)'], note: 'Noem de vernieuwing.' },
    { id: 'groei', match: ['(groei|succes|resultaten|rendement)'], note: 'Geef het getal.' },
    { id: 'waarde', match: ['(waarde|meerwaarde)', 'toegevoegde waarde'], note: 'Zeg wat het oplevert.' },
    { id: 'impact', match: ['(impact)'], note: 'Zeg wat het effect is.' },
    { id: 'efficientie', match: ['(efficientie|effectiviteit|productiviteit|flexibiliteit|betrouwbaarheid|duurzaamheid)'], note: 'Maak het meetbaar.' },
    { id: 'expertise', match: ['(expertise|deskundigheid|vakmanschap|kennis)'], note: 'Laat de kennis zien in een detail.' },
    { id: 'uitdagingen', match: ['(uitdaging|uitdagingen|kansen|doelen|doelstellingen|behoeften)'], note: 'Noem er één.' },
    { id: 'strategie', match: ['(strategie|visie|aanpak|transformatie|optimalisatie|processen)'], note: 'Beschrijf de stap zelf.' },
    { id: 'prestaties', match: ['(prestaties|performance)'], note: 'Geef het getal.' },
    { id: 'potentieel', match: ['(groeipotentieel|potentieel)'], note: 'Zeg wat er kan groeien, en hoeveel.' },
    { id: 'toekomst', match: ['(toekomst)'], note: 'Noem een datum of termijn.' },
  ],
});
