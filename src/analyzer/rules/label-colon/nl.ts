import { definePatterns, NO_LOWERCASE } from '../../lexicon/patterns';

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
