// How the CLI turns files into prose for the analyzer, and maps positions back into the file.
import { describe, expect, it } from 'vitest';
import { extractHtmlText, HtmlTooDeep, MAX_HTML_DEPTH } from '../../src/cli/html';
import { extractMarkdownText } from '../../src/cli/markdown';
import { identityText, LineIndex, locate, type SourceText } from '../../src/cli/source-text';
import { growth } from '../support/growth';

/** The source range a run of analysed text came from. */
function sourceOf(source: string, extracted: SourceText, needle: string): string {
  const start = extracted.text.indexOf(needle);
  expect(start, `'${needle}' in ${JSON.stringify(extracted.text)}`).toBeGreaterThanOrEqual(0);
  const location = locate(extracted, new LineIndex(source), { start, end: start + needle.length });
  return source.slice(location.start, location.end);
}

describe('extractHtmlText', () => {
  const html = [
    '<!doctype html><html><head><title>Title text</title><style>p { color: red }</style></head>',
    '<body><nav>Home &amp; more</nav><h2>Bakken &amp; proeven</h2>',
    '<p>Hello   <b>wide</b>\n   world&nbsp;!<br>Next line.</p>',
    '<script>var x = "<p>not copy</p>";</script><div hidden>secret one</div>',
    '<p aria-hidden="true">secret two</p><p style="color: red; display:none">secret three</p>',
    '<ul><li>One</li><li>Two &eacute;cht</li></ul><template><p>secret four</p></template>',
    '<noscript>secret five</noscript><pre>keep  this\nbreak</pre><td>cell</td>Tail</body></html>',
  ].join('\n');
  const extracted = extractHtmlText(html);

  it('keeps only copy, blocks as paragraphs and <br> as a line break', () => {
    expect(extracted.text).toBe('Bakken & proeven\n\nHello wide world\u00a0!\nNext line.\n\nOne\n\nTwo écht\n\nTail');
  });

  it('leaves out head, script, style, noscript, template, hidden, aria-hidden and display:none', () => {
    for (const hidden of ['Title text', 'color', 'not copy', 'secret']) expect(extracted.text).not.toContain(hidden);
  });

  it('leaves out what the shared reading policy calls page chrome and furniture: nav, code, a one-word table cell', () => {
    for (const furniture of ['Home', 'keep', 'cell']) expect(extracted.text).not.toContain(furniture);
  });

  it("returns the page's <html lang> as a language hint", () => {
    expect(extractHtmlText('<html lang="nl-NL"><body><p>Tekst.</p></body></html>').langHint).toBe('nl-NL');
    expect(extractHtmlText('<html lang=""><body><p>Tekst.</p></body></html>').langHint).toBeUndefined();
    expect(extracted.langHint).toBeUndefined();
  });

  it('maps words back to their place in the HTML, entities to their whole reference', () => {
    expect(sourceOf(html, extracted, 'world')).toBe('world');
    expect(sourceOf(html, extracted, 'écht')).toBe('&eacute;cht');
    expect(sourceOf(html, extracted, 'Bakken & proeven')).toBe('Bakken &amp; proeven');
    // A collapsed run of whitespace (and the tag between) stands for the source between the words.
    expect(sourceOf(html, extracted, 'wide world')).toBe('wide</b>\n   world');
  });

  it('gives the 1-based line and column of a finding in the HTML file', () => {
    const start = extracted.text.indexOf('Next');
    const location = locate(extracted, new LineIndex(html), { start, end: start + 4 });
    const before = html.slice(0, html.indexOf('Next'));
    expect(location).toMatchObject({ line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });
  });

  it('survives broken markup: unclosed tags, stray closers, a lone <', () => {
    const broken = extractHtmlText('<div><p>one <b>two</div></span> three < four <p>five');
    expect(broken.text).toBe('one two\n\nthree < four\n\nfive');
  });

  it('refuses nesting deeper than the limit with a reason, instead of quadratic time', () => {
    expect(() => extractHtmlText('<b>'.repeat(MAX_HTML_DEPTH + 1))).toThrow(HtmlTooDeep);
    expect(extractHtmlText(`${'<b>'.repeat(MAX_HTML_DEPTH - 1)}deep`).text).toBe('deep');
  });

  it('stays linear on hostile input (long runs of tags, entities, brackets)', () => {
    const units = ['<b></b>', '<p>', '<li>', '<td>', '<br>', ' ', '&amp;', 'a ', '<', '</b>', '<!--', '<a href="x', '<b x='];
    for (const unit of units) {
      // 8× the input must not cost 30× the CPU time (quadratic would be 64×); tests/support/growth.ts
      // says why CPU time, which a busy machine does not inflate.
      const measured = growth(extractHtmlText, unit.repeat(20_000), unit.repeat(160_000), 3);
      expect(measured.ratio, `${JSON.stringify(unit)}: ${measured.describe(20_000, 160_000)}`).toBeLessThan(30);
    }
  });

  it('gives empty text for a document with nothing visible', () => {
    expect(extractHtmlText('<html><head><title>x</title></head><body><script>1</script></body></html>').text).toBe('');
  });
});

describe('extractMarkdownText', () => {
  const markdown = [
    '---',
    'title: Front matter is not copy',
    '---',
    '# A heading with *emphasis* ##',
    '',
    'Some **bold** words, a [link text](https://example.com/a.b) and `code()` and snake_case and 5 * 3.',
    '',
    '- a bullet item',
    '- [ ] a task item',
    '12. a numbered item',
    '',
    '> a quoted line',
    '',
    '| Cell one reads as a sentence. | Cell two does too, in its way. |',
    '|----------|:--------:|',
    '| Mon | 9:00 |',
    '',
    '```js',
    'const notCopy = 1;',
    '```',
    '![alt text](image.png) <span>inline html</span> https://example.com/path. The end.',
    '<!-- a comment -->',
    '[ref]: https://example.com',
  ].join('\n');
  const extracted = extractMarkdownText(markdown);

  it('leaves out syntax and code, keeps the words, one block per paragraph, heading, item and cell', () => {
    expect(extracted.text.split('\n\n')).toEqual([
      'A heading with emphasis',
      'Some bold words, a link text and and snake_case and 5 * 3.',
      'a bullet item',
      'a task item',
      'a numbered item',
      'a quoted line',
      'Cell one reads as a sentence.',
      'Cell two does too, in its way.',
      'inline html . The end.',
    ]);
    for (const gone of ['Front matter', 'notCopy', 'example.com', 'alt text', 'comment', '#', '**', '`', '---', '[ ]']) {
      expect(extracted.text).not.toContain(gone);
    }
  });

  it('leaves out the furniture the reading policy leaves out of HTML: a short table cell, a © line, a contact list', () => {
    const source = ['Wij bakken elke ochtend brood met de hand, in de winkel aan de Langestraat.', '', '- Tel: 033 456 78 90', '- E-mail: info@bakkerij.example', '', '© 2021 Bakkerij'].join('\n');
    expect(extractMarkdownText(source).text).toBe('Wij bakken elke ochtend brood met de hand, in de winkel aan de Langestraat.');
    expect(extracted.text).not.toContain('Mon');
  });

  it('leaves out HTML blocks and TOML front matter, keeps a line break inside a quote', () => {
    const source = ['+++', 'title = "not copy"', '+++', '<div class="banner">Not copy either</div>', '', '> First line of the quote', 'goes on, lazily.'].join('\n');
    expect(extractMarkdownText(source).text).toBe('First line of the quote\ngoes on, lazily.');
  });

  it('reads a long document in chunks: every word still maps to its place, a code block stays code', () => {
    const paragraphs = Array.from({ length: 300 }, (_, index) => `Alinea ${index} vertelt iets anders dan de vorige.`);
    paragraphs.splice(150, 0, '```', ...Array.from({ length: 200 }, (_, index) => `const line${index} = 1;\n`), '```');
    const source = paragraphs.join('\n\n');
    const prose = extractMarkdownText(source);
    expect(prose.text).not.toContain('const line');
    expect(prose.text.split('\n\n')).toHaveLength(300);
    expect(sourceOf(source, prose, 'Alinea 299 vertelt')).toBe('Alinea 299 vertelt');
  });

  it('maps escapes and character references back to their source', () => {
    const source = 'Brood \\*zonder\\* gist &amp; zout.';
    const prose = extractMarkdownText(source);
    expect(prose.text).toBe('Brood *zonder* gist & zout.');
    expect(sourceOf(source, prose, '& zout')).toBe('&amp; zout');
    expect(sourceOf(source, prose, 'zonder')).toBe('zonder');
  });

  it('keeps every word at its place in the file', () => {
    expect(sourceOf(markdown, extracted, 'bold')).toBe('bold');
    expect(sourceOf(markdown, extracted, 'link text')).toBe('link text');
    const start = extracted.text.indexOf('numbered');
    expect(locate(extracted, new LineIndex(markdown), { start, end: start + 8 })).toMatchObject({ line: 10, column: 7 });
  });

  it('maps a phrase across dropped emphasis back to the whole source range', () => {
    const source = 'We take it to **the next** level.';
    const prose = extractMarkdownText(source);
    expect(prose.text).toBe('We take it to the next level.');
    expect(sourceOf(source, prose, 'the next level')).toBe('the next** level');
  });

  it('leaves plain prose untouched, including CRLF line ends', () => {
    const source = 'Just words, nothing else.\r\nSecond line: 3 * 4 = 12_000.';
    expect(extractMarkdownText(source).text).toBe(source);
  });

  it('stays linear on hostile input (runs of markup characters that never close)', () => {
    const units = ['`', '[', '*', '_', ' ', '<a ', '# ', '|', ' |', '~', '- ', '> ', '\\', 'http://a', '**a', '[a](', '![a](', '``a ', '<!--', '<http:', '\n```a'];
    for (const unit of units) {
      // 8× the input must not cost 30× the CPU time (quadratic would be 64×); smaller runs than the HTML
      // reader's, as micromark is slower per character (and quadratic on some of these, which the
      // reader's chunks keep in check). CPU time and the quickest of three keep a busy machine out.
      const measured = growth(extractMarkdownText, unit.repeat(2_500), unit.repeat(20_000), 3);
      expect(measured.ratio, `${JSON.stringify(unit)}: ${measured.describe(2_500, 20_000)}`).toBeLessThan(30);
    }
  }, 300_000);
});

describe('LineIndex and locate', () => {
  it('counts \\n, \\r\\n and a lone \\r as line ends, columns in UTF-16 code units', () => {
    const lines = new LineIndex('a\nb\r\nc\rd😀e');
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(2)).toEqual({ line: 2, column: 1 });
    expect(lines.position(5)).toEqual({ line: 3, column: 1 });
    expect(lines.position(7)).toEqual({ line: 4, column: 1 });
    expect(lines.position(10)).toEqual({ line: 4, column: 4 });
  });

  it('maps identity text one to one', () => {
    const text = 'one\ntwo three';
    expect(locate(identityText(text), new LineIndex(text), { start: 8, end: 13 })).toEqual({ start: 8, end: 13, line: 2, column: 5 });
  });
});
