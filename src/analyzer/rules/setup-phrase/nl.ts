import { definePatterns } from '../../lexicon/patterns';

/** Aankondigingen die spanning faken: "Laten we eerlijk zijn", "De waarheid is", "Stel je voor". */
export default definePatterns({
  rule: 'setup-phrase',
  lang: 'nl',
  scope: 'sentence',
  source: 'HVR-NL phrase blockers ("De realiteit is", "Het punt is", "De echte vraag is", "De waarheid is", "Laat me duidelijk zijn", "stel je voor"); NRC jeukwoorden ("eerlijk"); via shared/reference/ai-tells.md §7c',
  entries: [
    { id: 'laten-we-eerlijk-zijn', example: 'Laten we eerlijk zijn: niemand leest dit.', pattern: /(?:^(?:(?:en|maar|want|dus) )?|(?<=, (?:en|maar) ))(?:laten we (?:eerlijk|reëel|reeel) zijn|eerlijk is eerlijk|eerlijk gezegd|om eerlijk te zijn)\b[,:]?/, note: 'Wees het gewoon; de aankondiging maakt de zin niet eerlijker.' },
    { id: 'de-waarheid-is', example: 'De waarheid is: klanten willen snelheid.', pattern: /^(?:de (?:waarheid|realiteit|werkelijkheid|echte vraag|clou|truc|kern) is|het (?:eerlijke|korte|echte|simpele) antwoord is|het punt is|het geheim is|feit is|het mooie is|het goede nieuws is|het resultaat is)\b[:,]?/, note: 'Zeg het meteen.' },
    { id: 'stel-je-voor', example: 'Stel je voor: een inbox zonder spam.', pattern: /^(?:stel je (?:eens )?voor|beeld je in|herken je dit|ken je dat gevoel)\b[:,?]?/, note: 'Beschrijf een echte situatie van een echte klant.' },
    { id: 'wat-de-meeste-niet', example: 'Wat de meeste mensen niet weten, is dat het gratis is.', pattern: /^(?:wat (?:de meeste|veel) (?:mensen|bedrijven|ondernemers) niet (?:weten|beseffen)|je bent niet de enige|dit is wat je moet weten)\b/, note: 'Zeg het zonder de omweg.' },
    { id: 'hier-zijn', example: 'Hier zijn 3 dingen die het verschil maakten.', pattern: /^(?:hier zijn|dit zijn) (?:de|mijn|onze|een paar|\d+|drie|vier|vijf|zes|zeven|tien) (?:[a-zà-öø-ɏ-]+ ){0,3}(?:dingen|taken|manieren|redenen|tips|lessen|stappen|tools|geheimen|voordelen|fouten)\b|^dit is (?:hoe|waarom|wat)\b/, note: 'Laat de aankondiging weg en begin met het eerste punt.' },
  ],
});
