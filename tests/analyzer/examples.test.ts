import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyzer';
import { rules } from '../../src/analyzer/rules';
import type { Lang } from '../../src/analyzer/types';
import type { LanguageExamples } from '../../src/analyzer/examples';
import { LANGS } from '../../src/analyzer/languages';

/** Each rule's examples per language, kept in its folder: `src/analyzer/rules/<rule-id>/examples/<lang>.ts`. */
const modules = import.meta.glob<{ default: LanguageExamples }>('../../src/analyzer/rules/*/examples/*.ts', { eager: true });
/** Every rule's examples, by `<rule-id>/<lang>`. */
const examplesOf = new Map(
  Object.entries(modules).map(([path, module]) => {
    const [ruleId, , file] = path.split('/').slice(-3);
    return [`${ruleId}/${file!.replace(/\.ts$/u, '')}`, module.default];
  }),
);

describe.each(rules.flatMap((rule) => LANGS.map((lang: Lang) => [rule.id, lang] as const)))('%s (%s)', (ruleId, lang) => {
  const examples = examplesOf.get(`${ruleId}/${lang}`);
  it('has at least one flag and two pass examples', () => {
    expect(examples?.flag.length ?? 0).toBeGreaterThanOrEqual(1);
    expect(examples?.pass.length ?? 0).toBeGreaterThanOrEqual(2);
  });
  for (const example of examples?.flag ?? []) {
    it(`flags: ${example.text.slice(0, 70)}`, () => {
      const findings = analyze(example.text, { lang, only: [ruleId] }).findings;
      expect(findings.map((finding) => finding.actual)).toContain(example.actual);
      for (const finding of findings) {
        expect(example.text.slice(finding.span.start, finding.span.end)).toBe(finding.actual);
        expect(finding.lang).toBe(lang);
        expect(finding.message.length).toBeGreaterThan(20);
        // Every finding gives a way out: a literal replacement or a direction, as one full sentence.
        expect(finding.expected.length > 0 || (finding.note ?? '').length > 0, `${ruleId}: no direction for "${finding.actual}"`).toBe(true);
        if (finding.note) expect(finding.note, ruleId).toMatch(/^\p{Lu}.*[.?!]$/u);
      }
    });
  }
  for (const text of examples?.pass ?? []) {
    it(`passes: ${text.slice(0, 70)}`, () => {
      expect(analyze(text, { lang, only: [ruleId] }).findings.map((finding) => finding.actual)).toEqual([]);
    });
  }
});
