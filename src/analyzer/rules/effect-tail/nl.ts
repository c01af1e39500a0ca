import { definePatterns } from '../../lexicon/patterns';

/** Een bijzin achter een komma die een effect claimt: ", wat zorgt voor …", ", waardoor je …". */
export default definePatterns({
  rule: 'effect-tail',
  lang: 'nl',
  scope: 'sentence',
  source: 'Wikipedia:Signs of AI writing C3 (oppervlakkige effectbijzinnen; het Nederlands heeft geen -ing-vorm, HVR-NL noemt ", wat … onderstreept/benadrukt" als kandidaat); via shared/reference/ai-tells.md §7e',
  entries: [
    { id: 'wat-zorgt-voor', example: 'We doen je administratie, wat zorgt voor rust.', pattern: /, wat (?:zorgt voor|resulteert in|leidt tot|bijdraagt aan|zorgt dat|het (?:ideaal|perfect|makkelijk|eenvoudig)|(?:het belang van )?[a-zà-öø-ɏ-]+ (?:onderstreept|benadrukt|versterkt|vergroot|verbetert))/u, note: 'Maak van het effect een eigen zin, met het bewijs: hoeveel, voor wie.' },
    { id: 'waardoor-je', example: 'Alles staat in één dashboard, waardoor je meer tijd hebt.', pattern: /, (?:waardoor|zodat) (?:je|jij|u) (?:(?:je|jij|u|zich|jezelf) )?(?:meer tijd|kunt focussen|kunt concentreren|je kunt richten|zorgeloos|volledig|optimaal|moeiteloos|altijd|direct|snel)\b/u, note: 'Zeg wat de lezer concreet wint, met een getal.' },
  ],
});
