import { defineLexicon } from '../../lexicon/define';

/** Stockzinnen die bij elk product passen en over dit product niets zeggen. */
export default defineLexicon({
  rule: 'stock-phrase',
  lang: 'nl',
  source:
    '"Rules – Human Voice – NL v0.220" (phrase blockers, calques, significance inflation, generic conclusions); doublej/claude-skills AI-slop zinnen; ' +
    'Frankwatching 13 nov 2025 ("In een wereld waarin"); 3to1.nl verkooplingo; HVR-NL metaphor clichés; via shared/reference/ai-tells.md §2–4, §10',
  entries: [
    { id: 'snel-veranderende-wereld', match: ['in de (huidige|snel|steeds)? _? (veranderende|digitale|moderne|hectische|drukke) (wereld|tijd|maatschappij)', 'in de wereld van vandaag', 'in het huidige (digitale)? (tijdperk|landschap)', 'in de huidige (markt|tijd|wereld)'], note: 'Begin met wat het product doet, niet met de toestand van de wereld.' },
    { id: 'in-een-wereld-waarin', match: ['in een (wereld|tijd|tijdperk) (waarin|waar)'], note: 'Begin met het probleem van de lezer, in zijn eigen woorden.' },
    { id: 'als-het-gaat-om', match: ['als het (gaat|aankomt) (om|op)'], note: 'Noem het onderwerp direct.' },
    { id: 'naar-hoger-niveau', match: ['naar (een|het) (hoger|volgende|nieuw|ander) niveau', 'naar een next level', 'next level'], note: 'Zeg welk niveau: sneller, goedkoper, minder fouten?' },
    { id: 'op-zijn-kop', match: ['(heeft|hebben|zet|zetten|gezet) ... op (zijn|z\'n|haar|hun) kop'], note: 'Zeg wat er precies anders werd.' },
    { id: 'neem-contact-op', match: ['neem (vandaag|nu|gerust|vrijblijvend)? _? contact (met ons)? op', 'neem (dan)? (gerust|vrijblijvend) contact', 'aarzel niet (om)? _? (contact|ons)', 'wij (helpen|staan) (je|jou|u) graag', 'we (helpen|staan) (je|jou|u) graag', 'mocht (je|u) nog vragen hebben'], note: 'Zeg wat er gebeurt als de lezer contact opneemt.' },
    { id: 'haal-het-beste', match: ['(haal|haalt|halen) het (maximale|beste|meeste) uit', 'het (volledige|volle|ware) potentieel'], note: 'Zeg wat de lezer concreet meer krijgt.' },
    { id: 'gamechanger', match: ['(gamechanger|game-changer)', 'game changer'], note: 'Zeg wat er verandert.' },
    { id: 'speelt-een-rol', match: ['(speelt|spelen|speelde) een (cruciale|belangrijke|essentiele|sleutel|grote|centrale) rol'], note: 'Zeg wat het doet.' },
    { id: 'het-is-belangrijk-om', match: ['het is (belangrijk|essentieel|cruciaal|goed) om (te)? _? (weten|vermelden|beseffen|op te merken|benadrukken)', 'het is de moeite waard om', 'het spreekt voor zich'], note: 'Laat de aankondiging weg en zeg het.' },
    { id: 'duik-in', match: ['laten we (eens)? (duiken|kijken|dieper ingaan)', '(duik|duiken) (dieper)? (in|de wereld)', 'een diepe duik'], note: 'Begin meteen met het eerste punt.' },
    { id: 'de-sleutel-tot', match: ['de sleutel tot (succes)?', 'het geheim (van|achter) (succes)?'], note: 'Noem de sleutel zelf.' },
    { id: 'vandaag-nog', match: ['(start|begin|ontdek|probeer|bestel|vraag|meld) _? vandaag (nog)?', 'wacht niet langer', 'waar wacht je nog op'], note: 'Geef de lezer een reden met een feit, niet met haast.' },
    { id: 'toekomst-rooskleurig', match: ['de toekomst ziet er (rooskleurig|veelbelovend|goed) uit', 'de mogelijkheden zijn eindeloos', 'dit is (nog)? (maar|pas) het begin', 'het beste moet nog komen', 'spannende tijden'], note: 'Sluit af met een concrete volgende stap.' },
    { id: 'kwaliteit-service', match: ['(kwaliteit|service|klanttevredenheid) staat (bij ons)? (centraal|voorop)', 'de klant staat (bij ons)? centraal', 'staat (bij ons)? centraal'], note: 'Laat zien hoe: een garantie, een getal, een klantnaam.' },
    { id: 'passie-en', match: ['met (veel)? (passie|liefde|toewijding) (en|voor)', 'met hart en ziel', 'in ons dna', 'zit in ons dna'], note: 'Laat de toewijding zien in een detail.' },
    { id: 'jouw-behoeften', match: ['(jouw|je|uw) (specifieke|unieke|persoonlijke)? (behoeften|wensen|doelen)', 'aansluit(en)? bij (jouw|je|uw) (behoeften|wensen)'], note: 'Noem één van die wensen.' },
    { id: 'een-stap-voor', match: ['(een)? stap(je)? voor (op de concurrentie|blijven|te blijven)', 'voorsprong op (de)? concurrentie', 'onderscheid(en)? (je)? van de concurrentie'], note: 'Zeg wat je doet dat concurrenten niet doen.' },
    { id: 'met-een-gerust-hart', match: ['met een gerust hart', 'zorgeloos', 'zonder zorgen'], note: 'Zeg welke zorg verdwijnt.' },
    { id: 'totaaloplossing', match: ['(totaaloplossing|totaalpakket|one-stop-shop|alles-in-een)', 'alles onder één dak', 'alles onder een dak'] },
    { id: 'de-juiste-keuze', match: ['de (juiste|beste|slimme) keuze (voor)?', 'de perfecte (oplossing|keuze|partner)'], note: 'Zeg waarom, met één feit.' },
    { id: 'breed-bereik', match: ['van a tot z', 'van begin tot eind'], note: 'Noem de stappen die je doet.' },
    { id: 'calque', match: ['de extra mijl', 'het grote plaatje', 'out of the box', 'buiten de (box|doos)', 'laaghangend fruit', 'win-win', 'aan het einde van de dag', 'no-brainer'], note: 'Zeg het gewoon in het Nederlands.' },
    { id: 'bruggen-slaan', match: ['de brug slaan', 'de weg (vrij)? (banen|vrijmaken)', 'de lat (hoger|hoog) leggen', 'alle neuzen dezelfde kant op', 'een frisse wind'] },
    { id: 'chatbot-residu', match: ['als (ai|taalmodel)', 'ik help je graag verder', 'ik hoop dat (dit|deze)', 'goede vraag'], weight: 3, note: 'Chatbotrestanten: weghalen.' },
    { id: 'zorgen-voor', match: ['(zorgt|zorgen) ervoor dat (je|jij|u|jouw|uw)', 'zodat (je|jij|u) (je|jij|u)? _? kunt (focussen|concentreren|richten)'], note: 'Zeg hoe: welke stap, welke garantie.' },
    { id: 'ontdek-hoe', match: ['ontdek (hoe|wat|waarom) (wij|we|jij|je|onze)', 'ontdek (onze|ons|het)'], note: 'Zeg het meteen in plaats van het aan te kondigen.' },
    { id: 'samen-bouwen', match: ['samen (bouwen|werken|groeien) (we)? aan', 'samen sterk'] },
    { id: 'meer-dan-alleen', match: ['meer dan (alleen|zomaar|een) (een)? _'], note: 'Zeg wat het wél is.' },
    { id: 'klaar-voor-de-toekomst', match: ['klaar voor de toekomst', 'toekomstproof', 'future-proof'], note: 'Zeg tegen welke verandering het bestand is.' },
  ],
});
