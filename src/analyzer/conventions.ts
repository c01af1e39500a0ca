/**
 * Human conventions of real pages that look like tells: time and number ranges, credit lines,
 * datelines, contact and spec fields, headings, names. Each rule asks these before it reports, so
 * a bakery's opening hours or a footer's "©" line is never read as generated copy.
 */

import type { Lang } from './types';
import { perLanguage } from './languages';

/** An e-mail address, a web address or a phone number: the value of a contact field. */
const CONTACT_VALUE = /@|https?:\/\/|www\.|(?:^|[\s:(])\+?\d[\d ()./-]{6,}\d/u;

/** Whether `text` holds contact details (e-mail, URL, phone number). */
export function hasContactValue(text: string): boolean {
  return CONTACT_VALUE.test(text);
}

/**
 * Labels of contact, spec and form fields ("Email", "Tel", "Adres", "Openingstijden", "Prijs"), one
 * case-insensitive test per language, from label-colon's conventions in the language's pack.
 */
const FIELD_LABEL = perLanguage((pack) => {
  const known = pack.rules['label-colon'].conventions;
  return new RegExp(`^(?:${known.fields.join('|')})(?: ${known.fieldQualifier.source})?$`, 'iu');
});

/** Whether a label (without its colon) is a known field label, optionally with one qualifier word. */
export function isFieldLabel(label: string, lang: Lang): boolean {
  return FIELD_LABEL[lang].test(label);
}

/**
 * Whether a line is a field of a contact block, spec sheet or form: a known field label and a
 * colon ("Adres: Lange Nieuwstraat 12, Utrecht", "Opening hours: …"), or contact details. Its
 * value is a name, an address or a number, whatever its capitals.
 */
export function isFieldLine(line: string, lang: Lang): boolean {
  const colon = line.indexOf(':');
  if (colon > 0 && isFieldLabel(line.slice(0, colon).replace(/^[^\p{L}]+/u, '').trim(), lang)) return true;
  return hasContactValue(line);
}

/** Day and month names and abbreviations, both languages: the ends of a day or date range. */
const CALENDAR_WORD =
  /^(?:ma|di|wo|do|vr|za|zo|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mrt|maa|apr|mei|jun|jul|aug|sep|sept|okt|oct|nov|dec|januari|februari|maart|april|juni|juli|augustus|september|oktober|november|december|january|february|march|may|june|july|august|october)\.?$/i;

/** The word or number right before `index` and right after `end`, across spaces and NBSP. */
function neighbours(text: string, index: number, end: number): [string, string] {
  const before = /([\p{L}\p{N}.,:€$£%]+)[\s\u00a0]*$/u.exec(text.slice(Math.max(0, index - 24), index))?.[1] ?? '';
  const after = /^[\s\u00a0]*([\p{L}\p{N}.,:€$£%]+)/u.exec(text.slice(end, end + 24))?.[1] ?? '';
  return [before, after];
}

const NUMBERISH = /\d/u;

/**
 * Whether the dash at `[index, end)` joins the ends of a range: times ("7.00 – 18.00"), years
 * ("2019—2021"), prices, pages, days ("ma – vr") or months. A range dash is typography, not a
 * gedachtestreepje.
 */
export function isRangeDash(text: string, index: number, end: number): boolean {
  const [before, after] = neighbours(text, index, end);
  if (NUMBERISH.test(before) && (NUMBERISH.test(after) || /^[€$£]/u.test(after))) return true;
  const bare = (word: string) => word.replace(/[.,:]+$/u, '');
  return CALENDAR_WORD.test(bare(before)) && CALENDAR_WORD.test(bare(after));
}

/** Most words a credit line after a dash holds: "— Jan de Wit, bakker in Soest". */
const MAX_CREDIT_WORDS = 8;

/**
 * Whether the dash at `index` of a paragraph `[start, end)` introduces a credit or attribution:
 * it opens the paragraph ("— Jan de Wit") or follows a closing quote or sentence end and is followed
 * by a short capitalised name up to the end of the paragraph ("… Aanrader!” — Jan, Soest").
 */
export function isCreditDash(text: string, index: number, dashEnd: number, start: number, end: number): boolean {
  const before = text.slice(start, index).trim();
  const after = text.slice(dashEnd, end).trim();
  const words = after.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return false;
  if (!/^\p{Lu}/u.test(after) || /[.!?]$/u.test(after) && words.length > 4) return false;
  return before.length === 0 || /[.!?"”’»)]$/u.test(before);
}

/**
 * Whether a whole line is a credit: a dash, then a short name ("—Michael Brennan, Ford Foundation",
 * "– Jan de Wit, Soest"). Under a quote it names the speaker, with the capitals a name has; it is
 * not a heading.
 */
export function isCreditLine(line: string): boolean {
  const dash = /^\s*[—–-]/u.exec(line);
  return dash !== null && isCreditDash(line, dash[0].length - 1, dash[0].length, 0, line.length);
}

/**
 * Whether the dash at `index` follows a dateline at the start of a paragraph: a place in capitals
 * ("AMSTERDAM —"), or a place and date ("Utrecht, 3 maart 2021 –").
 */
export function isDatelineDash(text: string, index: number, start: number): boolean {
  const before = text.slice(start, index).trim();
  if (before.length === 0 || before.length > 40) return false;
  return /^[\p{Lu}][\p{Lu} .'-]+$/u.test(before) || /^[\p{Lu}][\p{L} .'-]*,? \d{1,2}(?:e|st|nd|rd|th)? [\p{L}]+\.? \d{4}$/u.test(before) || /^\d{1,2}[-/. ]\d{1,2}[-/. ]\d{2,4}$/u.test(before);
}

/** Whether a line is a legal or credit line of a page footer: "© 2021 Bakkerij X", "® …", "™ …". */
export function isLegalLine(line: string): boolean {
  return /^\s*(?:©|®|™|\(c\)|copyright\b)/iu.test(line);
}

/** Words that end a sentence in running text. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;

/** Most words of a line read as a heading or a field rather than running text. */
const MAX_HEADING_WORDS = 10;

/** Words a name may hold in lower case: particles and articles ("Jan van der Berg", "the BBC"). */
const NAME_PARTICLE = /^(?:van|de|der|den|het|te|ten|ter|op|in|'t|of|the|la|le|du|da|di|von|&)$/iu;

/**
 * Whether a value is nothing but a list of names: two or more, each one to four capitalised words,
 * separated by commas, "en", "and" or "&" ("Albert Heijn, Hema en Kruidvat", "Shell, Unilever and
 * the BBC"). After a label it is a field of a page ("Klanten: …", "Partners: …"), not a sentence
 * announced by a header.
 */
export function isNameList(value: string): boolean {
  const items = value
    .trim()
    .replace(/[.;]$/u, '')
    .split(/\s*,\s*|\s+(?:en|and|&)\s+/u)
    .filter(Boolean);
  if (items.length < 2) return false;
  return items.every((item) => {
    const words = item.split(/\s+/u);
    const capitalised = words.filter((word) => /^[\p{Lu}\d]/u.test(word));
    return words.length <= 4 && capitalised.length > 0 && words.every((word) => capitalised.includes(word) || NAME_PARTICLE.test(word));
  });
}

/**
 * Whether a paragraph reads as a heading or label rather than running text: short (at most
 * `maxWords`) and not ended like a sentence ("Over ons", "For Clients: What to Expect", "Openingstijden").
 */
export function isHeadingLike(paragraph: string, maxWords = MAX_HEADING_WORDS): boolean {
  const trimmed = paragraph.trim();
  if (trimmed.length === 0 || SENTENCE_END.test(trimmed)) return false;
  return trimmed.split(/\s+/u).length <= maxWords;
}

/** Most words of a title: a headline with its subtitle runs longer than a heading. */
const MAX_TITLE_WORDS = 16;

/**
 * Whether the first paragraph of a text reads as its title: not ended like a sentence, at most 16
 * words ("Moving the shop online: what a year of orders taught us").
 */
export function isTitleLike(paragraph: string): boolean {
  return isHeadingLike(paragraph, MAX_TITLE_WORDS);
}

/** A line of a spec sheet or form: a short label, a colon and a value that does not end like a sentence. */
const SPEC_LINE = /^[^\n:.!?]{1,40}:[ \t]+\S[^\n]*$/u;

/**
 * Whether a line is a line of a spec sheet ("Wassen: op 30 graden", "Houdbaarheid: vier weken"):
 * a label and a value that is a fragment, not a sentence. Alone it could be an inline header; see
 * `inSpecBlock`.
 */
export function isSpecLine(line: string): boolean {
  const trimmed = line.trim();
  return SPEC_LINE.test(trimmed) && isHeadingLike(trimmed.slice(trimmed.indexOf(':') + 1)) && trimmed.split(/\s+/u).length <= 14;
}

/**
 * Whether the line of `paragraphs[index]` belongs to a spec block: it and a neighbouring line are
 * spec lines. A product page's "Kleur: …", "Materiaal: …", "Wassen: …" is a table written as
 * lines, whatever its labels; the generated inline header ends its value with a full stop.
 */
export function inSpecBlock(lines: readonly string[], index: number): boolean {
  if (!isSpecLine(lines[index] ?? '')) return false;
  return isSpecLine(lines[index - 1] ?? '') || isSpecLine(lines[index + 1] ?? '');
}

/**
 * Whether the dash at `[index, end)` separates a title from its spec: a heading-like line with a
 * size, price or number after the dash ("Wollen plaid – 130 x 180 cm", "Workshop — € 45").
 */
export function isSpecDash(text: string, end: number, start: number, lineEnd: number): boolean {
  return isHeadingLike(text.slice(start, lineEnd)) && /^[\s\u00a0]*(?:[€$£][\s\u00a0]*)?\d/u.test(text.slice(end, lineEnd));
}
