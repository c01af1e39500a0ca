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
    '<body><nav>Home &amp; more</nav>',
    '<p>Hello   <b>wide</b>\n   world&nbsp;!<br>Next line.</p>',
    '<script>var x = "<p>not copy</p>";</script><div hidden>secret one</div>',
    '<p aria-hidden="true">secret two</p><p style="color: red; display:none">secret three</p>',
    '<ul><li>One</li><li>Two &eacute;cht</li></ul><template><p>secret four</p></template>',
    '<noscript>secret five</noscript><pre>keep  this\nbreak</pre><td>cell</td>Tail</body></html>',
  ].join('\n');
  const extracted = extractHtmlText(html);

  it('keeps only visible text, blocks as paragraphs and <br> as a line break', () => {
    expect(extracted.text).toBe('Home & more\n\nHello wide world\u00a0!\nNext line.\n\nOne\n\nTwo écht\n\nkeep this\nbreak\n\ncell\n\nTail');
  });

  it('leaves out head, script, style, noscript, template, hidden, aria-hidden and display:none', () => {
    for (const hidden of ['Title text', 'color', 'not copy', 'secret']) expect(extracted.text).not.toContain(hidden);
  });

  it('maps words back to their place in the HTML, entities to their whole reference', () => {
    expect(sourceOf(html, extracted, 'world')).toBe('world');
    expect(sourceOf(html, extracted, 'écht')).toBe('&eacute;cht');
    expect(sourceOf(html, extracted, 'Home & more')).toBe('Home &amp; more');
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
    '| cell one | cell two |',
    '|----------|:--------:|',
    '',
    '```js',
    'const notCopy = 1;',
    '```',
    '![alt text](image.png) <span>inline html</span> https://example.com/path. The end.',
    '<!-- a comment -->',
    '[ref]: https://example.com',
  ].join('\n');
  const extracted = extractMarkdownText(markdown);

  it('leaves out syntax and code, keeps the words and the paragraph breaks', () => {
    const lines = extracted.text.split('\n');
    expect(lines[3]).toBe('A heading with emphasis');
    expect(lines[5]).toBe('Some bold words, a link text and  and snake_case and 5 * 3.');
    expect(lines.slice(7, 10)).toEqual(['a bullet item', 'a task item', 'a numbered item']);
    expect(lines[11]).toBe('a quoted line');
    expect(lines[13]?.trim()).toBe('cell one cell two');
    expect(lines[19]?.trim()).toBe('inline html . The end.');
    for (const gone of ['Front matter', 'notCopy', 'example.com', 'alt text', 'comment', '#', '**', '`', '---']) {
      expect(extracted.text).not.toContain(gone);
    }
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
      // 8× the input must not cost 30× the CPU time (quadratic would be 64×). CPU time, the quickest
      // of three runs and a 10 ms floor keep a busy machine from failing it; a quadratic pass over
      // 200k characters costs seconds, far above the 300 ms this allows.
      const measured = growth(extractMarkdownText, unit.repeat(25_000), unit.repeat(200_000), 3);
      expect(measured.ratio, `${JSON.stringify(unit)}: ${measured.describe(25_000, 200_000)}`).toBeLessThan(30);
    }
  });
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
