import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { rules } from '../../src/analyzer/rules';
import type { Model } from '../../src/analyzer/model';
import fittedModel from '../../src/analyzer/model.json';
import { featureInput, featureValue, scoreSignals, SPARSE_DISCOUNT } from '../../src/analyzer/score';
import { SCORE_FEATURES, SIGNALS } from '../../src/analyzer/signals';

const model = fittedModel as Model;
/** The phrase tells the score pools as wording. */
const WORDING = SCORE_FEATURES.find((feature) => feature.id === 'wording')!.members;

const stockNl = `In de snel veranderende wereld van vandaag is een sterke online aanwezigheid cruciaal. Wij bieden naadloze oplossingen op maat die jouw bedrijf naar een hoger niveau tillen.

Het resultaat? Meer omzet, minder zorgen en een team dat écht kan focussen op groei. Of je nu een startende ondernemer bent of een gevestigde organisatie, wij staan voor je klaar.

Kortom: neem vandaag nog contact met ons op en ontdek wat wij voor jou kunnen betekenen.`;

const humanNl = `Sinds 1987 repareren we in de Utrechtse Twijnstraat fietsen, en sinds 2012 ook bakfietsen (de Babboe en de Urban Arrow vooral). Kom je met een lekke band, dan ben je meestal binnen een kwartier weer weg; een nieuwe achternaaf duurt een dag of twee, omdat we de onderdelen bij de groothandel in Houten bestellen.

Bel liever niet tussen twaalf en één: dan eten we. Een afspraak hoeft niet.`;

const stockEn = `In today's fast-paced world, a strong online presence is crucial. We deliver seamless, tailored solutions that take your business to the next level.

The result? More revenue, fewer worries and a team that can truly focus on growth. Whether you're a startup or an established enterprise, we've got you covered.

In conclusion, contact us today and discover what we can do for you.`;

describe('report', () => {
  it('scores stock Dutch copy high and specific Dutch copy low', () => {
    const stock = analyze(stockNl);
    const human = analyze(humanNl);
    expect(stock.lang).toBe('nl');
    expect(stock.score).not.toBeNull();
    expect(human.score).not.toBeNull();
    expect(stock.score!).toBeGreaterThan(human.score! + 30);
    expect(stock.verdict).toBe('high');
  });
  it('scores stock English copy high', () => {
    const report = analyze(stockEn);
    expect(report.lang).toBe('en');
    expect(report.verdict).toBe('high');
    expect(report.findings.some((finding) => finding.ruleId === 'stock-phrase')).toBe(true);
  });
  it('explains the score with signals sorted by their effect', () => {
    const report = analyze(stockNl);
    expect(report.signals.length).toBeGreaterThan(10);
    const sizes = report.signals.map((signal) => Math.abs(signal.points));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });
  it('gives no score, with a reason, for empty, short and foreign text', () => {
    expect(analyze('   ')).toMatchObject({ score: null, verdict: null, reason: 'empty' });
    expect(analyze('Naadloos en cruciaal.')).toMatchObject({ score: null, reason: 'too-short' });
    const german =
      'Wir reparieren seit 1987 Fahrräder in der Innenstadt, und seit 2012 auch Lastenräder. Mit einem Platten sind Sie meistens in einer Viertelstunde wieder unterwegs; eine neue Nabe dauert ein oder zwei Tage, weil wir die Teile beim Großhändler bestellen. Bitte rufen Sie nicht zwischen zwölf und eins an, dann essen wir.';
    expect(analyze(german)).toMatchObject({ score: null, lang: null, reason: 'unsupported-language' });
  });
  it('calls text in another script unsupported, not too short, however few spaces it has', () => {
    expect(analyze('我们的软件让您的团队更高效，无缝连接所有系统，帮助企业实现数字化转型。立即联系我们了解更多信息。')).toMatchObject({ score: null, reason: 'unsupported-language' });
    expect(analyze('نحن نساعد الشركات على النمو بسرعة وبطريقة مستدامة في كل مكان')).toMatchObject({ reason: 'unsupported-language' });
    expect(analyze('Ok.')).toMatchObject({ reason: 'too-short' });
  });
  it('still reports findings for a text too short to score', () => {
    const report = analyze('Naadloos en cruciaal.', { lang: 'nl' });
    expect(report.findings.map((finding) => finding.actual)).toEqual(['Naadloos', 'cruciaal']);
  });
  it('honours a forced language', () => {
    expect(analyze(stockNl, { lang: 'en' }).langSource).toBe('option');
    expect(analyze(stockNl).langSource).toBe('detected');
  });
  it('is deterministic and JSON-serialisable', () => {
    const first = analyze(stockEn);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(analyze(stockEn)).toEqual(first);
  });
  it('sorts findings by position, then rule', () => {
    const { findings } = analyze(stockNl);
    const keys = findings.map((finding) => [finding.span.start, finding.span.end, finding.ruleId] as const);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]));
    expect(keys).toEqual(sorted);
  });
  it('filters findings with `only` but keeps the score', () => {
    const all = analyze(stockNl);
    const only = analyze(stockNl, { only: ['hype'] });
    expect(only.findings.every((finding) => finding.ruleId === 'hype')).toBe(true);
    expect(only.score).toBe(all.score);
  });
  it('does not depend on the order of the rules', async () => {
    const before = analyze(stockNl);
    const registry = rules as unknown as unknown[];
    registry.reverse();
    try {
      expect(analyze(stockNl)).toEqual(before);
    } finally {
      registry.reverse();
    }
  });
  it('writes Dutch messages for Dutch text and English for English', () => {
    expect(analyze(stockNl).findings.find((finding) => finding.ruleId === 'stock-phrase')!.message).toContain('cliché');
    expect(analyze(stockEn).findings.find((finding) => finding.ruleId === 'stock-phrase')!.message).toContain('stock phrase');
  });
  it('refuses a non-string with a clear error', () => {
    expect(() => analyze(42 as unknown as string)).toThrow(/needs a string, got number/);
  });
  it('gives every text of 25 words or more a score', () => {
    const words = (count: number) => Array.from({ length: count }, (_, index) => (index % 7 === 6 ? 'bakker.' : 'brood')).join(' ');
    expect(analyze(`Wij bakken ons brood elke ochtend om vijf uur, met de hand en met meel van de molen in Soest, en de eerste broden liggen om zeven uur in de winkel.`).score).not.toBeNull();
    expect(analyze(words(24), { lang: 'nl' })).toMatchObject({ score: null, reason: 'too-short' });
  });
  it('lets phrase tells alone lift a text into "midden", never alone into "hoog"', () => {
    // A long text whose every metric sits at the calibration mean and which has no other tell,
    // saturated with clichés, AI vocabulary, hype and hedges: the most phrase evidence can do alone.
    for (const lang of ['nl', 'en'] as const) {
      const fitted = model.languages[lang].features;
      const values: Record<string, number> = {};
      for (const signal of SIGNALS) values[signal.id] = signal.reference === 'mean' ? (fitted[signal.id] ? fitted[signal.id]!.mean ** 2 : Number.NaN) : 0;
      const plain = scoreSignals(values, {}, lang, 10_000, model);
      for (const id of WORDING) values[id] = 100;
      const worded = scoreSignals(values, {}, lang, 10_000, model);
      expect(plain.verdict).toBe('low');
      expect(worded.verdict).toBe('medium');
      expect(worded.score - plain.score).toBeGreaterThanOrEqual(30);
    }
  });
  it('starts a Dutch and an English text from the same place: one intercept, no term per language', () => {
    // The fit weighs each language and label equally (src/tools/joint.ts): a text whose every signal
    // sits where its language's average does scores the same in either language.
    expect(model.languages.nl.intercept).toBe(model.languages.en.intercept);
    for (const id of Object.keys(model.languages.nl.features)) {
      expect(model.languages.nl.features[id]!.weight).toBe(model.languages.en.features[id]!.weight);
    }
  });
  it('lets no single signal decide alone: one kind of tell, however dense, stays below "hoog"', () => {
    for (const lang of ['nl', 'en'] as const) {
      const fitted = model.languages[lang].features;
      const plain: Record<string, number> = {};
      for (const signal of SIGNALS) plain[signal.id] = signal.reference === 'mean' ? (fitted[signal.id] ? fitted[signal.id]!.mean ** 2 : Number.NaN) : 0;
      const verdicts: string[] = [];
      for (const feature of SCORE_FEATURES) {
        if (feature.direction !== 1 || feature.reference !== 'zero' || (fitted[feature.id]?.weight ?? 0) === 0) continue;
        const values = { ...plain };
        for (const member of feature.members) values[member] = 100;
        const scored = scoreSignals(values, {}, lang, 10_000, model);
        expect({ lang, feature: feature.id, verdict: scored.verdict }).not.toEqual({ lang, feature: feature.id, verdict: 'high' });
        verdicts.push(scored.verdict);
      }
      // Not vacuous: the strongest signals alone do reach "midden".
      expect(verdicts).toContain('medium');
    }
  });
  it('a page of ✅ bullets and nothing else reads "midden" at most', () => {
    const usp =
      'Bakkerij Van Dam\n\nWij bakken elke ochtend vanaf vier uur brood, taart en koekjes in onze winkel aan de Dorpsstraat 12 in Loenen. Bestellen kan tot 16.00 uur voor de volgende dag.\n\n' +
      '✅ Gratis bezorging in Loenen en Vreeland vanaf 20 euro\n✅ Verse taarten op bestelling, ook glutenvrij\n✅ Elke zaterdag krentenbollen uit de oven\n✅ Betalen met pin of contant\n\nOp maandag zijn we gesloten. Vragen? Bel 0294 23 45 67.';
    const report = analyze(usp);
    expect(report.findings.filter((finding) => finding.ruleId === 'emoji-bullets')).toHaveLength(4);
    expect(report.verdict).not.toBe('high');
  });
  it('counts a tell per 100 words from its second half hit: one hit is weak evidence', () => {
    const dash = SCORE_FEATURES.find((feature) => feature.id === 'em-dash')!;
    // One dash in 100 words is 1 per 100 words; it counts as half a hit.
    expect(featureInput(dash, { 'em-dash': 1 }, 100)).toBeCloseTo(featureValue(1 - SPARSE_DISCOUNT), 10);
    expect(featureInput(dash, { 'em-dash': 4 }, 100)).toBeCloseTo(featureValue(4 - SPARSE_DISCOUNT), 10);
    // A metric is not a count of hits and is taken as it is.
    const rhythm = SCORE_FEATURES.find((feature) => feature.id === 'flat-rhythm')!;
    expect(featureInput(rhythm, { 'flat-rhythm': 0.4 }, 100)).toBe(featureValue(0.4));
  });
  it('does not read the even lines of a menu, price list or spec sheet as a flat rhythm', () => {
    const menuNl = 'Koffie 2,60\nThee 2,40\nVerse muntthee 3,20\nWarme chocolademelk 3,40\nAppeltaart met room 4,50\nTosti kaas 4,20\nUitsmijter ham 8,90\nSoep van de dag 6,50\nBroodje kroket 5,80\nKinderpannenkoek 5,50\nLimonade 2,20\nVers sinaasappelsap 3,90';
    const specsEn = 'Frame aluminium 6061\nWeight 14.2 kg\nGears Shimano Deore 10\nBrakes hydraulic disc\nTyres 28 x 1.6 inch\nLights dynamo front and rear\nRack load 25 kg\nSizes 50, 54 and 58 cm\nColours grey and green\nWarranty five years';
    for (const [text, lang] of [[menuNl, 'nl'], [specsEn, 'en']] as const) {
      const report = analyze(text, { lang });
      expect(report.score).not.toBeNull();
      expect(report.signals.find((signal) => signal.id === 'flat-rhythm')?.points ?? 0).toBe(0);
      expect(report.verdict).toBe('low');
    }
  });
  it('does not call short, varied sentences a flat rhythm (plain-language copy)', () => {
    // Written to B1 advice: short sentences, but of very different lengths.
    const plain =
      'Je fiets is kapot. Breng hem gewoon langs, ook zonder afspraak, dan kijken we er meteen naar. Band lek? Wacht even. ' +
      'Tien euro. Is het meer werk, dan bellen we je eerst met de prijs erbij. Pas daarna beginnen we. ' +
      'Bijna alles is dezelfde dag klaar. Voor Bosch en Shimano hebben we de software voor de motor zelf in huis. Andere merken? Die gaan naar de dealer.';
    const report = analyze(plain, { lang: 'nl' });
    expect(report.score).not.toBeNull();
    expect(report.signals.find((signal) => signal.id === 'flat-rhythm')!.points).toBeLessThanOrEqual(0);
  });
  it('reports a phrase once when two entries of one rule match it', () => {
    for (const text of ['From startups to enterprises, everyone uses it.', 'Van starters tot multinationals: iedereen gebruikt het.']) {
      const places = analyze(text).findings.filter((finding) => finding.ruleId === 'whether-or');
      expect(places).toHaveLength(1);
    }
  });
  it('does not let two hits in a short paragraph jump it to a high score', () => {
    const short = 'Wij bieden naadloze oplossingen voor bakkers in heel Nederland. Onze monteurs komen binnen een dag langs, ook in het weekend, en nemen de onderdelen meteen mee.';
    const report = analyze(short);
    expect(report.findings.length).toBeGreaterThanOrEqual(1);
    expect(report.score).not.toBeNull();
    expect(report.verdict).not.toBe('high');
  });
});

describe('language per block', () => {
  const englishBlock =
    'In today\'s fast-paced world, we deliver seamless, tailored solutions that take your business to the next level. Whether you are a startup or an established enterprise, we have got you covered.';
  const mixed = `${humanNl}\n\n${englishBlock}`;

  it('checks the English blocks of a Dutch page in English', () => {
    const report = analyze(mixed);
    expect(report.lang).toBe('nl');
    const english = report.findings.filter((finding) => finding.span.start >= mixed.indexOf(englishBlock));
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((finding) => finding.lang === 'en')).toBe(true);
    expect(report.findings.filter((finding) => finding.span.start < mixed.indexOf(englishBlock)).every((finding) => finding.lang === 'nl')).toBe(true);
    expect(report.parts?.map((part) => part.lang)).toEqual(['nl', 'en']);
  });
  it('scores a mixed page as the word-weighted mean of its parts', () => {
    const report = analyze(mixed);
    const [nl, en] = report.parts!;
    const expected = Math.round((nl!.score * nl!.words + en!.score * en!.words) / (nl!.words + en!.words));
    expect(report.score).toBe(expected);
  });
  it('reads a page in one language when the other is only a word or two', () => {
    const report = analyze(`${humanNl}\n\nRead more about our team.`);
    expect(report.parts).toBeUndefined();
    expect(report.findings.every((finding) => finding.lang === 'nl')).toBe(true);
  });
  it('reads every block in the language the caller gives', () => {
    expect(analyze(mixed, { lang: 'nl' }).findings.every((finding) => finding.lang === 'nl')).toBe(true);
  });
  it("gives a Dutch product list a language: function words, then the page's lang, then spelling", () => {
    const list = 'Volkorenbrood\nSpeltbrood met zonnebloempitten\nKrentenbollen, zes stuks\nAppeltaart\nRoggebrood\nSuikerbrood uit Friesland\nGevulde koeken\nBoterkoek';
    expect(analyze(list, { langHint: 'nl-NL' })).toMatchObject({ lang: 'nl', langSource: 'hint' });
    expect(analyze(list).lang).toBe('nl');
    expect(analyze('Thursday lunch\nFresh bread daily\nWholemeal rolls\nCheck the weather\nThick shakes', {}).lang).toBe('en');
  });
  it('keeps running text in another language unsupported, whatever the page declares', () => {
    const french =
      "Nous réparons des vélos dans le centre-ville depuis 1987, et depuis 2012 aussi des vélos cargo. Avec un pneu crevé, vous repartez souvent en un quart d'heure; un nouveau moyeu prend un jour ou deux.";
    expect(analyze(french, { langHint: 'nl' })).toMatchObject({ lang: null, reason: 'unsupported-language' });
  });
});
