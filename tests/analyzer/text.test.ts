import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { tokenize } from '../../src/analyzer/text/tokenize';
import { buildDocument, paragraphSpans } from '../../src/analyzer/text/document';
import { splitSentences } from '../../src/analyzer/text/sentences';
import { detectLanguage } from '../../src/analyzer/language';
import { phraseEnd } from '../../src/analyzer/text/phrase';

const words = (text: string) => tokenize(text).map((token) => token.text);
const sentences = (text: string, lang: 'nl' | 'en' = 'nl') => splitSentences(text, 0, text.length, lang).map((span) => text.slice(span.start, span.end));

describe('Dutch tokenization', () => {
  it("keeps zo'n, m'n and auto's whole, with either apostrophe", () => {
    expect(words("zo'n auto's m'n zo’n")).toEqual(["zo'n", "auto's", "m'n", 'zo’n']);
  });
  it("makes ’s of '’s ochtends' a word of its own", () => {
    expect(words('’s ochtends en \'s avonds')).toEqual(['’s', 'ochtends', 'en', "'s", 'avonds']);
  });
  it('keeps abbreviations with inner dots whole (d.w.z, bijv)', () => {
    expect(words('d.w.z. bijv. t.a.v.')).toEqual(['d.w.z', 'bijv', 't.a.v']);
  });
  it('reads € 1.299,- as a currency sign and one number', () => {
    const tokens = tokenize('€ 1.299,-');
    expect(tokens.map((token) => [token.text, token.kind])).toEqual([
      ['€', 'symbol'],
      ['1.299', 'number'],
    ]);
  });
  it('compares creëren and écht without their accents', () => {
    expect(tokenize('creëren Écht').map((token) => token.norm)).toEqual(['creeren', 'echt']);
  });
  it('does not expand "dun" the way compromise\'s English contractions would', () => {
    expect(words('een dun laagje')).toEqual(['een', 'dun', 'laagje']);
  });
});

describe('sentences', () => {
  it('does not end a sentence at Dutch abbreviations', () => {
    expect(sentences('Dhr. Jansen wil bijv. een laptop, d.w.z. een snelle. Hij belt morgen.')).toEqual([
      'Dhr. Jansen wil bijv. een laptop, d.w.z. een snelle.',
      'Hij belt morgen.',
    ]);
  });
  it('applies Dutch abbreviations to Dutch only, in any call order', () => {
    const english = 'We met at the inc. Later we left.';
    const before = sentences(english, 'en');
    sentences('Bel ons op tel. 030 123 4567 of mail.', 'nl');
    expect(sentences(english, 'en')).toEqual(before);
    expect(sentences('We call her mevr. Then she laughs.', 'en')).toEqual(['We call her mevr.', 'Then she laughs.']);
    expect(sentences('Bel ons op tel. 030 123 4567 of mail. Wij helpen graag.')).toEqual(['Bel ons op tel. 030 123 4567 of mail.', 'Wij helpen graag.']);
  });
  it('ends a sentence at "enz." before a capital', () => {
    expect(sentences('Wij maken brood, taart enz. Alles vers.')).toEqual(['Wij maken brood, taart enz.', 'Alles vers.']);
  });
  it('splits a question from its answer', () => {
    expect(sentences('Het resultaat? Meer omzet.')).toEqual(['Het resultaat?', 'Meer omzet.']);
  });
  it('keeps English abbreviations inside the sentence', () => {
    expect(sentences('Mr. Smith likes it, e.g. the blue one. He buys two.', 'en')).toEqual(['Mr. Smith likes it, e.g. the blue one.', 'He buys two.']);
  });
  it('cuts an enormous unpunctuated paragraph into pieces that cover it', () => {
    const text = 'woord '.repeat(3000).trim();
    const spans = splitSentences(text, 0, text.length, 'nl');
    expect(spans.length).toBeGreaterThan(1);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(text.length);
  });
});

describe('paragraphs', () => {
  it('starts a paragraph at each line break, so headings stand alone', () => {
    const text = 'Onze aanpak\nWij luisteren eerst.\n\nDaarna bouwen we.';
    expect(paragraphSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['Onze aanpak', 'Wij luisteren eerst.', 'Daarna bouwen we.']);
  });
  it('joins a hard-wrapped line that continues in lowercase', () => {
    const text = 'Google found\nthat going from one second to five hurts.\nNext line.';
    expect(paragraphSpans(text).map((span) => text.slice(span.start, span.end))).toEqual([
      'Google found\nthat going from one second to five hurts.',
      'Next line.',
    ]);
  });
  it('counts words, sentences and paragraphs', () => {
    const doc = buildDocument('Kop\nEen zin. Nog een zin!\n\nLaatste.', 'nl');
    expect([doc.paragraphs.length, doc.sentences.length, doc.words.length]).toEqual([3, 4, 7]);
  });
});

describe('language detection', () => {
  it('recognises Dutch', () => {
    expect(detectLanguage(tokenize('Wij helpen je graag met het kiezen van een nieuwe fiets voor de stad.')).lang).toBe('nl');
  });
  it('recognises English', () => {
    expect(detectLanguage(tokenize('We are happy to help you choose a new bike for the city.')).lang).toBe('en');
  });
  it('recognises neither in German', () => {
    expect(detectLanguage(tokenize('Wir helfen Ihnen gerne bei der Auswahl eines neuen Fahrrads für die Stadt und das Land.')).lang).toBeNull();
  });
});

describe('offsets', () => {
  const tricky =
    'Écht 👍🏽 naadloos, zo’n\u00a0oplossing! ’s Ochtends d.w.z. vóór 9 uur: € 1.299,- voor een cruciale upgrade — seamless? ' +
    'In de snel veranderende wereld van vandaag 🚀 tillen wij je naar een hoger niveau.\n🚀 Kortom: neem vandaag nog contact op.';
  it('gives spans whose slice is exactly the finding text, around emoji, NBSP and curly apostrophes', () => {
    const report = analyze(tricky, { lang: 'nl' });
    expect(report.findings.length).toBeGreaterThan(5);
    for (const finding of report.findings) {
      expect(tricky.slice(finding.span.start, finding.span.end)).toBe(finding.actual);
      expect(finding.span.start).toBeLessThan(finding.span.end);
      expect(finding.sentence.start).toBeLessThanOrEqual(finding.span.start);
    }
  });
  it('finds the word after an emoji at its UTF-16 offset', () => {
    const text = '👍🏽 naadloos';
    const finding = analyze(text, { lang: 'nl', only: ['ai-vocabulary'] }).findings[0]!;
    expect(finding.span).toEqual({ start: text.indexOf('naadloos'), end: text.length });
  });
});

describe('phraseEnd', () => {
  const ends = { boundaries: new Set(['for', 'to', 'with']), dangling: new Set(['a', 'the']) };
  const pivot = { wholeClause: 3, maxWords: 5, boundaryFirst: true };
  const end = (text: string, after: string, limits = pivot) => text.slice(0, phraseEnd(text, text.indexOf(after) + after.length, text.length, ends, limits));

  it('takes a short rest of the clause whole, up to its comma', () => {
    expect(end('Whether you run a shop or a global chain, it works.', ' or')).toBe('Whether you run a shop or a global chain');
  });
  it('stops a longer rest before a word that starts a new phrase', () => {
    expect(end('It’s not a tool, it’s a morning ritual for the whole office.', 'it’s')).toBe('It’s not a tool, it’s a morning ritual');
  });
  it('never ends on an article, and stays put when the clause ends at once', () => {
    expect(end('It is not a tool, it is the, well.', 'it is')).toBe('It is not a tool, it is');
    expect(end('Fast, cheap and good. Then more.', 'good')).toBe('Fast, cheap and good');
  });
  it('ends a list item before a boundary word, even the first', () => {
    expect(end('fast, reliable and easy to use', 'easy', { wholeClause: 0, maxWords: 2, boundaryFirst: false })).toBe('fast, reliable and easy');
    expect(end('design, build and a support desk with staff', 'support', { wholeClause: 0, maxWords: 2, boundaryFirst: false })).toBe('design, build and a support desk');
  });
  it('counts offsets in UTF-16 code units, across emoji and no-break spaces', () => {
    const text = '🚀 Whether you sell bread or\u00a0fresh 🥐 croissants, we help.';
    expect(end(text, ' or')).toBe('🚀 Whether you sell bread or\u00a0fresh 🥐 croissants');
  });
});
