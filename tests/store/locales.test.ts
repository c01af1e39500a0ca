import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** One entry of a WebExtension messages.json. */
interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const LOCALES = ['en', 'nl'] as const;
const messages = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Record<string, LocaleMessage>,
  ]),
) as Record<(typeof LOCALES)[number], Record<string, LocaleMessage>>;

/** Every file under the given folders whose name matches `pattern`. */
function filesUnder(pattern: RegExp, ...folders: string[]): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    if (!existsSync(folder)) return;
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(name)) files.push(path);
    }
  };
  folders.forEach(walk);
  return files;
}

/** `$name$` references in a message; Chrome matches placeholder names case-insensitively. */
function placeholderReferences(message: string): string[] {
  return [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();
}

/** Message keys the code asks for: `__MSG_key__` in manifest/HTML/CSS, `getMessage('key')` and `t('key')` calls. */
function usedMessageKeys(): Map<string, string> {
  const used = new Map<string, string>();
  const files = [...filesUnder(/\.(ts|tsx|html|css|json)$/, 'entrypoints', 'src'), 'wxt.config.ts'];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // `t('key', …)` is the UI's wrapper around getMessage (src/extension/i18n.ts).
    const patterns = [
      /__MSG_([A-Za-z0-9_@]+?)__/g,
      /getMessage\(\s*['"`]([A-Za-z0-9_@]+)['"`]/g,
      /\bt\(\s*['"`]([A-Za-z0-9_@]+)['"`]/g,
    ];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        // @@ui_locale, @@extension_id, … are predefined by the browser.
        if (!match[1]!.startsWith('@@')) used.set(match[1]!, file);
      }
    }
  }
  return used;
}

describe('locales', () => {
  it('passes: en and nl define exactly the same keys', () => {
    expect(Object.keys(messages.nl).sort()).toEqual(Object.keys(messages.en).sort());
  });

  it('passes: key names use only the characters Chrome accepts', () => {
    for (const locale of LOCALES) {
      for (const key of Object.keys(messages[locale])) expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_@]+$/);
    }
  });

  it('passes: no message is empty', () => {
    for (const locale of LOCALES) {
      for (const [key, entry] of Object.entries(messages[locale])) {
        expect(typeof entry.message, `${locale}: ${key}`).toBe('string');
        expect(entry.message.trim(), `${locale}: ${key}`).not.toBe('');
      }
    }
  });

  it('passes: every $placeholder$ is declared, and both locales use the same ones', () => {
    for (const key of Object.keys(messages.en)) {
      const perLocale = LOCALES.map((locale) => {
        const entry = messages[locale][key]!;
        const declared = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort();
        const referenced = [...new Set(placeholderReferences(entry.message))];
        expect(referenced, `${locale}: ${key} uses an undeclared placeholder`).toEqual(
          referenced.filter((name) => declared.includes(name)),
        );
        const contents = Object.fromEntries(
          Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]),
        );
        return { declared, contents };
      });
      expect(perLocale[1], `nl: ${key} placeholders differ from en`).toEqual(perLocale[0]);
    }
  });

  it('passes: the store name and description fit Chrome’s manifest limits (75 and 132 characters)', () => {
    for (const locale of LOCALES) {
      expect(messages[locale].extName!.message.length, locale).toBeLessThanOrEqual(75);
      expect(messages[locale].extDescription!.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('passes: every __MSG_x__, getMessage("x") and t("x") in entrypoints/, src/ and wxt.config.ts exists', () => {
    const used = usedMessageKeys();
    expect(used.has('extName'), 'the manifest should use __MSG_extName__').toBe(true);
    // Chrome looks message keys up case-insensitively, but one spelling everywhere keeps grep honest.
    const missing = [...used].filter(([key]) => !(key in messages.en)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });
});
