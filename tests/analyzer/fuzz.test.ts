// The analyzer under fuzzing: for any string at all it must not throw, must give the same report
// twice, keep every span inside the text with `actual === text.slice(start, end)`, and give a score
// that is null or in 0–100. Hostile shapes (one letter for a megabyte, runs of punctuation, a huge
// paragraph without a full stop) must cost CPU time linear in their length.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer/index';
import type { LangOption, Report } from '../../src/analyzer/types';
import { growth } from '../support/growth';

/** Words and marks that make rules fire, so spans are exercised, not just empty reports. */
const TRIGGERS = [
  'naadloos', 'seamless', 'cruciaal', 'delve', 'tapestry', 'ontgrendel', 'écht', 'truly', 'unparalleled',
  "In today's fast-paced world", 'naar een hoger niveau tillen', 'Neem vandaag nog contact op', 'Het resultaat?',
  'Het goede nieuws?', 'Kortom,', 'In conclusion,', 'Conclusie:', 'Laten we eerlijk zijn:', 'Wat AI wel kan:',
  'Of je nu', 'niet alleen', 'maar ook', "It's not", "it's", 'oplossingen', 'mogelijkheden', 'solutions',
  "zo'n", "’s ochtends", "m'n", 'd.w.z.', 'bijv.', '€ 1.299,-', 'creëren', 'Dhr.', 'e.g.', '—', '–', '✅', '🚀',
  'snel, slim en simpel', 'fast, smart and simple', 'Our Partner In Growth', '10%', '2024', 'Utrecht',
];

/** Characters that break naive text handling: surrogates, combining marks, bidi controls, NUL, odd spaces. */
const HOSTILE_CHARACTERS = [
  '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
  '\u0301', '\u0308', '\u0327', '\u20dd', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a',
  '\u202e', '\u2066', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d',
  '\ude00', '\r', '\n', '\t', ' ', '.', '!', '?', ':', ';', ',', '…', "'", '’', '"', '“', '(', ')', '-',
  'ا', 'ש', '中', 'İ', 'ß', 'ﬁ', '👍🏽', '👨‍👩‍👧', '🇳🇱',
];

const hostileCharacter = fc.constantFrom(...HOSTILE_CHARACTERS);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const rtlCharacter = fc.integer({ min: 0x0590, max: 0x06ff }).map((code) => String.fromCharCode(code));
const combiningMark = fc.integer({ min: 0x0300, max: 0x036f }).map((code) => String.fromCharCode(code));
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const word = fc.stringMatching(/^[A-Za-zÀ-ÿ]{1,12}$/);

/** One piece of text: any code point, hostile characters, words, trigger phrases, or spacing. */
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
  { weight: 3, arbitrary: hostileCharacter },
  { weight: 1, arbitrary: loneSurrogate },
  { weight: 1, arbitrary: rtlCharacter },
  { weight: 1, arbitrary: combiningMark },
  { weight: 1, arbitrary: controlCharacter },
  { weight: 4, arbitrary: word },
  { weight: 4, arbitrary: fc.constantFrom(...TRIGGERS) },
  { weight: 4, arbitrary: fc.constantFrom(' ', ' ', '. ', '\n', '\n\n', ', ', '? ') },
);

/** Arbitrary text built from pieces, from empty to a few hundred words. */
const text = fc.array(piece, { maxLength: 400 }).map((pieces) => pieces.join(''));
const langOption = fc.constantFrom<LangOption>('auto', 'nl', 'en');

/** Every structural promise a report makes about the text it came from. */
function checkReport(input: string, report: Report): void {
  expect(report.schema).toBe(1);
  expect(report.stats.characters).toBe(input.length);
  if (report.score === null) {
    expect(report.verdict).toBeNull();
    expect(['empty', 'too-short', 'unsupported-language']).toContain(report.reason);
    expect(report.signals).toEqual([]);
  } else {
    expect(Number.isFinite(report.score)).toBe(true);
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(['low', 'medium', 'high']).toContain(report.verdict);
  }
  for (const signal of report.signals) {
    expect(Number.isFinite(signal.value), `${signal.id} value`).toBe(true);
    expect(Number.isFinite(signal.points), `${signal.id} points`).toBe(true);
  }
  let previous: Report['findings'][number] | undefined;
  for (const finding of report.findings) {
    const { start, end } = finding.span;
    expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
    expect(0 <= start && start <= end && end <= input.length, `${finding.ruleId} span ${start}–${end} of ${input.length}`).toBe(true);
    expect(finding.actual).toBe(input.slice(start, end));
    // A finding about rhythm may cover several sentences; it starts in the one it names.
    const sentence = finding.sentence;
    expect(0 <= sentence.start && sentence.start <= start && start <= sentence.end && sentence.end <= input.length, `${finding.ruleId} sentence`).toBe(true);
    expect(Number.isFinite(finding.weight)).toBe(true);
    expect(finding.message.length).toBeGreaterThan(0);
    if (previous) {
      // Sorted by start, end, rule id, entry id.
      const order =
        previous.span.start - start ||
        previous.span.end - end ||
        (previous.ruleId < finding.ruleId ? -1 : previous.ruleId > finding.ruleId ? 1 : 0) ||
        ((previous.entryId ?? '') < (finding.entryId ?? '') ? -1 : (previous.entryId ?? '') > (finding.entryId ?? '') ? 1 : 0);
      expect(order, `findings out of order at ${start}`).toBeLessThanOrEqual(0);
    }
    previous = finding;
  }
}

describe('analyze under fuzzing', () => {
  it('never throws, keeps every span inside the text with actual === slice, and scores null or 0–100', () => {
    fc.assert(
      fc.property(text, langOption, (input, lang) => {
        checkReport(input, analyze(input, { lang }));
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same text gives the same report, also after other texts', () => {
    fc.assert(
      fc.property(text, text, (input, other) => {
        const first = JSON.stringify(analyze(input));
        analyze(other);
        expect(JSON.stringify(analyze(input))).toBe(first);
      }),
      { numRuns: 150 },
    );
  });

  it('gives plain JSON: a report survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(text, (input) => {
        const report = analyze(input);
        // toEqual ignores undefined properties, so this catches Maps, Sets, class instances and functions.
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
        expect(JSON.stringify(report)).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 100 },
    );
  });

  it('holds for full-Unicode strings with no structure at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (input) => {
        checkReport(input, analyze(input));
      }),
      { numRuns: 150 },
    );
  });

  it('`only` narrows the findings to those rules and never adds one', () => {
    fc.assert(
      fc.property(text, (input) => {
        const all = analyze(input);
        const ruleIds = [...new Set(all.findings.map((finding) => finding.ruleId))].slice(0, 2);
        const narrowed = analyze(input, { only: ruleIds });
        expect(JSON.stringify(narrowed.findings)).toBe(JSON.stringify(all.findings.filter((finding) => ruleIds.includes(finding.ruleId))));
      }),
      { numRuns: 100 },
    );
  });
});

/** Shapes that have sunk text tools before: each makes a text of (at least) `length` code units. */
const HOSTILE_SHAPES: Record<string, (length: number) => string> = {
  'one letter': (length) => 'a'.repeat(length),
  'one letter and a space': (length) => 'a '.repeat(length / 2),
  "'?'": (length) => '?'.repeat(length),
  "'.'": (length) => '.'.repeat(length),
  "'a.'": (length) => 'a.'.repeat(length / 2),
  "'!?'": (length) => '!?'.repeat(length / 2),
  'em dashes': (length) => '—'.repeat(length),
  'em dashes between words': (length) => 'snel — '.repeat(length / 7),
  'ellipses': (length) => '…'.repeat(length),
  'commas between words': (length) => 'snel, '.repeat(length / 6),
  'apostrophes': (length) => "'".repeat(length),
  "'s-words": (length) => "’s zo'n m'n ".repeat(length / 12),
  'hyphens in one word': (length) => 'a-'.repeat(length / 2),
  'colons': (length) => ':'.repeat(length),
  'emoji': (length) => '🚀'.repeat(length / 2),
  'combining marks on one letter': (length) => `e${'\u0301'.repeat(length - 1)}`,
  'newlines': (length) => '\n'.repeat(length),
  'one-line paragraphs': (length) => 'Snel en slim\n'.repeat(length / 13),
  'label-colon lines': (length) => 'Wat AI wel kan: dit\n'.repeat(length / 20),
  'title-case lines': (length) => 'Your Partner In Growth\n'.repeat(length / 23),
  'a paragraph without punctuation': (length) => 'we bouwen naadloze oplossingen voor jouw team '.repeat(length / 46),
  'one sentence of trigger words': (length) => 'seamless innovative solutions truly unparalleled '.repeat(length / 50),
  'short sentences': (length) => 'Het resultaat? Kortom, niet X, maar Y. '.repeat(length / 39),
  'digits': (length) => '1'.repeat(length),
  'prices': (length) => '€ 1.299,- '.repeat(length / 10),
};

describe('analyze on hostile shapes: work grows linearly', () => {
  // 8× the input must cost less than 30× the CPU time: linear gives about 8, quadratic 64. CPU
  // time, not wall-clock time (tests/support/growth.ts), so other work on the machine cannot fail
  // it; the margin covers what contention still does to CPU time (shared caches, hyperthreads).
  const SMALL = 20_000;
  const FACTOR = 8;
  const MAX_RATIO = 30;

  for (const [name, make] of Object.entries(HOSTILE_SHAPES)) {
    it(`grows linearly: ${name}`, () => {
      const small = make(SMALL);
      const large = make(SMALL * FACTOR);
      const measured = growth(analyze, small, large);
      checkReport(large, analyze(large));
      expect(measured.ratio, measured.describe(small.length, large.length)).toBeLessThan(MAX_RATIO);
    });
  }

  it('a megabyte of one letter finishes, in CPU time linear to 128 kB of it', () => {
    const small = 'a'.repeat(1 << 17);
    const megabyte = 'a'.repeat(1 << 20);
    const measured = growth(analyze, small, megabyte);
    checkReport(megabyte, analyze(megabyte));
    expect(measured.ratio, measured.describe(small.length, megabyte.length)).toBeLessThan(MAX_RATIO);
  });

  it('100k question marks give no score and no crash', () => {
    const report = analyze('?'.repeat(100_000));
    checkReport('?'.repeat(100_000), report);
    expect(report.score).toBeNull();
  });
});
