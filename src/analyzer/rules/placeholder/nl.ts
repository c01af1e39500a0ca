import { definePatterns } from '../../lexicon/patterns';

/** Invulplekken die in de tekst zijn blijven staan: "[Jouw naam]", "[datum]". */
export default definePatterns({
  rule: 'placeholder',
  lang: 'nl',
  scope: 'paragraph',
  source: 'Wikipedia:Signs of AI writing CM3 (placeholders, "2025-xx-xx"); HVR-NL chatbotrestanten; via shared/reference/ai-tells.md §10',
  entries: [
    { id: 'invulplek', example: 'Kom op [datum] naar [locatie].', pattern: /\[(?:jouw|je|uw|datum|tijd|locatie|naam|bedrijf|bedrijfsnaam|link|product|klant|plaats|telefoon|e-?mail|nummer|aantal|x)\b[^\]\n]{0,40}\]/, note: 'Er is een invulplek blijven staan: vul hem in of haal hem weg.' },
    { id: 'xx-datum', example: 'Lancering: 2025-xx-xx.', pattern: /\b(?:19|20)\d\d-xx-xx\b|\bxx-xx-(?:19|20)\d\d\b/, note: 'Er is een sjabloondatum blijven staan: vul hem in.' },
  ],
});
