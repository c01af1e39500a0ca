// Reads the labelled corpus that lives beside the repository (../shared/corpus), never inside it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Lang } from '../analyzer/types';

/** One labelled text of the corpus (see ../shared/corpus/README.md). */
export interface CorpusRow {
  id: string;
  lang: Lang;
  label: 'human' | 'ai';
  genre: string;
  source: string;
  model: string | null;
  text: string;
}

const here = dirname(fileURLToPath(import.meta.url));

/** Where the dev corpus is expected: MIDDELMAAT_CORPUS, or ../shared/corpus/dev.jsonl beside the repository. */
export function devCorpusPath(): string {
  return process.env.MIDDELMAAT_CORPUS ?? resolve(here, '../../../shared/corpus/dev.jsonl');
}

/** Loads the dev corpus, or returns null when it is not there (a fresh clone without ../shared). */
export function loadDevCorpus(path = devCorpusPath()): CorpusRow[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      try {
        return JSON.parse(line) as CorpusRow;
      } catch (error) {
        throw new Error(`${path}:${index + 1}: not valid JSON (${(error as Error).message})`);
      }
    });
}

/**
 * The source group of a text: a GitHub repository (owner/name), a web host, a dataset, or — for
 * copy generated for the corpus — the generating model. Every text of one group goes into the same
 * cross-validation fold, so a house style cannot leak from training into testing.
 */
export function sourceGroup(row: CorpusRow): string {
  const source = row.source.trim();
  if (source.startsWith('generated')) return `generated:${row.model ?? 'unknown'}`;
  const url = /^https?:\/\/([^/]+)/.exec(source);
  if (url) return url[1]!.replace(/^www\./, '');
  const repository = /^([\w.-]+\/[\w.-]+):/.exec(source);
  if (repository) return repository[1]!;
  return source.split(/[\s:@]/)[0] ?? source;
}
