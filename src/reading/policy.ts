/**
 * What counts as copy on a page, decided once for every host: the extension's DOM reader, the CLI's
 * HTML reader and its Markdown reader. Pure: it sees tag names, attributes and block text, never a
 * DOM, so the CLI (no CSS, no layout) and the browser decide alike and one page gets one score.
 *
 * Two levels. An element is never copy (code, scripts, form controls), page chrome (navigation,
 * footers, forms, dialogs, sidebars, cookie banners: skipped when reading a page, read when the user
 * selected text inside it) or copy. A block of text (a paragraph, heading, list item, table cell…)
 * is then copy or page furniture that semantic markup did not announce: link-dense menus, contact
 * and address blocks, copyright and legal lines, opening hours, price rows, interface labels, cookie
 * texts and blurbs the page template repeats. Every rule is a convention of web pages in general,
 * never a phrase of one site.
 */

/** How a reader treats an element and everything inside it. */
export type ElementReading = 'copy' | 'never' | 'chrome';

/** Elements whose whole subtree is never copy: code, embedded media and documents, form controls, metadata. */
const NEVER_COPY = new Set([
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'canvas',
  'iframe', 'frame', 'object', 'embed', 'video', 'audio', 'img', 'picture', 'input', 'textarea', 'select',
  'option', 'optgroup', 'datalist', 'head', 'title', 'meta', 'link', 'base',
]);

/** Page chrome by tag. `header` is not: a page's header often carries its hero copy, and its menu is a `nav`. */
const CHROME_TAGS = new Set(['nav', 'footer', 'form', 'menu', 'dialog', 'aside']);

/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set([
  'navigation', 'contentinfo', 'search', 'menu', 'menubar', 'toolbar', 'form', 'dialog', 'alertdialog', 'complementary',
]);

/**
 * Parts of an id or class name (split at `-`, `_` and camelCase) that name page chrome. "menu" is
 * not among them: restaurants put their menu card in `class="menu"`; navigation menus are named
 * `nav-menu`, `menu-item`, `sub-menu`… (see MENU_COMPANIONS), or are caught as link-dense blocks.
 */
const CHROME_NAME_PARTS = new Set([
  'nav', 'navbar', 'navigation', 'navlinks', 'navmenu', 'footer', 'copyright', 'breadcrumb', 'breadcrumbs', 'sidebar',
  'sidemenu', 'submenu', 'widget', 'widgets', 'social', 'share', 'sharing', 'cookie', 'cookies', 'consent', 'gdpr',
  'onetrust', 'didomi', 'cookiebot', 'skiplink',
]);

/** Name parts that, next to "menu", make it a navigation menu rather than a menu card. */
const MENU_COMPANIONS = new Set(['nav', 'main', 'hoofd', 'sub', 'dropdown', 'top', 'primary', 'mobile', 'site', 'header', 'item', 'link', 'toggle', 'footer']);

/** Splits an id or class list into lower-case name parts: "footerTitle site-nav_main" → footer, title, site, nav, main. */
function nameParts(names: string): string[] {
  return names
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter((part) => part !== '');
}

/** Whether an id, class list or label names page chrome. */
export function namesChrome(names: string): boolean {
  if (names.length < 3) return false;
  const tokens = names.split(/\s+/);
  for (const token of tokens) {
    const parts = nameParts(token);
    if (parts.some((part) => CHROME_NAME_PARTS.has(part))) return true;
    if (parts.includes('menu') && parts.some((part) => MENU_COMPANIONS.has(part))) return true;
  }
  return false;
}

/** True when an element's own attributes hide it from every reader (CSS the CLI cannot see is the DOM reader's extra). */
export function hiddenByAttributes(attribute: (name: string) => string | null): boolean {
  if (attribute('hidden') !== null || attribute('inert') !== null) return true;
  if ((attribute('aria-hidden') ?? '').trim().toLowerCase() === 'true') return true;
  const style = (attribute('style') ?? '').toLowerCase();
  return /(^|;)\s*display\s*:\s*none\b/.test(style) || /(^|;)\s*visibility\s*:\s*hidden\b/.test(style);
}

/**
 * How a reader treats an element, from its tag (lower case) and attributes. Hidden elements are
 * 'never'; what people are editing (`contenteditable`) is 'chrome', so a selection inside it is
 * still read.
 */
export function elementReading(tag: string, attribute: (name: string) => string | null): ElementReading {
  if (NEVER_COPY.has(tag) || hiddenByAttributes(attribute)) return 'never';
  if (CHROME_TAGS.has(tag)) return 'chrome';
  const role = (attribute('role') ?? '').trim().toLowerCase();
  if (CHROME_ROLES.has(role)) return 'chrome';
  const editable = attribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return 'chrome';
  const names = `${attribute('id') ?? ''} ${attribute('class') ?? ''} ${attribute('aria-label') ?? ''}`.trim();
  return namesChrome(names) ? 'chrome' : 'copy';
}

/**
 * Elements that start a block: their text is its own paragraph. Decided by markup alone, in both
 * readers, so the CLI and the browser cut a page into the same blocks (the browser's CSS may lay out
 * other elements as blocks; the DOM reader follows markup except for custom elements).
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'button', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** What both readers know of a block of text when it ends. */
export interface BlockFacts {
  /** The block's text as read: whitespace collapsed, `\n` where a `<br>` was. */
  text: string;
  /** Tag of the element that makes the block (`p`, `li`, `td`, `h2`…; `paragraph` etc. for Markdown's own). */
  tag: string;
  /** Non-whitespace characters of the text that sit inside links. */
  linkCharacters: number;
  /** Distinct links the text sits in, when the reader counts them (one link is a call to action, several a menu). */
  links?: number;
  /** Whether the block sits in a table cell. */
  inTableCell: boolean;
}

/** Why a block is not copy, or 'copy'. */
export type BlockReading =
  | 'copy'
  | 'links'
  | 'contact'
  | 'legal'
  | 'cookie'
  | 'hours'
  | 'price'
  | 'label'
  | 'data-cell'
  | 'repeated';

/** The kind of one line of a block. 'short' is neutral: a name, a street, a heading-like fragment. */
type LineKind = 'contact' | 'legal' | 'hours' | 'price' | 'label' | 'short' | 'prose';

/** Words: runs with a letter or digit. */
function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** Interface labels of navigation, buttons and sharing, in Dutch and English, lower case. */
const INTERFACE_LABELS = new Set([
  // Dutch
  'lees meer', 'lees verder', 'meer lezen', 'meer info', 'meer informatie', 'bekijk', 'bekijk meer', 'bekijk alles',
  'toon meer', 'toon minder', 'ga verder', 'verder', 'terug', 'vorige', 'volgende', 'home', 'homepage', 'start', 'menu',
  'contact', 'contacteer ons', 'neem contact op', 'over ons', 'over mij', 'zoeken', 'zoek', 'sluiten', 'inloggen',
  'uitloggen', 'aanmelden', 'registreren', 'winkelwagen', 'winkelmand', 'afrekenen', 'delen', 'deel', 'naar boven',
  'terug naar boven', 'naar de inhoud', 'ga naar inhoud', 'nieuws', 'blog', 'diensten', 'producten', 'tarieven', 'prijzen',
  'vacatures', 'faq', 'route', 'routebeschrijving', 'agenda', 'klik hier', 'hier', 'akkoord', 'accepteren', 'weigeren',
  'instellingen', 'privacy', 'cookies', 'disclaimer', 'sitemap', 'colofon', 'portfolio', 'team', 'werkwijze',
  // English
  'read more', 'continue reading', 'learn more', 'more info', 'find out more', 'see more', 'view more', 'view all',
  'show more', 'show less', 'back', 'next', 'previous', 'prev', 'about', 'about us', 'about me', 'contact us', 'search',
  'close', 'log in', 'login', 'log out', 'logout', 'sign in', 'sign up', 'register', 'cart', 'basket', 'checkout', 'share',
  'tweet', 'back to top', 'top', 'skip to content', 'skip to main content', 'skip navigation', 'news', 'services',
  'products', 'pricing', 'prices', 'careers', 'jobs', 'get directions', 'directions', 'click here', 'here', 'accept',
  'decline', 'settings', 'subscribe', 'events', 'gallery', 'testimonials', 'reviews', 'resources',
  // Sharing and social networks
  'facebook', 'instagram', 'twitter', 'linkedin', 'youtube', 'pinterest', 'tiktok', 'whatsapp', 'e-mail', 'email', 'rss',
  'nl', 'en', 'de', 'fr',
]);

/** Separators between labels on one line of a menu or breadcrumb. */
const LABEL_SEPARATOR = /\s*[|•·»›>/→←«‹<]\s*|\s{2,}/;

/** Whether every part of a line is an interface label ("Home | Over ons | Contact", "Lees meer »"). */
function isLabelLine(line: string): boolean {
  const parts = line.split(LABEL_SEPARATOR).map((part) => part.replace(/[.…:!?»«›‹→←↑+\])]+$|^[»«›‹→←[(]+/g, '').trim().toLowerCase());
  const labels = parts.filter((part) => part !== '');
  if (labels.length === 0) return false;
  if (labels.every((label) => INTERFACE_LABELS.has(label))) return true;
  // Several space-separated labels without separators: "Home Over ons Diensten Contact".
  return labels.length === 1 && labelRun(labels[0]!);
}

/** Whether a phrase is nothing but interface labels one after another. */
function labelRun(phrase: string): boolean {
  const words = phrase.split(' ');
  if (words.length < 2) return false;
  // Greedy from the left, longest label first (labels are at most four words).
  let index = 0;
  let labels = 0;
  while (index < words.length) {
    let matched = 0;
    for (let length = Math.min(4, words.length - index); length >= 1; length -= 1) {
      if (INTERFACE_LABELS.has(words.slice(index, index + length).join(' '))) {
        matched = length;
        break;
      }
    }
    if (matched === 0) return false;
    index += matched;
    labels += 1;
  }
  return labels >= 2;
}

/** Copyright and rights lines: the sign with a year or name, or the phrase. */
const COPYRIGHT = /©|\(c\)\s*\d{4}|&copy;|\bcopyright\b|\ball rights reserved\b|\balle rechten voorbehouden\b/i;

/** Links every site's footer carries. */
const LEGAL_LINKS = /\b(privacy\s*(policy|statement|notice|beleid|verklaring)?|privacybeleid|privacyverklaring|cookie\s*(policy|statement|settings|beleid|verklaring)|cookiebeleid|cookieverklaring|cookie-?instellingen|disclaimer|algemene voorwaarden|terms( and conditions| of (service|use))?|sitemap|colofon|imprint|impressum|responsible disclosure|toegankelijkheid|accessibility statement)\b/i;

/** A cookie notice: cookies together with the words such a notice always carries. */
const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(websites?|site|browser|accept(eer|eren|ing)?|akkoord|toestemming|consent|tracking|analytics|analytische|statistieken|privacy|instellingen|settings|third[- ]party|derden|we use cookies|wij gebruiken cookies|gebruikt cookies|uses cookies|maakt gebruik van cookies)\b/i;

/** Contact and company fields that open a line: "Tel:", "E-mail:", "Adres:", "KvK", "BTW-nummer". */
const CONTACT_LABEL = /^(tel(efoon(nummer)?)?|telephone|phone|ph|fax|mob(iel|ile)?|gsm|e-?mail(adres)?|mail|adres|address|bezoekadres|postadres|correspondentieadres|kvk(-?nummer)?|kamer van koophandel|btw(-?nummer|-?id)?|vat( number| no)?|iban|bic|whatsapp|website|web|postcode|zip( code)?|post ?code|company (no|number)|registered office|reg\. ?no)\b\.?\s*[:.]?/i;

/** Tokens of contact details. */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[a-z]{2,}/giu;
const URL_TOKEN = /\b(https?:\/\/|www\.)\S+/gi;
const PHONE = /(\+|\b00)\d{1,3}[\s.-]?(\(0\))?[\s.-]?\d[\d\s.-]{6,}\d|\(?\b0\d{1,4}\)?[\s.-]?\d[\d\s.-]{4,}\d\b|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|\b\d{3}[.-]\d{3}[.-]\d{4}\b/g;
const POSTCODE = /\b\d{4}\s?[A-Z]{2}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;
const COMPANY_NUMBER = /\b(kvk|btw|vat|iban)\b[^\n]{0,20}?[A-Z]{0,4}\d[\dA-Z\s.]{5,}/gi;

/** Day names and their abbreviations, Dutch and English. */
const DAY = /^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|weekdagen|weekdays|weekend|werkdagen|feestdagen|holidays)$/i;
/** A clock time: 9:00, 7.30, 9u, 10am, 18.00u. */
const TIME = /^\d{1,2}([:.]\d{2})?\s*(u|uur|h|am|pm|a\.m\.|p\.m\.)?$|^\d{1,2}[:.]\d{2}/i;
/** Words that go with times and days in an opening-hours line. */
const HOURS_FILLER = /^(uur|u|tot|en|t\/m|tm|van|to|till|until|and|through|from|gesloten|closed|open|geopend|op|afspraak|by|appointment|dagelijks|daily|hours|openingstijden|opening|times|-|–|—|&|\+)$/i;

/** A price: € 12,50, €12, 12,- , $9.99, £5, 10 euro. */
const PRICE = /[€$£]\s?\d|\b\d+[,.]\d{2}\s?(€|eur|euro)\b|\b\d+,-|\b(eur|euro)\s?\d|\b\d+\s?(euro|eur)\b/i;
const PRICE_TOKEN = /^([€$£]?\d[\d.,]*-?|[€$£]|eur|euro|p\.p\.|pp|per|stuk|st\.|incl\.?|excl\.?|btw|vanaf|from|each)$/i;

/** Text that ends a sentence. */
const SENTENCE_END = /[.!?…]["”’)]?$/;

/** The kind of one line (a `<br>`-separated part) of a block. */
function lineKind(line: string): LineKind {
  const words = wordsOf(line);
  if (isLabelLine(line)) return 'label';
  if (COPYRIGHT.test(line)) return 'legal';
  if (words.length <= 8 && LEGAL_LINKS.test(line) && !SENTENCE_END.test(line)) return 'legal';
  if (CONTACT_LABEL.test(line)) return 'contact';
  const withoutContact = line.replace(EMAIL, ' ').replace(URL_TOKEN, ' ').replace(COMPANY_NUMBER, ' ').replace(PHONE, ' ').replace(POSTCODE, ' ');
  if (withoutContact !== line && wordsOf(withoutContact).length <= 5) return 'contact';
  if (PRICE.test(line)) {
    const rest = wordsOf(line.replace(/[€$£]\s?\d[\d.,]*-?/g, ' ')).filter((word) => !PRICE_TOKEN.test(word));
    if (rest.length <= 6 && !SENTENCE_END.test(line)) return 'price';
  }
  if (isHoursLine(line)) return 'hours';
  if (words.length <= 4 && !SENTENCE_END.test(line)) return 'short';
  return 'prose';
}

/** Whether a line names days and times and hardly anything else ("ma–vr 7.00 – 18.00 uur", "Zondag gesloten"). */
function isHoursLine(line: string): boolean {
  const tokens = line
    .replace(/(\d)\s*[-–—]\s*(\d)/g, '$1 - $2')
    .replace(/([a-z])\s*[-–—/]\s*([a-z])/gi, '$1 - $2')
    .split(/[\s;]+/)
    .map((token) => token.replace(/^[(]|[).,:]$/g, ''))
    .filter((token) => token !== '');
  if (tokens.length === 0) return false;
  let anchors = 0;
  let others = 0;
  let times = 0;
  for (const token of tokens) {
    if (DAY.test(token)) anchors += 1;
    else if (TIME.test(token)) {
      anchors += 1;
      times += 1;
    } else if (!HOURS_FILLER.test(token)) others += 1;
  }
  // A lone number is not an hour: a line needs a day, or two times (a range).
  return anchors > 0 && others <= 1 && (anchors > times || times >= 2) && others < anchors;
}

/** Non-whitespace characters of a text. */
function visibleCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** Fewest words of a call to action: "Start vandaag nog", "Book your table" (not "Home", "Lees meer"). */
const MIN_CALL_TO_ACTION_WORDS = 3;

/**
 * A block that is one link of a few words, outside a list or table cell: a call to action, which is
 * copy. A menu is several links, or one link per list item.
 */
function isCallToAction(block: BlockFacts): boolean {
  if (block.links !== 1 || block.inTableCell || block.tag === 'li' || block.text.includes('\n')) return false;
  return wordsOf(block.text).length >= MIN_CALL_TO_ACTION_WORDS && !isLabelLine(block.text.trim());
}

/** Whether a block is furniture by itself, and which kind; repetition is decided per page (`PageReading`). */
export function blockReading(block: BlockFacts): BlockReading {
  const characters = visibleCharacters(block.text);
  if (characters === 0) return 'copy';
  // Menus of plain links: most of the block is link text (an inline link or two in a sentence is not;
  // nor is a whole sentence written as one link, a call to action in running copy).
  if (block.linkCharacters / characters >= 0.6 && !(wordsOf(block.text).length >= 8 && SENTENCE_END.test(block.text.trim())) && !isCallToAction(block)) return 'links';
  if (COOKIE_WORD.test(block.text) && COOKIE_CONTEXT.test(block.text)) return 'cookie';
  const lines = block.text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const kinds = lines.map(lineKind);
  if (!kinds.includes('prose')) {
    // A block of fields: every line is furniture or a short neutral line (a name, a street) next to them.
    const counts = new Map<LineKind, number>();
    for (const kind of kinds) if (kind !== 'short') counts.set(kind, (counts.get(kind) ?? 0) + 1);
    let best: LineKind | null = null;
    for (const [kind, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = kind;
    if (best !== null) return best as BlockReading;
    // A short value in a table cell is data (a day, a dish name, a size), not copy.
    if (block.inTableCell && wordsOf(block.text).length <= 3) return 'data-cell';
  }
  return 'copy';
}

/** Words per reason a page's text was left out, and words kept, for measuring the policy. */
export type ReadingTally = Partial<Record<BlockReading | 'chrome', number>>;

/** The number of words in a text, as the tally counts them. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

/** The shortest block that counts as a repeated blurb when it appears again: shorter repeats are headings and labels. */
const REPEATED_MIN_WORDS = 4;

/**
 * Reads one page's blocks in order: each block by `blockReading`, and a block whose text the page
 * already showed (a blurb in header and footer, a slogan on every card) is read once.
 */
export class PageReading {
  private readonly seen = new Set<string>();
  /** Words kept and left out, by reason. */
  readonly tally: ReadingTally = {};
  /** Every block left out, with why, in page order (for reviewing the rules). */
  readonly leftOut: Array<{ reading: BlockReading; text: string }> = [];

  /** The reading of the next block of the page. */
  read(block: BlockFacts): BlockReading {
    let reading = blockReading(block);
    if (reading === 'copy') {
      const key = block.text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (countWords(key) >= REPEATED_MIN_WORDS) {
        if (this.seen.has(key)) reading = 'repeated';
        else this.seen.add(key);
      }
    }
    this.count(reading, countWords(block.text));
    if (reading !== 'copy') this.leftOut.push({ reading, text: block.text });
    return reading;
  }

  /** Adds words to the tally. */
  count(reason: BlockReading | 'chrome', words: number): void {
    this.tally[reason] = (this.tally[reason] ?? 0) + words;
  }
}

/** The language hint of a page from its `lang` attribute: a trimmed BCP 47 tag, or undefined when absent or empty. */
export function languageHint(lang: string | null | undefined): string | undefined {
  const trimmed = (lang ?? '').trim();
  return /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(trimmed) ? trimmed.replace(/_/g, '-') : undefined;
}
