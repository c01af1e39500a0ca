import { defineLexicon } from '../../lexicon/define';

/** Lege versterkers en opgeklopte bijvoeglijke naamwoorden: ze maken het harder, niet informatiever. */
export default defineLexicon({
  rule: 'hype',
  lang: 'nl',
  source:
    '"Rules – Human Voice – NL v0.220" (cut_always, weak adjectives); 3to1.nl "top 10 irritante verkooplingo"; ' +
    'Frankwatching 2025 ("kwaliteit, passie en innovatie"); via shared/reference/ai-tells.md §4 and §6',
  entries: [
    { id: 'echt', match: ['=écht', '=échte'], note: 'Laat de versterker weg; laat een feit het werk doen.' },
    { id: 'ongelooflijk', match: ['(ongelooflijk|ongelofelijk|ongekend|ongekende|ongeëvenaard|ongeevenaard|ongeevenaarde|ongeëvenaarde|ongekend)'], note: 'Noem waarmee je vergelijkt, en de maat.' },
    { id: 'uniek', match: ['(unieke|uniek) (ervaring|aanpak|oplossing|kans|product|concept|combinatie)'], note: 'Zeg wat er anders aan is.' },
    { id: 'perfect', match: ['(perfecte|ideale|ultieme) (oplossing|keuze|partner|manier|combinatie|aanvulling|plek)'], note: 'Zeg voor wie, en waarom.' },
    { id: 'krachtig', match: ['(krachtige|krachtig) (tool|platform|oplossing|software|functies|manier|combinatie)'], note: 'Zeg wat het kan dat andere niet kunnen.' },
    { id: 'fantastisch', match: ['(fantastisch|fantastische|geweldig|geweldige|prachtig|prachtige|schitterend|schitterende|wonderbaarlijk|adembenemend|adembenemende|spectaculair|spectaculaire)'], note: 'Laat zien wat het zo maakt.' },
    { id: 'absoluut', match: ['(absoluut|ontzettend|enorm|uiterst|buitengewoon|werkelijk|ongelofelijk) (goed|snel|belangrijk|waardevol|veel|handig|effectief|mooi)'], note: 'Schrap de versterker of geef het getal.' },
    { id: 'topkwaliteit', match: ['(topkwaliteit|kwaliteitsproducten|eersteklas|hoogstaande|hoogstaand|premium)', '(de hoogste|topkwaliteit|uitstekende|optimale) (kwaliteit|service|resultaten|prestaties)'], note: 'Zeg waar de kwaliteit uit bestaat.' },
    { id: 'revolutionair', match: ['(ultiem|ultieme|revolutionaire|wereldklasse|toonaangevend|toonaangevende|marktleider)'], note: 'Zeg wat je meet en waarmee je vergelijkt.' },
    { id: 'spannend', match: ['(spannende|boeiende|inspirerende) (reis|tijden|mogelijkheden|kansen|uitdagingen)'], note: 'Zeg wat er nieuw is; dan mag de lezer zelf beslissen of het spannend is.' },
    { id: 'als-nooit-tevoren', match: ['als (nooit|nimmer) tevoren', 'zoals je (het)? nog nooit', 'meer dan ooit'], note: 'Vergelijk met iets echts.' },
    { id: 'optimaal', match: ['(optimaal|optimale|maximaal|maximale) (resultaat|resultaten|rendement|ervaring|comfort|gemak|prestaties)'], note: 'Zeg wat je bereikt, in een getal.' },
    { id: 'jong-dynamisch', match: ['jong en dynamisch', 'gedreven (team|professionals)', 'professioneel en (betrouwbaar|persoonlijk)', '(betrouwbare|ervaren) partner'], note: 'Laat zien hoe, met een naam of een getal.' },
  ],
});
