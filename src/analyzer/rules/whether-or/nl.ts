import { definePatterns } from '../../lexicon/patterns';

/** "Of je nu … bent of …": iedereen aanspreken en daardoor niemand. */
export default definePatterns({
  rule: 'whether-or',
  lang: 'nl',
  scope: 'sentence',
  source: 'doublej/claude-skills ("Of het nu gaat om X of Y"); HVR-NL 4.6 valse reeksen ("van X tot Y"); via shared/reference/ai-tells.md §7a and §7f',
  entries: [
    { id: 'of-je-nu', example: 'Of je nu starter bent of ervaren, wij helpen je.', pattern: /\bof (?:je|jij|u|het) nu\b[^.!?\n]{1,80}?\bof\b/, note: 'Kies één lezer en schrijf voor die.' },
    { id: 'van-tot', message: 'falseRange', complete: true, example: 'Van starters tot multinationals gebruiken het.', pattern: /\bvan (?:kleine |startende )?(?:starters?|zzp'?ers?|mkb|kleine bedrijven|particulieren|beginners?)\b[^.!?\n]{1,40}?\btot (?:grote )?(?:multinationals?|corporates?|enterprises?|grote bedrijven|professionals?|gevorderden|experts?)\b/, note: 'Zeg voor wie het het best werkt.' },
    { id: 'van-x-tot-y', message: 'falseRange', complete: true, example: 'Van klassiek tot eigentijds design.', pattern: /^van [a-zà-öø-ɏ'-]+(?: [a-zà-öø-ɏ'-]+){0,2} tot [a-zà-öø-ɏ'-]+/, note: 'Een reeks van het ene uiterste tot het andere zegt niets; noem wat je het vaakst doet.' },
  ],
});
