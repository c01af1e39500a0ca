import { definePatterns } from '../../lexicon/patterns';

/** Samenvattende openers aan het begin van een zin: "Kortom", "Conclusie:", "Tot slot". */
export default definePatterns({
  rule: 'summary-marker',
  lang: 'nl',
  scope: 'sentence',
  source: 'HVR-NL (Conclusie/Kortom als kop of zinsopener; Tot slot; Samengevat); welingelichtekringen.nl 2025 ("aan het eind een conclusie"); via shared/reference/ai-tells.md §7d',
  entries: [
    { id: 'kortom', example: 'Kortom, wij regelen het.', pattern: /^(?:kortom|kort gezegd|samengevat|samenvattend|al met al|alles bij elkaar|concluderend|tot slot|tenslotte|ten slotte|om af te sluiten|conclusie)\b[,:]?/, note: 'Een goede tekst hoeft zichzelf niet samen te vatten: eindig met de volgende stap voor de lezer.' },
    { id: 'de-conclusie-is', example: 'De conclusie is: automatiseren loont.', pattern: /^(?:de (?:belangrijkste )?(?:conclusie|les|boodschap|kern) (?:is|luidt)|het komt erop neer|waar het op neerkomt)\b[:,]?/, note: 'Zeg het zonder aankondiging.' },
  ],
});
