// The real human web pages beside the repository (../shared/pages), read the way the CLI reads an
// HTML file, for measuring false alarms on pages with real furniture (menus, footers, contact
// blocks, opening hours). Never copied into the repository.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../analyzer/types';
import { extractProse } from '../cli/run';

/** One page of the set, read. */
export interface PageRow {
  /** Stable id from the index. */
  id: string;
  /** Language the index gives. */
  lang: Lang;
  /** Kind of page (restaurant-menu, coaching-service, …). */
  genre: string;
  /** The repository it comes from: its source group. */
  group: string;
  /** The prose the CLI reads from it. */
  text: string;
  /** The page's `lang` attribute, when it has one. */
  langHint?: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Where the pages are expected: MIDDELMAAT_PAGES, or ../shared/pages beside the repository. */
export function pagesPath(): string {
  return process.env.MIDDELMAAT_PAGES ?? resolve(here, '../../../shared/pages');
}

/** Loads and reads every page, or returns null when the set is not there (a fresh clone). */
export function loadPages(path = pagesPath()): PageRow[] | null {
  const index = resolve(path, 'index.jsonl');
  if (!existsSync(index)) return null;
  return readFileSync(index, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const entry = JSON.parse(line) as { id: string; lang: Lang; genre: string; repo: string; file: string };
      const html = readFileSync(resolve(path, entry.file), 'utf8');
      const prose = extractProse({ ref: { name: entry.file, path: null, format: 'html' }, text: html });
      const langHint = (prose as { langHint?: string }).langHint;
      return { id: entry.id, lang: entry.lang, genre: entry.genre, group: entry.repo, text: prose.text, ...(langHint ? { langHint } : {}) };
    });
}
