import { definePatterns } from '../../lexicon/patterns';

/** De tegenstellingsformule: "niet X, maar Y", "het is geen X, het is Y". */
export default definePatterns({
  rule: 'not-but',
  lang: 'nl',
  scope: 'paragraph',
  source: 'HVR-NL 4.1 (negatief parallellisme); welingelichtekringen.nl 2025; doublej/claude-skills; EQ-Bench not-x-but-y (human 0,044 vs modellen 0,086–0,811 per 1k tekens); via shared/reference/ai-tells.md §7a',
  entries: [
    { id: 'niet-alleen-maar-ook', example: 'Het is niet alleen een app, maar ook een werkwijze.', pattern: /\bniet (?:alleen|enkel|slechts|zomaar|louter|gewoon)\b[^.!?\n]{1,80}?\bmaar\b(?: ook)?/, note: 'Zeg gewoon wat het is; de tegenstelling met iets wat niemand beweerde voegt niets toe.' },
    { id: 'het-gaat-niet-om', example: 'Het gaat niet om meer, het gaat om beter.', pattern: /\bhet gaat (?:niet|nooit) (?:alleen |enkel |meer )?(?:om|over)\b[^.!?\n]{1,60}?[,.;:—–-]\s*(?:maar|het gaat) (?:om|over)?/, note: 'Zeg direct waar het om gaat.' },
    { id: 'geen-x-maar-y', example: 'Dit is geen kostenpost, maar een investering.', pattern: /\bgeen (?:[a-zà-öø-ɏ-]+ ){0,3}[a-zà-öø-ɏ-]+,\s*maar\b/u, note: 'Zeg wat het wél is, zonder de omweg.' },
    { id: 'zin-begint-met-niet', example: 'Niet met standaardteksten, maar met jouw eigen informatie.', pattern: /(?:^|(?<=[.!?]\s+))niet (?!alleen\b|enkel\b|slechts\b|zomaar\b|louter\b|gewoon\b|iedereen\b|alles\b|altijd\b|elke?\b|iedere?\b|overal\b|helemaal\b|per se\b|veel\b|vaak\b)[^.!?\n,]{1,60}, maar\b/u, note: 'Begin met wat het wél is; een zin die met de ontkenning opent, zet een tegenstander neer die er niet is.' },
    { id: 'meer-dan-alleen', example: 'Dit is meer dan alleen een agenda.', pattern: /\bmeer dan (?:alleen|zomaar|slechts|enkel) (?:een )?[a-zà-öø-ɏ-]+/u, note: 'Zeg wat het is, niet wat het meer is dan.' },
    { id: 'is-geen-het-is', example: 'Onze chatbots zijn geen scripts. Ze zijn gesprekspartners.', pattern: /\b(?:is|zijn) (?:niet|geen)\b[^.!?\n]{1,60}?[,.;:—–-]\s*(?:het|dit|dat|ze|zij|wij|we) (?:is|zijn)\b/, note: 'Schrap de eerste helft en begin met wat het wél is.' },
  ],
});
