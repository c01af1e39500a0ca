import type { PhraseEnds } from '../../text/phrase';

/** Waar een Nederlandse woordgroep eindigt: vóór een voorzetsel, voegwoord of betrekkelijk voornaamwoord; nooit op een lidwoord. */
const phraseEnds: PhraseEnds = {
  boundaries: [
    'aan', 'achter', 'als', 'bij', 'binnen', 'dan', 'dat', 'die', 'door', 'dus', 'en', 'in', 'maar', 'met', 'na', 'naar', 'of',
    'om', 'omdat', 'onder', 'op', 'over', 'sinds', 'te', 'terwijl', 'tot', 'uit', 'voor', 'waar', 'want', 'wat', 'wie',
    'zonder', 'is', 'zijn', 'was', 'waren', 'wordt', 'worden', 'werd', 'kan', 'kunnen', 'kun', 'kunt', 'moet', 'moeten', 'mag',
    'mogen', 'zal', 'zullen', 'wil', 'willen', 'heeft', 'hebben', 'had', 'gaat', 'gaan', 'elke', 'ieder', 'iedere', 'alle',
  ],
  dangling: ['van', 'de', 'het', 'een', 'onze', 'ons', 'jouw', 'je', 'uw', 'hun', 'mijn', 'zijn', 'haar', 'ze', 'zij', 'we', 'wij', 'hij', 'ik'],
};

export default phraseEnds;
