import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { rules } from '../../src/analyzer/rules';
import { expandPattern } from '../../src/analyzer/lexicon/match';
import { compileEntryPattern, type PatternSet } from '../../src/analyzer/lexicon/patterns';
import type { Lexicon, LexiconEntry } from '../../src/analyzer/lexicon/define';
import type { RuleMessages } from '../../src/analyzer/rule';
import { LANGS, LANGUAGES } from '../../src/analyzer/languages';
import { renderRulesTable, TABLE_END, TABLE_START } from '../../src/tools/rules-table';

const root = join(__dirname, '../..');
const ruleFolders = readdirSync(join(root, 'src/analyzer/rules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
/** Each rule's phrases per language: `src/analyzer/rules/<rule-id>/<lang>.ts` (a lexicon, a pattern set, or a code rule's words). */
const phraseModules = import.meta.glob<{ default: object }>('../../src/analyzer/rules/*/*.ts', { eager: true });
/** Each rule's messages per language: `src/analyzer/rules/<rule-id>/messages/<lang>.ts`. */
const messageModules = import.meta.glob<{ default: RuleMessages & Record<string, unknown> }>('../../src/analyzer/rules/*/messages/*.ts', { eager: true });
const data = Object.entries(phraseModules)
  .filter(([path, module]) => basename(path) !== 'rule.ts' && 'entries' in module.default)
  .map(([path, module]) => ({ path, lang: basename(path, '.ts'), file: path.split('/').at(-2)!, set: module.default as Lexicon | PatternSet }));
const lexicons = data.filter((item) => 'entries' in item.set && item.set.entries.length > 0 && 'match' in item.set.entries[0]!) as { path: string; lang: string; file: string; set: Lexicon }[];
const patternSets = data.filter((item) => !lexicons.some((lexicon) => lexicon.path === item.path)) as { path: string; lang: string; file: string; set: PatternSet }[];

describe('rule registry', () => {
  it('registers every rule folder, with id equal to the folder name', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual([...ruleFolders].sort());
  });
  it('lists rules in alphabetical order', () => {
    const ids = rules.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
  });
  it('describes every rule in every language', () => {
    for (const rule of rules) for (const lang of LANGS) expect(rule.description[lang].length, `${rule.id} (${lang})`).toBeGreaterThan(10);
  });
  it('keeps a rule folder to its code, its phrases and messages per language and its examples per language', () => {
    const allowed = new Set(['rule.ts', 'messages', 'examples', ...LANGS.map((lang) => `${lang}.ts`)]);
    for (const folder of ruleFolders) {
      const entries = readdirSync(join(root, 'src/analyzer/rules', folder));
      expect(entries.filter((entry) => !allowed.has(entry)), folder).toEqual([]);
      expect(readdirSync(join(root, 'src/analyzer/rules', folder, 'messages')).sort(), folder).toEqual(LANGS.map((lang) => `${lang}.ts`).sort());
      expect(readdirSync(join(root, 'src/analyzer/rules', folder, 'examples')).sort(), folder).toEqual(LANGS.map((lang) => `${lang}.ts`).sort());
    }
  });
  it('gathers every rule folder\'s messages into its language pack, and every pack names the same messages', () => {
    for (const lang of LANGS) {
      expect(Object.keys(LANGUAGES[lang].rules).sort(), lang).toEqual([...ruleFolders].sort());
      const reference: Record<string, { messages: object }> = LANGUAGES[LANGS[0]!].rules;
      for (const [ruleId, texts] of Object.entries(LANGUAGES[lang].rules as Record<string, { messages: object }>)) {
        const file = messageModules[`../../src/analyzer/rules/${ruleId}/messages/${lang}.ts`]?.default;
        expect(texts.messages, `${ruleId}/messages/${lang}.ts`).toBe(file);
        expect(Object.keys(texts.messages).sort(), `${ruleId} (${lang})`).toEqual(Object.keys(reference[ruleId]!.messages).sort());
      }
      expect(Object.keys(LANGUAGES[lang].markers).sort(), lang).toEqual(Object.keys(LANGUAGES[LANGS[0]!].markers).sort());
    }
  });
  it('names, in a pattern entry, only a message its rule has', () => {
    for (const { set } of patternSets) {
      const messages = LANGUAGES[set.lang].rules[set.rule as keyof (typeof LANGUAGES)['en']['rules']].messages as unknown as Record<string, unknown>;
      for (const entry of set.entries) if (entry.message) expect(typeof messages[entry.message], `${set.lang}/${set.rule}/${entry.id}`).toBe('function');
    }
  });
});

describe('lexicons and pattern sets', () => {
  it.each(data.map((item) => [item.path, item] as const))('%s: names its rule, language and source', (_, item) => {
    expect(item.set.rule).toBe(item.file);
    expect(item.set.lang).toBe(item.lang);
    expect(rules.some((rule) => rule.id === item.set.rule)).toBe(true);
    expect(item.set.source.length).toBeGreaterThan(20);
    const ids = item.set.entries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(data.map((item) => [item.path, item] as const))('%s: gives every entry a direction, as a full sentence', (_, item) => {
    for (const entry of item.set.entries as readonly (LexiconEntry | PatternSet['entries'][number])[]) {
      const expected = 'expected' in entry ? (entry.expected ?? []) : [];
      expect(expected.length > 0 || (entry.note ?? '').length > 0, `${item.set.lang}/${item.set.rule}/${entry.id} has no direction`).toBe(true);
      if (entry.note) expect(entry.note, entry.id).toMatch(/^\p{Lu}.*[.?!]$/u);
    }
  });

  it('reports one phrase once per lexicon: a match inside a longer one of the same lexicon is dropped', () => {
    const findings = analyze('Met deze aanpak kun je echt het verschil maken voor je klanten en hun teams.', { lang: 'nl' }).findings;
    const stock = findings.filter((finding) => finding.ruleId === 'stock-phrase');
    for (const a of stock) for (const b of stock) if (a !== b) expect(a.span.start >= b.span.start && a.span.end <= b.span.end, `${a.actual} inside ${b.actual}`).toBe(false);
  });

  it('has a file in every language for every data-driven rule', () => {
    const byRule = new Map<string, Set<string>>();
    for (const item of data) byRule.set(item.set.rule, (byRule.get(item.set.rule) ?? new Set()).add(item.lang));
    for (const [rule, langs] of byRule) expect([...langs].sort(), rule).toEqual([...LANGS].sort());
  });

  const canonical = (entry: LexiconEntry, lang: string) => {
    const variant = expandPattern(typeof entry.match === 'string' ? entry.match : entry.match[0]!)[0]!;
    return variant
      .split(' ')
      .filter((part) => !part.endsWith('?') && part !== '...')
      .map((part) => {
        if (part === '_') return lang === 'nl' ? 'nieuwe' : 'new';
        if (part.startsWith('(')) return part.slice(1, part.indexOf('|') > 0 ? part.indexOf('|') : -1);
        if (part.startsWith('=')) return part.slice(1);
        if (part.endsWith('*')) return part.slice(0, -1);
        return part;
      })
      .join(' ');
  };

  for (const { set } of lexicons) {
    it.each(set.entries.map((entry) => [entry.id, entry] as const))(`${set.lang}/${set.rule}/%s matches its own canonical phrase`, (id, entry) => {
      const phrase = canonical(entry, set.lang);
      const findings = analyze(`${phrase}.`, { lang: set.lang, only: [set.rule] }).findings;
      expect(findings.map((finding) => finding.entryId), phrase).toContain(`${set.lang}/${set.rule}/${id}`);
    });
  }

  for (const { set } of patternSets) {
    it.each(set.entries.map((entry) => [entry.id, entry] as const))(`${set.lang}/${set.rule}/%s matches its own example`, (id, entry) => {
      expect(compileEntryPattern(entry).test(entry.example), entry.example).toBe(true);
      const findings = analyze(entry.example, { lang: set.lang, only: [set.rule] }).findings;
      expect(findings.map((finding) => finding.entryId)).toContain(`${set.lang}/${set.rule}/${id}`);
      // An exception is a plain test: a global expression would carry lastIndex from one match to the next.
      if (entry.unless) expect(entry.unless.global || entry.unless.sticky, `${id}: unless must not be global or sticky`).toBe(false);
    });
  }

  const phraseRules = new Set(data.map((item) => item.set.rule));
  const suggestions = lexicons.flatMap(({ set }) => set.entries.flatMap((entry) => (entry.expected ?? []).map((expected) => [set.lang, `${set.rule}/${entry.id}`, expected] as const)));
  it.each(suggestions)('%s %s: the suggestion "%s" triggers no phrase rule', (lang, _, expected) => {
    const findings = analyze(`${expected}.`, { lang }).findings.filter((finding) => phraseRules.has(finding.ruleId));
    expect(findings.map((finding) => finding.entryId)).toEqual([]);
  });
});

describe('README', () => {
  it('has the generated rule table (run npm run docs:rules after changing rules)', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start, 'README.md lacks the rule table markers').toBeGreaterThan(0);
    expect(readme.slice(start + TABLE_START.length, end).trim()).toBe(renderRulesTable());
  });
});

describe('purity', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  it('keeps src/analyzer free of WXT, browser APIs and the DOM', () => {
    for (const file of files(join(root, 'src/analyzer')).filter((path) => path.endsWith('.ts'))) {
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source, file).not.toMatch(/from ['"](wxt|#imports|wxt\/[^'"]*)['"]|\bbrowser\.|\bchrome\.|\bdocument\.|\bwindow\.|\bnavigator\./);
    }
  });
});
