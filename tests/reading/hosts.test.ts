// The extension ships without the CLI: no file it imports reaches the CLI's readers or the Markdown parser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const IMPORT = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The source file an import specifier names, or the package name for a bare specifier. */
function resolveImport(from: string, specifier: string): string {
  if (specifier.startsWith('@/')) specifier = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith('.')) specifier = resolve(dirname(from), specifier);
  else return specifier;
  for (const candidate of [specifier, `${specifier}.ts`, `${specifier}.tsx`, join(specifier, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return specifier;
}

/** Every file and package reached from the extension's entry points. */
function extensionImports(): Set<string> {
  const seen = new Set<string>();
  const queue: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx)$/.test(entry.name)) queue.push(path);
    }
  };
  walk(join(ROOT, 'entrypoints'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!file.startsWith('/') || !existsSync(file)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) queue.push(resolveImport(file, (match[1] ?? match[2])!));
  }
  return seen;
}

describe('the extension and the CLI share only the reading policy', () => {
  const reached = [...extensionImports()];

  it('the extension reaches the shared reading policy', () => {
    expect(reached).toContain(join(ROOT, 'src/reading/policy.ts'));
  });

  it('the extension never reaches the CLI, the Markdown parser or htmlparser2', () => {
    const cli = reached.filter((path) => path.startsWith(join(ROOT, 'src/cli/')) || /^(mdast|micromark|htmlparser2)/.test(path));
    expect(cli).toEqual([]);
  });
});
