import type { Lang } from '../types';

/**
 * Labels of contact, spec and form fields on real pages ("Email: …", "Tel: …", "Adres: …",
 * "Openingstijden: …", "Prijs: …"): page furniture that predates generated copy. A whole label must
 * be one of these (optionally with a qualifier such as "algemeen" or "mobile").
 * Source: the contact blocks, footers and product pages of shared/pages (conventions, not phrases).
 */
const FIELDS: Record<Lang, readonly string[]> = {
  nl: [
    'e-?mail', 'mail', 'tel', 'telefoon', 'telefoonnummer', 'mobiel', 'gsm', 'fax', 'whatsapp', 'adres', 'bezoekadres',
    'postadres', 'postcode', 'plaats', 'website', 'web', 'site', 'kvk', 'kvk-nummer', 'btw', 'btw-nummer', 'iban', 'bic',
    'rekeningnummer', 'prijs', 'prijzen', 'kosten', 'tarief', 'tarieven', 'openingstijden', 'openingsuren', 'geopend',
    'gesloten', 'datum', 'data', 'tijd', 'tijden', 'locatie', 'waar', 'wanneer', 'duur', 'contact', 'contactpersoon',
    'naam', 'functie', 'route', 'parkeren', 'bereikbaarheid', 'afmetingen', 'gewicht', 'materiaal', 'kleur', 'maat',
    'inhoud', 'ingrediënten', 'ingredienten', 'allergenen', 'levertijd', 'verzending', 'leeftijd', 'niveau',
    'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'ma', 'di', 'wo', 'do', 'vr', 'za', 'zo',
    'doelgroep', 'aanmelden', 'inschrijven', 'vragen', 'fotografie', 'tekst', 'ontwerp', 'auteur', 'door',
  ],
  en: [
    'e-?mail', 'mail', 'tel', 'telephone', 'phone', 'mobile', 'cell', 'fax', 'whatsapp', 'address', 'postcode', 'zip',
    'website', 'web', 'site', 'vat', 'vat number', 'company number', 'price', 'prices', 'cost', 'costs', 'fee', 'fees',
    'rate', 'rates', 'hours', 'opening hours', 'open', 'closed', 'date', 'dates', 'time', 'times', 'location', 'where',
    'when', 'duration', 'contact', 'name', 'role', 'position', 'title', 'directions', 'parking', 'dimensions', 'size',
    'weight', 'material', 'colour', 'color', 'ingredients', 'allergens', 'delivery', 'shipping', 'age', 'level',
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
    'audience', 'photo', 'photos', 'photography', 'words', 'design', 'author', 'by', 'posted', 'posted by', 'filed under', 'tags',
  ],
};

/** Field labels as one case-insensitive test per language, with an optional qualifier word. */
const fields: Record<Lang, RegExp> = {
  nl: new RegExp(`^(?:${FIELDS.nl.join('|')})(?: [a-zà-ÿ]+)?$`, 'iu'),
  en: new RegExp(`^(?:${FIELDS.en.join('|')})(?: [a-z]+)?$`, 'iu'),
};

export default fields;
