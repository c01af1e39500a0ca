// The shared reading policy: which elements and blocks are copy. Fixtures are our own, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtmlText } from '../../src/cli/html';
import { blockReading, elementReading, languageHint, namesChrome, PageReading, type BlockFacts } from '../../src/reading/policy';

/** A block as a reader reports it: a paragraph with no links unless given. */
function block(text: string, facts: Partial<Omit<BlockFacts, 'text'>> = {}): BlockFacts {
  return { text, tag: 'p', linkCharacters: 0, inTableCell: false, ...facts };
}

/** A block that is all link text. */
function linkBlock(text: string, tag = 'div'): BlockFacts {
  return block(text, { tag, linkCharacters: text.replace(/\s+/g, '').length });
}

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('elementReading', () => {
  it('flags: code, scripts, form controls and media as never copy', () => {
    for (const tag of ['script', 'style', 'code', 'pre', 'textarea', 'select', 'svg', 'iframe']) {
      expect(elementReading(tag, attributes({})), tag).toBe('never');
    }
  });

  it('flags: hidden, aria-hidden, inert and display:none as never copy', () => {
    expect(elementReading('p', attributes({ hidden: '' }))).toBe('never');
    expect(elementReading('p', attributes({ 'aria-hidden': 'true' }))).toBe('never');
    expect(elementReading('div', attributes({ inert: '' }))).toBe('never');
    expect(elementReading('div', attributes({ style: 'color: red; display: none' }))).toBe('never');
  });

  it('flags: page chrome by tag, by role and by id or class', () => {
    for (const tag of ['nav', 'footer', 'form', 'menu', 'dialog', 'aside']) expect(elementReading(tag, attributes({})), tag).toBe('chrome');
    for (const role of ['navigation', 'contentinfo', 'search', 'menubar', 'toolbar']) {
      expect(elementReading('div', attributes({ role })), role).toBe('chrome');
    }
    for (const name of ['site-footer', 'footerTitle', 'navbar-collapse', 'breadcrumbs', 'sidebar', 'cookie-melding', 'social-icons', 'copyright', 'main-menu', 'sub-menu', 'menu-item', 'hoofd-menu']) {
      expect(elementReading('div', attributes({ class: `wrapper ${name}` })), name).toBe('chrome');
    }
    expect(elementReading('div', attributes({ id: 'cookieConsent' }))).toBe('chrome');
  });

  it("passes: a restaurant's menu card, a header, a main and ordinary classes", () => {
    expect(elementReading('div', attributes({ class: 'col-xs-12 menu' }))).toBe('copy');
    expect(elementReading('section', attributes({ class: 'menu-card', id: 'lunchmenu' }))).toBe('copy');
    expect(elementReading('header', attributes({ class: 'hero' }))).toBe('copy');
    expect(elementReading('div', attributes({ class: 'content navigate-free' }))).toBe('copy');
    expect(namesChrome('')).toBe(false);
  });

  it('reads what people are editing as chrome: left out of the page, read in a selection', () => {
    expect(elementReading('div', attributes({ contenteditable: 'true' }))).toBe('chrome');
    expect(elementReading('div', attributes({ contenteditable: 'false' }))).toBe('copy');
  });
});

describe('blockReading', () => {
  it('flags: a menu of links, in Dutch and English', () => {
    expect(blockReading(linkBlock('Home Brood Taarten Over ons Contact'))).toBe('links');
    expect(blockReading(linkBlock('Our work', 'li'))).toBe('links');
  });

  it('flags: contact blocks', () => {
    expect(blockReading(block('Bakkerij De Korenschoof\nLangestraat 12\n3811 AB Amersfoort\nTel: 033 456 78 90\nE-mail: info@korenschoof.example'))).toBe('contact');
    expect(blockReading(block('Email: hello@fenwick.example\nPhone: 0113 496 0123\nUnit 4, Canal Wharf, Leeds LS11 5PS'))).toBe('contact');
    expect(blockReading(block('KvK 12345678 | BTW NL001234567B01'))).toBe('contact');
    expect(blockReading(block('VAT no. GB 123 4567 89'))).toBe('contact');
  });

  it('flags: © and legal lines', () => {
    expect(blockReading(block('© 2021 Bakkerij De Korenschoof | Privacyverklaring | Algemene voorwaarden'))).toBe('legal');
    expect(blockReading(block('© 2022 Fenwick Joinery Ltd. All rights reserved. Privacy policy'))).toBe('legal');
    expect(blockReading(block('Alle rechten voorbehouden'))).toBe('legal');
  });

  it('flags: opening hours, in rows and in table cells', () => {
    expect(blockReading(block('ma–vr 7.00 – 18.00 uur\nza 7.00 – 16.00 uur\nzo gesloten'))).toBe('hours');
    expect(blockReading(block('Mon–Fri 8am – 5pm'))).toBe('hours');
    expect(blockReading(block('Sunday closed'))).toBe('hours');
    expect(blockReading(block('7.00 – 18.00 uur', { tag: 'td', inTableCell: true }))).toBe('hours');
    expect(blockReading(block('Maandag', { tag: 'td', inTableCell: true }))).toBe('hours');
  });

  it('flags: price rows and price cells', () => {
    expect(blockReading(block('Desem wit € 4,10'))).toBe('price');
    expect(blockReading(block('Kitchen survey and first drawing — £150'))).toBe('price');
    expect(blockReading(block('€ 3,45', { tag: 'td', inTableCell: true }))).toBe('price');
    expect(blockReading(block('Volkoren heel', { tag: 'td', inTableCell: true }))).toBe('data-cell');
  });

  it('flags: cookie texts', () => {
    expect(blockReading(block('Deze website gebruikt cookies om het bezoek te meten. Akkoord'))).toBe('cookie');
    expect(blockReading(block('We use cookies to understand how visitors use this website. By continuing you accept our cookie policy.'))).toBe('cookie');
  });

  it('flags: interface labels and lists of them', () => {
    for (const label of ['Lees meer', 'Read more', 'Menu', 'Home', 'Lees Meer »', 'Home | Over ons | Contact', 'Back to top', 'Facebook Instagram LinkedIn']) {
      expect(blockReading(block(label, { tag: 'div' })), label).toBe('label');
    }
  });

  it('passes: copy paragraphs, a heading with a colon, an FAQ question, a testimonial', () => {
    const copy = [
      block("Om vier uur 's nachts staat Henk al in de bakkerij. Het deeg heeft dan twaalf uur gerust, want langzaam rijzen geeft een steviger korst."),
      block('Every kitchen starts with a visit. Dan measures the room twice and draws the first plan by hand at the table.'),
      block('Onze aanpak: weinig gist, veel geduld', { tag: 'h2' }),
      block('Timber: what we use and why', { tag: 'h2' }),
      block('Kun je bij ons ook glutenvrij bestellen?', { tag: 'h3' }),
      block('How long does a kitchen take?', { tag: 'h3' }),
      block('"Het lekkerste roggebrood van de stad, en ze weten nog hoe je heet."\n— Ans, vaste klant sinds 1998', { tag: 'blockquote' }),
      block('They fitted the larder around a chimney breast nobody else would touch.\n— Priya Shah, Headingley', { tag: 'blockquote' }),
    ];
    for (const facts of copy) expect(blockReading(facts), facts.text).toBe('copy');
  });

  it('passes: a sentence that mentions a phone number, a time or a price', () => {
    expect(blockReading(block('Vragen over allergenen? Bel gerust naar 033 456 78 90 en vraag naar Marieke, zij weet precies wat er in elk brood zit.'))).toBe('copy');
    expect(blockReading(block('If you would rather talk it through, ring us on 0113 496 0123 any weekday and we will call back the same afternoon.'))).toBe('copy');
    expect(blockReading(block('Op zaterdag zijn we vanaf 7.00 uur open, en wie voor achten komt krijgt de eerste krentenbollen nog warm mee.'))).toBe('copy');
  });

  it("passes: a restaurant's dish descriptions, with or without their price", () => {
    expect(blockReading(block('Appeltaart met Elstar uit de Betuwe, kaneel en een rooster van zanddeeg, per punt of als hele taart.'))).toBe('copy');
    expect(blockReading(block('Slow-cooked lamb shoulder with rosemary, white beans and a sharp salsa verde. £16.50'))).toBe('copy');
    expect(blockReading(block('Klein maar krachtig.', { tag: 'div' }))).toBe('copy');
  });

  it('passes: a call to action written as one link, in both languages', () => {
    expect(blockReading({ ...linkBlock('Start vandaag nog', 'section'), links: 1 })).toBe('copy');
    expect(blockReading({ ...linkBlock('Book your table tonight', 'div'), links: 1 })).toBe('copy');
  });

  it('flags: several links in one block, or one per list item, as a menu', () => {
    expect(blockReading({ ...linkBlock('Home Over ons Diensten Contact'), links: 4 })).toBe('links');
    expect(blockReading({ ...linkBlock('Neem contact op', 'li'), links: 1 })).toBe('links');
    expect(blockReading({ ...linkBlock('[back to top]'), links: 1 })).not.toBe('copy');
  });

  it('passes: a paragraph with an inline link, and a bakery that sells cookies', () => {
    const text = 'Lees op onze pagina over desem hoe we het zuurdesem al dertig jaar in leven houden.';
    expect(blockReading(block(text, { linkCharacters: 'pagina over desem'.replace(/\s/g, '').length }))).toBe('copy');
    expect(blockReading(block('Our chocolate chip cookies are baked every morning with butter from a farm down the road.'))).toBe('copy');
  });
});

describe('PageReading', () => {
  it('flags: a blurb the page repeats (header and footer) is read once', () => {
    const page = new PageReading();
    const blurb = block('Ambachtelijke bakker in Amersfoort sinds 1962, elke ochtend vers.');
    expect(page.read(blurb)).toBe('copy');
    expect(page.read(block('Iets anders, en langer dan vier woorden.'))).toBe('copy');
    expect(page.read({ ...blurb, text: blurb.text.toUpperCase() })).toBe('repeated');
  });

  it('passes: a short heading repeated on one page', () => {
    const page = new PageReading();
    expect(page.read(block('Onze taarten', { tag: 'h2' }))).toBe('copy');
    expect(page.read(block('Onze taarten', { tag: 'h2' }))).toBe('copy');
  });

  it('counts words kept and left out by reason', () => {
    const page = new PageReading();
    page.read(block('Een gewone zin van zes woorden.'));
    page.read(block('© 2021 Bakkerij'));
    expect(page.tally).toEqual({ copy: 6, legal: 2 });
    expect(page.leftOut).toEqual([{ reading: 'legal', text: '© 2021 Bakkerij' }]);
  });
});

describe('languageHint', () => {
  it('returns a BCP 47 tag, and nothing for an empty or broken one', () => {
    expect(languageHint(' nl-NL ')).toBe('nl-NL');
    expect(languageHint('en_GB')).toBe('en-GB');
    expect(languageHint('')).toBeUndefined();
    expect(languageHint(null)).toBeUndefined();
    expect(languageHint('{{ lang }}')).toBeUndefined();
  });
});

describe('the CLI reader on our fixture pages', () => {
  for (const [file, keeps, drops] of [
    ['bakkerij-nl.html', ["Om vier uur 's nachts", 'Onze aanpak: weinig gist', 'Kun je bij ons ook glutenvrij', 'Kwarktaart op een bodem', '— Ans, vaste klant', 'Bel gerust naar 033'], ['Taarten Over ons', 'Tel:', '©', 'KvK', '7.00', '€', 'Lees meer', 'cookies']],
    ['studio-en.html', ['Every kitchen starts', 'Timber: what we use', 'How long does a kitchen take?', '— Priya Shah', 'ring us on 0113'], ['About us', 'Email:', '©', 'VAT', '8am', '£', 'Read more', 'cookies']],
  ] as const) {
    it(`keeps the copy and leaves the furniture out: ${file}`, () => {
      const read = extractHtmlText(readFileSync(`tests/fixtures/reading/${file}`, 'utf8'));
      for (const copy of keeps) expect(read.text, copy).toContain(copy);
      for (const furniture of drops) expect(read.text, furniture).not.toContain(furniture);
    });
  }

  it('reads the repeated blurb once', () => {
    const read = extractHtmlText(readFileSync('tests/fixtures/reading/bakkerij-nl.html', 'utf8'));
    expect(read.text.split('Ambachtelijke bakker in Amersfoort').length - 1).toBe(1);
  });
});
