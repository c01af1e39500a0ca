import { definePatterns, NO_LOWERCASE } from '../../lexicon/patterns';
import type { LabelColonConventions } from './rule';

/**
 * Regels die beginnen met een kopje en een dubbele punt: "Wat AI wel kan: …", "Het resultaat: …".
 * Niet de kopjes die bij de pagina horen in plaats van bij de pitch ("Let op:", "Noot:", "Update:"),
 * kopjes in hoofdletters ("GEMBER: …", de specificatieconventie uit drukwerk) of een kopje met een
 * getal of prijs erachter ("Prijs: 49 euro", een specificatie).
 */
export default definePatterns({
  rule: 'label-colon',
  lang: 'nl',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing S3 (inline-header lists); HVR-NL 4.7; anti-slop #23 (uitzondering: kopjes met echt nieuw detail); via shared/reference/ai-tells.md §7g',
  entries: [
    { id: 'kopje-dubbele-punt', example: 'Het resultaat: meer omzet in minder tijd.', pattern: /^(?!(?:kortom|conclusie|samengevat|samenvattend|tot slot|kort gezegd|let op|noot|nb|ps|opmerking|disclaimer|waarschuwing|update|bron|foto)\b)(?:[\p{Extended_Pictographic}✓✔•·*-]\s*)?(?:[a-zà-öø-ɏ][a-zà-öø-ɏ'’-]*)(?: [a-zà-öø-ɏ'’-]+){0,5}:(?=[ \t]+[^\s\d€$£])/u, unless: NO_LOWERCASE, note: 'Schrijf een gewone zin; het kopje kondigt aan wat de zin zelf al zegt.' },
  ],
});

/** Field labels, list introductions and pauses: the human conventions of this shape. Source: the contact blocks, footers and product pages of shared/pages (conventions, not phrases). */
export const conventions: LabelColonConventions = {
  fields: [
    'e-?mail', 'mail', 'tel', 'telefoon', 'telefoonnummer', 'mobiel', 'gsm', 'fax', 'whatsapp', 'adres', 'bezoekadres',
    'postadres', 'postcode', 'plaats', 'website', 'web', 'site', 'kvk', 'kvk-nummer', 'btw', 'btw-nummer', 'iban', 'bic',
    'rekeningnummer', 'prijs', 'prijzen', 'kosten', 'tarief', 'tarieven', 'openingstijden', 'openingsuren', 'geopend',
    'gesloten', 'datum', 'data', 'tijd', 'tijden', 'locatie', 'waar', 'wanneer', 'duur', 'contact', 'contactpersoon',
    'naam', 'functie', 'route', 'parkeren', 'bereikbaarheid', 'afmetingen', 'gewicht', 'materiaal', 'kleur', 'maat',
    'inhoud', 'ingrediënten', 'ingredienten', 'allergenen', 'levertijd', 'verzending', 'leeftijd', 'niveau',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
    'doelgroep', 'aanmelden', 'inschrijven', 'vragen', 'fotografie', 'tekst', 'ontwerp', 'auteur', 'door',
    'systeemeisen', 'vereisten', 'installatie', 'versie', 'licentie', 'talen', 'platforms',
  ],
  fieldQualifier: /[a-zà-ÿ]+/,
  listIntroducers: /\b(?:zijn|is|bevat|bevatten|omvat|omvatten|zoals|namelijk|bijvoorbeeld|o\.a|onder andere|volgt|volgende)\s*:$/iu,
  loneConjunction: /^(?:maar|want|dus|en|of|toch|alleen|ofwel|oftewel)\s*:$/iu,
};
