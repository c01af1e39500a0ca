import { defineLexicon } from '../../lexicon/define';

/** Voorbehouden, vage bronnen en wollige aankondigingen: beweringen zonder eigenaar of bron. */
export default defineLexicon({
  rule: 'hedging',
  lang: 'nl',
  source:
    '"Rules – Human Voice – NL v0.220" (generalisaties, hedges, AI-hedging); welingelichtekringen.nl jul 2025; ' +
    'doublej/claude-skills banned-dutch.md; via shared/reference/ai-tells.md §5',
  entries: [
    { id: 'in-zekere-zin', match: ['in zekere (zin|mate)', 'tot op zekere hoogte', 'in (veel|bepaalde) opzichten', 'in het algemeen', 'over het algemeen', 'in principe'], note: 'Zeg waar het wel en niet geldt.' },
    { id: 'experts-zijn-het-eens', match: ['experts zijn het (er)? _? eens', 'experts (zeggen|stellen|adviseren)', '(onderzoek|onderzoeken|studies) (toont|tonen|laat|laten) (aan|zien)', 'uit onderzoek blijkt', 'volgens (experts|deskundigen|kenners)'], note: 'Noem de expert of het onderzoek, met jaartal.' },
    { id: 'veel-bedrijven', match: ['(veel|steeds meer|talloze|de meeste) (bedrijven|ondernemers|organisaties|mensen|klanten|marketeers)', 'een groeiend aantal', 'keer op keer'], note: 'Noem een naam of een aantal.' },
    { id: 'men-zou-kunnen', match: ['men zou kunnen (zeggen|stellen)', 'je zou kunnen (zeggen|stellen)', 'er valt (iets)? te zeggen voor', 'het valt niet te ontkennen'], note: 'Neem zelf stelling, of laat het weg.' },
    { id: 'kan-mogelijk', match: ['(kan|kunnen|zou|zouden) (mogelijk|wellicht|eventueel|potentieel)', 'mogelijk (helpen|bijdragen)'], note: 'Eén voorbehoud is genoeg; beter: zeg wanneer het wel werkt.' },
    { id: 'afhankelijk-van', match: ['afhankelijk van (verschillende|diverse|allerlei|veel) factoren', 'hangt af van (verschillende|diverse|allerlei|veel) factoren', 'per situatie verschillend', 'van geval tot geval'], note: 'Noem de factoren.' },
    { id: 'diverse', match: ['(diverse|verschillende|talloze|allerlei) (mogelijkheden|voordelen|manieren|aspecten|factoren|opties)'], note: 'Noem het aantal of een voorbeeld.' },
    { id: 'het-is-geen-geheim', match: ['het is geen geheim', 'zoals we allemaal weten', 'het is algemeen bekend', 'we weten allemaal'], note: 'Als iedereen het weet, hoeft het er niet in.' },
    { id: 'balans', match: ['de (juiste)? balans (vinden|tussen)', 'een (gezonde|goede) balans', 'er is geen (pasklaar|eenduidig) (antwoord|oplossing)'], note: 'Zeg waartussen je kiest en waar jij uitkomt.' },
    { id: 'voor-zover', match: ['voor zover (ik|wij|we) weten', 'op basis van (beschikbare|de beschikbare) informatie'], note: 'Zeg wat je wel zeker weet, of laat de slag om de arm weg.' },
  ],
});
