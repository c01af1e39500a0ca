import type { AnalyzeOptions, Finding, Report } from '../../src/analyzer/types';

/**
 * A stand-in analyzer with behaviour a test can predict: it flags every "seamless"/"naadloos",
 * scores 10 points per hit, judges nothing under 3 words, and throws on the word "KABOOM" so the
 * CLI's handling of an analyzer failure can be tested. The real analyzer is tested by spawning
 * the real command (cli.test.ts).
 */
export function fakeAnalyze(text: string, options: AnalyzeOptions = {}): Report {
  if (text.includes('KABOOM')) throw new Error('boom');
  const words = text.split(/\s+/).filter(Boolean);
  const lang = options.lang === 'en' || options.lang === 'nl' ? options.lang : /naadloos|\bde\b/.test(text) ? 'nl' : 'en';
  const findings: Finding[] = [];
  for (const match of text.matchAll(/seamless|naadloos/g)) {
    findings.push({
      ruleId: 'ai-vocabulary',
      entryId: `${lang}/ai-vocabulary/${match[0]}`,
      category: 'vocabulary',
      lang,
      span: { start: match.index, end: match.index + match[0].length },
      actual: match[0],
      message: `'${match[0]}' is overused`,
      expected: match[0] === 'seamless' ? ['smooth'] : [],
      note: match[0] === 'naadloos' ? 'zeg wat er aansluit' : undefined,
      sentence: { start: 0, end: text.length },
      weight: 1,
    });
  }
  const base = {
    schema: 1 as const,
    langSource: options.lang && options.lang !== 'auto' ? ('option' as const) : ('detected' as const),
    findings,
    stats: { characters: text.length, words: words.length, sentences: 1, paragraphs: 1, sentenceLengths: [words.length] },
  };
  if (text.trim() === '') return { ...base, lang: null, score: null, verdict: null, reason: 'empty', signals: [] };
  if (words.length < 3) return { ...base, lang, score: null, verdict: null, reason: 'too-short', signals: [] };
  const score = Math.min(100, findings.length * 10);
  return {
    ...base,
    lang,
    score,
    verdict: score < 34 ? 'low' : score < 67 ? 'medium' : 'high',
    signals: [{ id: 'ai-vocabulary', category: 'vocabulary', description: 'Words language models overuse.', value: findings.length, points: score, findings: findings.length }],
  };
}
