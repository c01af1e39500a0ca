// The languages the analyzer judges, registered in one place. A language is its pack (every rule's
// phrases and messages, `languages/<lang>/index.ts`) and a line here; the `Lang` type in types.ts
// names it, and TypeScript then lists every piece it still lacks.
import type { Lang } from '../types';
import type { LanguagePack } from './pack';
import en from './en';
import nl from './nl';

export type { LanguagePack } from './pack';

/** Every language's pack, by language. */
export const LANGUAGES: Readonly<Record<Lang, LanguagePack>> = { en, nl };

/** The languages, in a fixed order. */
export const LANGS: readonly Lang[] = Object.keys(LANGUAGES) as Lang[];

/** One value per language, picked from that language's pack (at import, for constants). */
export function perLanguage<T>(pick: (pack: LanguagePack, lang: Lang) => T): Record<Lang, T> {
  return Object.fromEntries(LANGS.map((lang) => [lang, pick(LANGUAGES[lang], lang)])) as Record<Lang, T>;
}
