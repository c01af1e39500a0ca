/**
 * UI strings. The extension's own screens follow the browser's language through `_locales`; finding
 * messages come from the analyzer in the language of the text.
 */
import type { Lang } from '@/src/analyzer/types';

/** A message name from `public/_locales/en/messages.json` (typed by `wxt prepare`). */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

/** A localised UI string; substitutions fill `$1`, `$2`… */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  const message = browser.i18n.getMessage(key as never, substitutions.map(String));
  // An empty string means a missing key: show the key so it gets noticed, never a blank.
  return message || key;
}

/**
 * The language the UI is shown in: the locale whose `messages.json` the browser picked. Read from a
 * message rather than `@@ui_locale`, which can differ (Chromium started with `--lang=nl` reports
 * `en_US` there but serves the Dutch messages).
 */
export function uiLanguage(): Lang {
  return browser.i18n.getMessage('uiLanguage') === 'nl' ? 'nl' : 'en';
}

/** Formats a number in the UI language. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(uiLanguage() === 'nl' ? 'nl-NL' : 'en-GB').format(value);
}

/** A localised string, or '' when the key does not exist (for names looked up by rule id). */
export function tryT(key: string): string {
  return browser.i18n.getMessage(key as never);
}
