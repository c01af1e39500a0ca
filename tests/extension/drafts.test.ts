import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Finding } from '@/src/analyzer/types';
import { draftMarks, shiftMarks, type DraftMark } from '@/src/extension/content/drafts/marks';
import { matchCase } from '@/src/extension/content/overlay';
import { forgetIgnoredFields, ignoredFieldsItem, ignoredFieldsOf, ignoreField, isSettings } from '@/src/extension/storage';

function mark(start: number, end: number): DraftMark {
  return { start, end, findings: [], category: 'cliche' };
}

describe('shiftMarks: marks follow an edit until the next analysis', () => {
  const before = 'We leverage tools. It is a game-changer.';

  it('keeps marks before the edit and shifts marks after it', () => {
    const after = before.replace('tools', 'many tools');
    expect(shiftMarks([mark(3, 11), mark(27, 39)], before, after)).toEqual([mark(3, 11), mark(32, 44)]);
  });

  it('drops a mark whose words the edit touched', () => {
    const after = before.replace('leverage', 'use');
    expect(shiftMarks([mark(3, 11), mark(27, 39)], before, after)).toEqual([mark(22, 34)]);
  });

  it('keeps a mark when typing goes on right after it, and changes nothing for the same text', () => {
    expect(shiftMarks([mark(27, 39)], before, `${before} More`)).toEqual([mark(27, 39)]);
    expect(shiftMarks([mark(3, 11)], before, before)).toEqual([mark(3, 11)]);
  });

  it('handles a deletion that removes a mark entirely', () => {
    expect(shiftMarks([mark(3, 11), mark(27, 39)], before, 'We tools. It is a game-changer.')).toEqual([mark(18, 30)]);
  });
});

describe('draftMarks', () => {
  const finding = (start: number, end: number, sentenceEnd: number, ruleId = 'stock-phrase'): Finding =>
    ({
      ruleId,
      category: 'cliche',
      lang: 'en',
      span: { start, end },
      sentence: { start: 0, end: sentenceEnd },
      actual: 'x'.repeat(end - start),
      message: 'm',
      expected: [],
      weight: 1,
    }) as unknown as Finding;

  it('marks phrases, one mark for overlapping findings, and leaves whole sentences to the card', () => {
    const marks = draftMarks({
      signals: [{ id: 'stock-phrase', category: 'cliche', description: '', value: 1, points: 5, findings: 3 }],
      findings: [finding(0, 10, 60), finding(5, 14, 60), finding(0, 60, 60)],
    });
    expect(marks.map(({ start, end }) => [start, end])).toEqual([[0, 14]]);
  });
});

describe('matchCase', () => {
  it('gives a replacement the capital of the words it replaces', () => {
    expect(matchCase('Leverage', 'use')).toBe('Use');
    expect(matchCase('leverage', 'use')).toBe('use');
    expect(matchCase('Benutten', 'gebruiken')).toBe('Gebruiken');
  });
});

describe('fields left out ("not on this field")', () => {
  beforeEach(() => fakeBrowser.reset());

  it('remembers keys per site, once each, and forgets a site on request', async () => {
    await ignoreField('https://a.nl', 'key-1');
    await ignoreField('https://a.nl', 'key-1');
    await ignoreField('https://a.nl', 'key-2');
    await ignoreField('https://b.nl', 'key-3');
    expect(await ignoredFieldsOf('https://a.nl')).toEqual(['key-1', 'key-2']);
    await forgetIgnoredFields('https://a.nl');
    expect(await ignoredFieldsOf('https://a.nl')).toEqual([]);
    expect(await ignoredFieldsOf('https://b.nl')).toEqual(['key-3']);
  });

  it('reads unreadable stored choices as none, and replaces them on the next write', async () => {
    await ignoredFieldsItem.setValue('garbage' as never);
    expect(await ignoredFieldsOf('https://a.nl')).toEqual([]);
    await ignoreField('https://a.nl', 'key-1');
    expect(await ignoredFieldsOf('https://a.nl')).toEqual(['key-1']);
  });
});

describe('settings with the drafts switch', () => {
  it('accept drafts as an optional boolean and refuse anything else', () => {
    expect(isSettings({ sites: { 'https://a.nl': { inline: false, lang: 'auto', drafts: true } } })).toBe(true);
    expect(isSettings({ sites: { 'https://a.nl': { inline: false, lang: 'auto' } } })).toBe(true);
    expect(isSettings({ sites: { 'https://a.nl': { inline: false, lang: 'auto', drafts: 'yes' } } })).toBe(false);
  });
});
