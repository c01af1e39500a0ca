import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules } from '@/src/analyzer/rules';
import model from '@/src/analyzer/model.json';
import type { Report, SignalContribution } from '@/src/analyzer/types';
import { CATEGORIES, categoryNameKey, ruleNameKey } from '@/src/extension/categories';
import type { MessageKey } from '@/src/extension/i18n';
import { summarise } from '@/src/extension/summary';

const LOCALES = ['en', 'nl'] as const;
const messages = Object.fromEntries(
  LOCALES.map((locale) => [locale, JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, { message: string }>]),
);

/** A `t` over one locale's file, with `$1`-style substitutions resolved through the placeholders. */
function translator(locale: (typeof LOCALES)[number]) {
  const file = JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<
    string,
    { message: string; placeholders?: Record<string, { content: string }> }
  >;
  return (key: MessageKey, ...subs: string[]) => {
    const entry = file[key]!;
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? ''),
    );
  };
}

function reportWith(signals: Partial<SignalContribution>[], verdict: Report['verdict'] = 'high'): Report {
  return {
    schema: 1,
    lang: 'nl',
    langSource: 'detected',
    score: verdict === null ? null : 80,
    verdict,
    signals: signals.map((signal) => ({ id: 'x', category: 'cliche', description: 'A test signal.', value: 1, points: 1, findings: 0, ...signal }) as SignalContribution),
    findings: [],
    stats: { characters: 0, words: 0, sentences: 0, paragraphs: 0, sentenceLengths: [] },
  };
}

describe('UI strings', () => {
  const signalIds = new Set([
    ...rules.map((rule) => rule.id),
    ...Object.values(model.languages).flatMap((language) => Object.keys(language.features)),
  ]);

  it.each(LOCALES)('every rule and score signal has a name in %s', (locale) => {
    const missing = [...signalIds].filter((id) => !messages[locale]![ruleNameKey(id)]);
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('every category has a name in %s', (locale) => {
    for (const category of CATEGORIES) {
      expect(messages[locale]![categoryNameKey(category)]?.message).toBeTruthy();
    }
  });
});

