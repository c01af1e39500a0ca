import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIGNALS } from '@/src/analyzer/signals';
import type { Category, Finding, Report, SignalContribution } from '@/src/analyzer/types';
import {
  METRIC_SIGNALS,
  cardPlaces,
  directionOf,
  distinctMessages,
  effectOf,
  findingContributions,
  groupOverlapping,
  metricNameKey,
  needsDescription,
  rankFindings,
  strongestMarks,
} from '@/src/extension/explain';
import type { MessageKey } from '@/src/extension/i18n';
import { FIRM_JUDGEMENT_WORDS } from '@/src/analyzer';
import { evidenceNote, leadingKinds, shortQuote, summarise } from '@/src/extension/summary';

const LOCALES = ['en', 'nl'] as const;
type Locale = (typeof LOCALES)[number];
const files = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
      string,
      { message: string; placeholders?: Record<string, { content: string }> }
    >,
  ]),
) as Record<Locale, Record<string, { message: string; placeholders?: Record<string, { content: string }> }>>;

/** A `t` over one locale's file, with `$1`-style substitutions resolved through the placeholders. */
function translator(locale: Locale) {
  return (key: MessageKey, ...subs: string[]) => {
    const entry = files[locale][key]!;
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? ''),
    );
  };
}

let offset = 0;
function finding(ruleId: string, category: Category, actual: string, extra: Partial<Finding> = {}): Finding {
  const start = offset;
  offset += actual.length + 1;
  return {
    ruleId,
    category,
    lang: 'nl',
    span: { start, end: start + actual.length },
    actual,
    message: `Bericht over ‘${actual}’.`,
    expected: [],
    sentence: { start, end: start + actual.length + 40 },
    weight: 1,
    ...extra,
  };
}

function signal(id: string, category: Category, points: number, findings = 0): SignalContribution {
  return { id, category, description: 'Meet iets.', value: 1, points, findings };
}

function report(verdict: Report['verdict'], signals: SignalContribution[], findings: Finding[]): Report {
  return {
    schema: 1,
    lang: 'nl',
    langSource: 'detected',
    score: verdict === null ? null : verdict === 'low' ? 20 : 75,
    verdict,
    signals,
    findings,
    stats: { characters: 0, words: 200, sentences: 10, paragraphs: 3, sentenceLengths: [] },
  };
}

/** A page carried by stock phrases. */
function wordingPage(): Report {
  const findings = [
    finding('stock-phrase', 'cliche', 'het verschil maken'),
    finding('ai-vocabulary', 'vocabulary', 'naadloze', { weight: 2 }),
    finding('stock-phrase', 'cliche', 'in een wereld waarin'),
    finding('not-but', 'structure', 'niet alleen snel, maar ook slim'),
  ];
  return report(
    'high',
    [
      signal('ai-vocabulary', 'vocabulary', 20, 1),
      signal('stock-phrase', 'cliche', 12, 2),
      signal('not-but', 'structure', 4, 1),
      signal('flat-rhythm', 'sameness', -6),
    ],
    findings,
  );
}

/** A page carried by formulas. */
function formulaPage(): Report {
  const findings = [
    finding('not-but', 'structure', 'niet alleen snel, maar ook slim'),
    finding('question-answer', 'structure', 'Het resultaat?', { weight: 3 }),
    finding('stock-phrase', 'cliche', 'het verschil maken'),
  ];
  return report(
    'high',
    [signal('question-answer', 'structure', 18, 1), signal('not-but', 'structure', 9, 1), signal('stock-phrase', 'cliche', 3, 1)],
    findings,
  );
}

/** A page carried by its rhythm. */
function rhythmPage(): Report {
  return report(
    'medium',
    [signal('flat-rhythm', 'sameness', 14, 1), signal('uniform-paragraphs', 'sameness', 6, 1), signal('stock-phrase', 'cliche', 2, 1)],
    [
      finding('flat-rhythm', 'sameness', 'Vijf zinnen van dezelfde lengte op rij, allemaal netjes.'),
      finding('uniform-paragraphs', 'sameness', 'Eerste alinea.'),
      finding('stock-phrase', 'cliche', 'het verschil maken'),
    ],
  );
}

describe('summary line', () => {
  it.each(LOCALES)('differs for a page carried by wording, formulas and rhythm (%s)', (locale) => {
    const t = translator(locale);
    const lines = [summarise(wordingPage(), t), summarise(formulaPage(), t), summarise(rhythmPage(), t)];
    expect(new Set(lines).size).toBe(3);
    expect(leadingKinds(wordingPage())[0]).toBe('wording');
    expect(leadingKinds(formulaPage())[0]).toBe('formulas');
    expect(leadingKinds(rhythmPage())[0]).toBe('sameness');
  });

  it('names the kind, counts its findings and quotes the strongest one', () => {
    // 'naadloze' carries all 20 points of ai-vocabulary; each stock phrase carries 6.
    expect(summarise(wordingPage(), translator('nl'))).toBe('Vooral clichés en modewoorden: 3 gevonden. Begin bij ‘naadloze’.');
    expect(summarise(wordingPage(), translator('en'))).toBe('Mostly stock phrases and buzzwords: 3 found. Start with ‘naadloze’.');
    expect(summarise(formulaPage(), translator('nl'))).toBe('Vooral vaste zinsformules: 2 gevonden. Begin bij ‘Het resultaat?’.');
  });

  it('says a low score still has clichés in it, with their number', () => {
    const low = report(
      'low',
      [signal('stock-phrase', 'cliche', 3, 6), signal('flat-rhythm', 'sameness', -9)],
      Array.from({ length: 6 }, (_, index) => finding('stock-phrase', 'cliche', `cliché ${index}`)),
    );
    expect(summarise(low, translator('nl'))).toBe('Laag, maar er staan 6 clichés of modewoorden in. Begin bij ‘cliché 0’.');
    expect(summarise(low, translator('en'))).toBe('Low, but 6 stock phrases or buzzwords. Start with ‘cliché 0’.');
    const one = report('low', [signal('stock-phrase', 'cliche', 1, 1)], [finding('stock-phrase', 'cliche', 'naadloos')]);
    expect(summarise(one, translator('nl'))).toBe('Laag, maar er staat één cliché of modewoord in: ‘naadloos’.');
    expect(summarise(report('low', [signal('flat-rhythm', 'sameness', -4)], []), translator('en'))).toBe('No stock phrases or formulas found.');
  });

  it.each(LOCALES)('never calls the rhythm flat when the rhythm signal lowers the score (%s)', (locale) => {
    const varied = report(
      'medium',
      [signal('flat-rhythm', 'sameness', -8, 1), signal('em-dash', 'structure', 3, 1)],
      [finding('flat-rhythm', 'sameness', 'Een vlak stuk van vijf zinnen.'), finding('em-dash', 'structure', '—')],
    );
    const line = summarise(varied, translator(locale))!;
    expect(line).not.toMatch(/vlak|flat|ritme|rhythm|eentonig|sameness/i);
    expect(leadingKinds(varied)).toEqual(['formulas']);
  });

  it('says when a score rests on little text, and only then', () => {
    const withWords = (words: number, score: number | null, verdict: Report['verdict'] = score === null ? null : 'medium') => ({
      score,
      verdict,
      stats: { characters: words * 6, words, sentences: 3, paragraphs: 1, sentenceLengths: [] },
    });
    expect(evidenceNote(withWords(42, 61), translator('nl'))).toBe('Een kort stuk van 42 woorden: te weinig voor een stellig oordeel. Hoe meer tekst, hoe vaster het oordeel.');
    expect(evidenceNote(withWords(42, 61), translator('en'))).toBe('A short piece of 42 words: too little for a firm judgement. The more text, the firmer it gets.');
    expect(evidenceNote(withWords(FIRM_JUDGEMENT_WORDS - 1, 61), translator('en'))).not.toBeNull();
    expect(evidenceNote(withWords(FIRM_JUDGEMENT_WORDS, 61), translator('en'))).toBeNull();
    expect(evidenceNote(withWords(12, null), translator('en'))).toBeNull();
    // A short text that reaches hoog despite the pull toward the average carries its evidence plainly.
    expect(evidenceNote(withWords(42, 95, 'high'), translator('en'))).toBeNull();
  });

  it('lists a whole-sentence finding as its own place, without swallowing the phrases in it', () => {
    // One 60-character sentence: a phrase at 0–8, another at 20–32, and a finding over all of it.
    const sentence = { start: 0, end: 60 };
    const phrase = (ruleId: string, category: Category, start: number, end: number): Finding => ({
      ...finding(ruleId, category, 'x'.repeat(end - start)),
      span: { start, end },
      sentence,
    });
    const seamless = phrase('ai-vocabulary', 'vocabulary', 0, 8);
    const overlapping = phrase('hype', 'hype', 4, 12);
    const leverage = phrase('ai-vocabulary', 'vocabulary', 20, 32);
    const whole = phrase('no-specifics', 'specifics', 0, 60);
    const places = cardPlaces(
      report('medium', [signal('ai-vocabulary', 'vocabulary', 6, 2), signal('hype', 'hype', 2, 1), signal('no-specifics', 'specifics', 1, 1)], [seamless, overlapping, leverage, whole]),
    );
    const byStart = places.map((place) => place.map((item) => `${item.ruleId}@${item.span.start}`).sort());
    expect(byStart).toHaveLength(3);
    expect(byStart).toContainEqual(['ai-vocabulary@0', 'hype@4']);
    expect(byStart).toContainEqual(['ai-vocabulary@20']);
    expect(byStart).toContainEqual(['no-specifics@0']);
  });

  it('has nothing to say without a score, and cuts long quotes at a word', () => {
    expect(summarise(report(null, [], []), translator('en'))).toBeNull();
    expect(shortQuote(', zodat jij je kunt focussen')).toBe('zodat jij je kunt focussen');
    expect(shortQuote('een  zin\nmet  veel woorden die maar doorgaat en doorgaat tot het eind')).toBe('een zin met veel woorden die maar…');
  });
});

describe('signal state', () => {
  it('one threshold decides raises, lowers and neutral', () => {
    expect([effectOf(3), effectOf(-3), effectOf(0.2), effectOf(-0.2)]).toEqual(['raises', 'lowers', 'neutral', 'neutral']);
  });

  it('the metric signals are exactly the analyzer’s signals measured from the mean', () => {
    expect([...METRIC_SIGNALS].sort()).toEqual(SIGNALS.filter((info) => info.reference === 'mean').map((info) => info.id).sort());
  });

  it.each(LOCALES)('every metric signal has a name for each state in %s, and the states differ', (locale) => {
    for (const id of METRIC_SIGNALS) {
      const names = (['raises', 'lowers', 'neutral'] as const).map((effect) => files[locale][metricNameKey(id, effect)]?.message);
      expect(names.every(Boolean)).toBe(true);
      expect(new Set(names).size).toBe(3);
    }
  });

  it('a raising signal without findings must open onto its description', () => {
    expect(needsDescription(signal('lexical-variety', 'sameness', 19, 0))).toBe(true);
    expect(needsDescription(signal('lexical-variety', 'sameness', -19, 0))).toBe(false);
    expect(needsDescription(signal('stock-phrase', 'cliche', 19, 3))).toBe(false);
  });
});

describe('evidence', () => {
  it('ranks findings by their share of their signal’s points, not by rule or place', () => {
    const page = wordingPage();
    const contributions = findingContributions(page);
    const ranked = rankFindings(page);
    expect(ranked[0]!.actual).toBe('naadloze');
    expect(contributions.get(ranked[0]!)).toBe(20);
    expect(ranked.map((item) => contributions.get(item))).toEqual([20, 6, 6, 4]);
  });

  it('takes findings that add the same, up to rounding, in text order', () => {
    // A pooled signal shares its points by rate: equal findings differ in the last decimals.
    const first = finding('stock-phrase', 'cliche', 'In de snel veranderende wereld');
    const second = finding('hype', 'hype', 'écht');
    const page = report('high', [signal('stock-phrase', 'cliche', 3.807, 1), signal('hype', 'hype', 3.81, 1)], [first, second]);
    expect(rankFindings(page).map((item) => item.actual)).toEqual(['In de snel veranderende wereld', 'écht']);
    expect(summarise(page, translator('nl'))).toContain('In de snel veranderende wereld');
    expect(cardPlaces(page).map((group) => group[0]!.actual)).toEqual(['In de snel veranderende wereld', 'écht']);
  });

  it('a finding of a signal that lowers the score adds nothing', () => {
    const page = report('medium', [signal('flat-rhythm', 'sameness', -5, 1)], [finding('flat-rhythm', 'sameness', 'Vijf zinnen.')]);
    expect([...findingContributions(page).values()]).toEqual([0]);
  });

  it('groups findings over the same words, and lists each message once', () => {
    const a = { span: { start: 0, end: 10 } };
    const b = { span: { start: 5, end: 20 } };
    const c = { span: { start: 19, end: 25 } };
    const d = { span: { start: 30, end: 35 } };
    expect(groupOverlapping([d, c, b, a], (item) => item.span)).toEqual([[a, b, c], [d]]);
    const one = finding('stock-phrase', 'cliche', 'verschil maken');
    const same = { ...one, entryId: 'nl/stock-phrase/het-verschil-maken' };
    expect(distinctMessages([one, same])).toEqual([one]);
  });
});

describe('strongest marks', () => {
  it('shows the ten strongest and any other worth a point, never one that adds nothing', () => {
    const weak = Array.from({ length: 14 }, (_, index) => ({ strength: 0.1 + index / 100 }));
    const strong = [{ strength: 3 }, { strength: 1 }];
    const none = [{ strength: 0 }];
    const shown = strongestMarks([...weak, ...strong, ...none]);
    expect(shown.size).toBe(10);
    expect(shown.has(strong[0]!) && shown.has(strong[1]!)).toBe(true);
    expect(shown.has(none[0]!)).toBe(false);
    expect(shown.has(weak[0]!)).toBe(false);
    const many = Array.from({ length: 30 }, () => ({ strength: 2 }));
    expect(strongestMarks(many).size).toBe(30);
  });
  it('shows the first ten marks of a text too short for a score, whose marks all have strength 0', () => {
    const unscored = Array.from({ length: 12 }, () => ({ strength: 0 }));
    expect(strongestMarks(unscored).size).toBe(10);
    expect(strongestMarks(unscored.slice(0, 3)).size).toBe(3);
  });
});

describe('directions', () => {
  it('render a full-sentence note as written, without a prefix', () => {
    expect(directionOf({ note: 'Zeg wat het product doet.', expected: [] })).toEqual({ text: 'Zeg wat het product doet.', arrow: false });
    expect(directionOf({ note: 'Try a full stop or a comma.', expected: ['.'] })).toEqual({ text: 'Try a full stop or a comma.', arrow: false });
  });

  it('mark a bare fragment or replacements with an arrow that belongs to no language', () => {
    expect(directionOf({ note: 'een punt of een komma', expected: [] })).toEqual({ text: 'een punt of een komma', arrow: true });
    expect(directionOf({ expected: ['snel', 'vlot', 'kort', 'extra'] })).toEqual({ text: 'snel · vlot · kort', arrow: true });
    expect(directionOf({ expected: [] })).toBeNull();
  });

  it.each(LOCALES)('no UI string in %s is a prefix for a direction, an abbreviation or a calque the issue named', (locale) => {
    const all = Object.values(files[locale]).map((entry) => entry.message);
    for (const message of all) {
      expect(message).not.toMatch(/^(Probeer|Try)$/);
      expect(message).not.toMatch(/\bptn\b|\bpts\b|Stockzin|stocksignal|middling|Many different tells|Veel verschillende signalen/i);
    }
  });
});
