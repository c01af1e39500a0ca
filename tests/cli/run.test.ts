// The CLI's logic in-process, with a predictable stand-in analyzer: options, exit codes, errors,
// output shapes. cli.test.ts spawns the real command with the real analyzer.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { wantsColor } from '../../src/cli/format';
import { EXIT, runCli, type Analyze } from '../../src/cli/run';
import { fakeAnalyze } from './fake-analyzer';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'middelmaat-run-'));
  writeFileSync(join(dir, 'two.txt'), 'A seamless start and a seamless end, said nobody.\n');
  writeFileSync(join(dir, 'none.txt'), 'Plain words about bread and ovens.\n');
  writeFileSync(join(dir, 'page.md'), '# Title\n\nSome **seamless** text here.\n');
  writeFileSync(join(dir, 'page.html'), '<html><head><title>seamless</title></head><body>\n<p>Our <b>seamless</b> flow.</p>\n<script>seamless()</script></body></html>');
  writeFileSync(join(dir, 'boom.txt'), 'this makes it KABOOM now');
  writeFileSync(join(dir, 'short.txt'), 'seamless');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(argv: string[], analyze: Analyze = fakeAnalyze, env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = runCli(
    {
      argv,
      stdout: (text) => void (stdout += text),
      stderr: (text) => void (stderr += text),
      env,
      stdoutIsTTY: false,
      version: '9.9.9',
    },
    analyze,
  );
  return { code, stdout, stderr };
}

describe('parseArgs', () => {
  it('reads flags, values in both spellings, and operands in order', () => {
    const parsed = parseArgs(['--json', '--lang', 'nl', '--fail-above=40', 'a.md', '-', 'dir']);
    expect(parsed).toEqual({ ok: true, options: { json: true, lang: 'nl', failAbove: 40, help: false, version: false, inputs: ['a.md', '-', 'dir'] } });
  });

  it('takes everything after -- as a file, even names that look like options', () => {
    const parsed = parseArgs(['--', '--json', '-x']);
    expect(parsed.ok && parsed.options.inputs).toEqual(['--json', '-x']);
    expect(parsed.ok && parsed.options.json).toBe(false);
  });

  it.each([
    [['--colour'], "unknown option '--colour'"],
    [['-x'], "unknown option '-x'"],
    [['--lang', 'de'], "--lang must be nl, en or auto (got 'de')"],
    [['--lang'], '--lang needs a value'],
    [['--fail-above'], '--fail-above needs a number'],
    [['--fail-above', 'abc'], "--fail-above must be a number from 0 to 100 (got 'abc')"],
    [['--fail-above', '101'], "(got '101')"],
    [['--fail-above', '-5'], "(got '-5')"],
    [['--fail-above', '1e2'], "(got '1e2')"],
    [['--fail-above', '--json'], '--fail-above needs a number'],
    [['--json=yes'], '--json takes no value'],
  ])('refuses %j with a message naming the problem', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toContain(message);
  });

  it('accepts decimal thresholds at both ends of the range', () => {
    for (const value of ['0', '100', '42.5']) {
      const parsed = parseArgs(['--fail-above', value, 'x']);
      expect(parsed.ok && parsed.options.failAbove).toBe(Number(value));
    }
  });
});

describe('wantsColor', () => {
  it('colours a terminal only, and never with NO_COLOR', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(true, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('runCli', () => {
  it('prints help and version on stdout with exit 0', () => {
    const help = run(['--help']);
    expect(help.code).toBe(EXIT.ok);
    expect(help.stdout).toContain('Usage: npm run check');
    expect(help.stdout).toContain('--fail-above N');
    expect(help.stdout).toContain('5 MB');
    expect(run(['--version']).stdout).toBe('middelmaat 9.9.9\n');
  });

  it('refuses a usage error with one stderr line and exit 2, judging nothing', () => {
    const result = run(['--bogus', join(dir, 'two.txt')]);
    expect(result.code).toBe(EXIT.inputError);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain("unknown option '--bogus'");
  });

  it('asks for input when none is named', () => {
    const result = run([]);
    expect(result.code).toBe(EXIT.inputError);
    expect(result.stderr).toContain('no input given');
  });

  it('prints a finding as line:col, rule, message, and the way out', () => {
    const result = run([join(dir, 'two.txt')]);
    expect(result.code).toBe(EXIT.ok);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(join(dir, 'two.txt'));
    expect(lines[1]).toBe("  1:3   ai-vocabulary  'seamless' is overused  → 'smooth'");
    expect(lines[2]).toBe("  1:24  ai-vocabulary  'seamless' is overused  → 'smooth'");
    expect(lines[3]).toBe('  driven by ai-vocabulary +20');
    expect(lines[4]).toBe('  score 20/100 low · en (detected) · 9 words, 2 findings');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours only when asked by the environment, and NO_COLOR wins', () => {
    expect(run([join(dir, 'two.txt')], fakeAnalyze, { FORCE_COLOR: '1' }).stdout).toContain('\u001b[');
    expect(run([join(dir, 'two.txt')], fakeAnalyze, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toContain('\u001b[');
  });

  it('says why there is no score', () => {
    const result = run([join(dir, 'short.txt')]);
    expect(result.stdout).toContain('no score: too short to judge (1 words)');
    expect(result.code).toBe(EXIT.ok);
  });

  it('locates Markdown and HTML findings in the original file, not in the extracted prose', () => {
    const result = run(['--json', join(dir, 'page.md'), join(dir, 'page.html')]);
    const [markdown, html] = JSON.parse(result.stdout) as Array<{ format: string; findings: Array<{ source: { line: number; column: number } }> }>;
    expect(markdown?.format).toBe('markdown');
    expect(markdown?.findings.map((finding) => finding.source)).toEqual([{ start: 16, end: 24, line: 3, column: 8 }]);
    // The <title> and <script> are not visible copy: only the paragraph's word counts.
    expect(html?.format).toBe('html');
    expect(html?.findings).toHaveLength(1);
    expect(html?.findings[0]?.source).toMatchObject({ line: 2, column: 11 });
  });

  it('--json prints one array of {file, format, ...report} in input order', () => {
    const result = run(['--json', '--lang', 'en', join(dir, 'two.txt'), join(dir, 'none.txt')]);
    const parsed = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
    expect(parsed.map((entry) => entry.file)).toEqual([join(dir, 'two.txt'), join(dir, 'none.txt')]);
    expect(Object.keys(parsed[0] ?? {})).toEqual(
      expect.arrayContaining(['file', 'format', 'schema', 'lang', 'langSource', 'score', 'verdict', 'signals', 'findings', 'stats']),
    );
    expect(parsed[0]?.langSource).toBe('option');
  });

  it('--fail-above exits 1 only when a score is above the threshold, and names the file', () => {
    expect(run(['--fail-above', '20', join(dir, 'two.txt')]).code).toBe(EXIT.ok);
    const over = run(['--fail-above', '19.5', join(dir, 'two.txt'), join(dir, 'none.txt')]);
    expect(over.code).toBe(EXIT.failAbove);
    expect(over.stderr).toBe(`middelmaat: 1 input scored above 19.5: ${join(dir, 'two.txt')} (20)\n`);
  });

  it('input errors win over --fail-above (exit 2), and the good file is still judged', () => {
    const result = run(['--fail-above', '0', join(dir, 'two.txt'), join(dir, 'missing.txt')]);
    expect(result.code).toBe(EXIT.inputError);
    expect(result.stderr).toContain(`middelmaat: ${join(dir, 'missing.txt')}: no such file or directory`);
    expect(result.stdout).toContain('score 20/100');
  });

  it('reports an analyzer failure as a one-line error for that input and judges the rest', () => {
    const result = run([join(dir, 'boom.txt'), join(dir, 'two.txt')]);
    expect(result.code).toBe(EXIT.inputError);
    expect(result.stderr).toBe(`middelmaat: ${join(dir, 'boom.txt')}: the analyzer failed on this input (a bug; please report it): boom\n`);
    expect(result.stdout).toContain(join(dir, 'two.txt'));
    expect(result.stdout).toContain('1 input judged, 1 low, 1 could not be read');
  });

  it('walks a directory in sorted order and skips node_modules and hidden folders', () => {
    const tree = join(dir, 'tree');
    mkdirSync(join(tree, 'b', 'node_modules'), { recursive: true });
    mkdirSync(join(tree, '.cache'), { recursive: true });
    writeFileSync(join(tree, 'b', 'z.md'), 'seamless words here');
    writeFileSync(join(tree, 'b', 'node_modules', 'x.md'), 'seamless words here');
    writeFileSync(join(tree, '.cache', 'x.md'), 'seamless words here');
    writeFileSync(join(tree, 'a.txt'), 'seamless words here');
    writeFileSync(join(tree, 'c.pdf'), 'seamless words here');
    const result = run(['--json', tree]);
    expect((JSON.parse(result.stdout) as Array<{ file: string }>).map((entry) => entry.file)).toEqual([join(tree, 'a.txt'), join(tree, 'b', 'z.md')]);
    expect(result.code).toBe(EXIT.ok);
  });

  it('names a directory without any judgeable file', () => {
    const empty = join(dir, 'empty-dir');
    mkdirSync(empty);
    const result = run([empty]);
    expect(result.code).toBe(EXIT.inputError);
    expect(result.stderr).toContain(`middelmaat: ${empty}: no .txt, .md, .markdown, .html, .htm files in this directory`);
  });
});
