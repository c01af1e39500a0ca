// The real command with the real analyzer, spawned as a user would run it (`npm run check` runs
// `tsx src/cli/main.ts`; this spawns `node --import tsx src/cli/main.ts`, the same thing without
// npm's banner). Fixtures are written here, into a temp dir.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FileResult } from '../../src/cli/format';
import { MAX_INPUT_BYTES } from '../../src/cli/inputs';

const ROOT = resolve(import.meta.dirname, '../..');
const SPAWN_TIMEOUT = 60_000;

const AI_EN = `In today's fast-paced digital landscape, businesses need solutions that truly make a difference. Our innovative platform seamlessly integrates with your existing workflow, empowering teams to unlock their full potential.

It's not just a tool — it's a game-changer. Whether you're a startup or an enterprise, our cutting-edge technology helps you elevate your brand to new heights. The result? Unparalleled efficiency and seamless collaboration.

Let's be honest: in a world of endless options, you deserve a partner that delivers. Delve into a rich tapestry of features designed to streamline your processes and drive growth. In conclusion, our comprehensive solution is the key to unlocking success. Contact us today to embark on your journey.
`;

const AI_NL = `In de snel veranderende wereld van vandaag is het cruciaal om naadloos in te spelen op de behoeften van je klanten. Ons innovatieve platform tilt je bedrijf naar een hoger niveau.

Het is niet zomaar een tool, maar een echte game-changer. Of je nu een startup bent of een multinational, onze oplossingen helpen je om je volledige potentieel te ontgrendelen. Het resultaat? Een ongeëvenaarde ervaring en écht naadloze samenwerking.

Laten we eerlijk zijn: in een wereld vol mogelijkheden verdien je een partner die levert. Kortom, onze allesomvattende oplossing is de sleutel tot succes. Neem vandaag nog contact op en ontdek de mogelijkheden.
`;

const HUMAN_NL_MD = `# Bakkerij Kerkstraat

Wij bakken brood in een **houtgestookte oven** aan de Kerkstraat 14 in Utrecht, zes dagen per week. De eerste broden komen om 6.40 uur uit de oven.

Een zuurdesembol kost € 4,80; het roggebrood met zonnebloempitten kost € 5,20 en is op zaterdag rond twaalf uur uitverkocht. Marieke begon de bakkerij in 2009, na twaalf jaar als verpleegkundige op de kinderafdeling van het Diakonessenhuis. Ze kneedt het roggebrood nog altijd zelf, met de hand, in een eikenhouten trog die ze van haar opa kreeg.

- Op maandag zijn we dicht, en in de laatste twee weken van juli ook, als de oven opnieuw wordt bekleed.
- Wil je een taart voor een verjaardag? Bel dan vóór donderdag naar [030-2345678](tel:0302345678) en zeg met hoeveel mensen jullie zijn.

\`\`\`
naadloos innovatief cruciaal ontgrendelen
\`\`\`
`;

const HTML = `<!doctype html>
<html><head><title>Seamless innovative solutions</title><script>var s = "unlock your full potential";</script></head>
<body>
<nav><a href="/">Home</a></nav>
<h1>Kerkstraat Bakery</h1>
<p>In today's fast-paced digital landscape, we bake bread in a wood-fired oven at Kerkstraat 14 in Utrecht, six days a week. The first loaves come out at 6:40.</p>
<p>A sourdough boule costs €4.80; the rye with sunflower seeds is €5.20 and sells out by noon on Saturdays. Marieke started the bakery in 2009 after twelve years as a nurse on the children's ward. She still kneads the rye by hand, in an oak trough she got from her grandfather.</p>
<p hidden>Our seamless solutions unlock unparalleled synergy.</p>
<p>We close on Mondays, and in the last two weeks of July, when the oven gets relined. Want a cake for a birthday? Call 030-2345678 before Thursday and tell us how many people are coming.</p>
</body></html>
`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; resolves with exit code and output. `uid` runs it as another user (root only). */
function cli(args: string[], options: { stdin?: string | Buffer; env?: Record<string, string>; uid?: number } = {}): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), ...options.env },
      ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    // The CLI stops reading stdin at the size limit; the rest of what is written then has nowhere to go.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.stdin ?? '');
  });
}

/** No error path may print a stack trace or Node's own crash output. */
function expectNoTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/Error:|node:internal|\.ts:\d+/);
}

let dir: string;
const path = (name: string): string => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'middelmaat-cli-'));
  // Readable for the other user the permission test runs as.
  chmodSync(dir, 0o755);
  writeFileSync(path('ai-en.txt'), AI_EN);
  writeFileSync(path('ai-nl.txt'), AI_NL);
  writeFileSync(path('human-nl.md'), HUMAN_NL_MD);
  writeFileSync(path('bakery.html'), HTML);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run check', () => {
  it('--json: one array of {file, format, ...Report}; every finding points at its own text in the file', { timeout: SPAWN_TIMEOUT }, async () => {
    const run = await cli(['--json', path('ai-en.txt'), path('human-nl.md'), path('bakery.html')]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = JSON.parse(run.stdout) as FileResult[];
    expect(results.map((result) => [result.file, result.format, result.lang])).toEqual([
      [path('ai-en.txt'), 'text', 'en'],
      [path('human-nl.md'), 'markdown', 'nl'],
      [path('bakery.html'), 'html', 'en'],
    ]);
    for (const result of results) {
      expect(result.schema).toBe(1);
      expect(result.langSource).toBe('detected');
      expect(typeof result.score).toBe('number');
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(100);
      expect(['low', 'medium', 'high']).toContain(result.verdict);
      expect(result.stats.words).toBeGreaterThan(50);
      expect(Array.isArray(result.signals)).toBe(true);
    }
    // Copy that is all stock phrases scores above copy full of names, prices and times.
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score as number);
    expect(results[0]?.findings.length).toBeGreaterThan(5);

    const source = readFileSync(path('ai-en.txt'), 'utf8');
    for (const finding of results[0]?.findings ?? []) {
      expect(source.slice(finding.source.start, finding.source.end)).toBe(finding.actual);
      const lineText = source.split('\n')[finding.source.line - 1] ?? '';
      expect(lineText.slice(finding.source.column - 1)).toMatch(new RegExp(`^${escape(finding.actual.split('\n')[0] ?? '')}`));
    }
    // The code block of the Markdown is not copy: its AI words must not be found.
    const markdown = results[1] as FileResult;
    const markdownSource = readFileSync(path('human-nl.md'), 'utf8');
    const codeStart = markdownSource.indexOf('```');
    expect(markdown.findings.every((finding) => finding.source.start < codeStart)).toBe(true);
    for (const finding of markdown.findings) {
      expect(markdownSource.slice(finding.source.start, finding.source.end).replace(/\*\*|\[|\]\([^)]*\)/g, '').replace(/\n- /g, '\n')).toBe(finding.actual);
    }
    // The HTML's head, script and hidden paragraph are not visible copy.
    const html = results[2] as FileResult;
    expect(html.findings.some((finding) => /[Ss]eamless|unlock|synergy|unparalleled/.test(finding.actual))).toBe(false);
    const stockPhrase = html.findings.find((finding) => finding.actual.startsWith("In today's fast-paced"));
    expect(stockPhrase?.source).toMatchObject({ line: 6, column: 4 });
  });

  it('text output: the file, one "line:col  rule  message  → way out" line per finding, what drove the score, then the score', { timeout: SPAWN_TIMEOUT }, async () => {
    const run = await cli([path('ai-en.txt')]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(path('ai-en.txt'));
    const findingLines = lines.slice(1, -2);
    expect(findingLines.length).toBeGreaterThan(5);
    for (const line of findingLines) expect(line).toMatch(/^ {2}\d+:\d+ +[a-z0-9-]+ {2,}\S.*$/);
    expect(findingLines.some((line) => line.includes('  → '))).toBe(true);
    expect(lines.at(-2)).toMatch(/^ {2}driven by [a-z-]+ [+−]\d+(, [a-z-]+ [+−]\d+){0,2}$/);
    expect(lines.at(-1)).toMatch(/^ {2}score \d+\/100 (low|medium|high) · en \(detected\) · \d+ words, \d+ findings$/);
    // Piped output carries no colour codes; FORCE_COLOR asks for them, NO_COLOR wins.
    expect(run.stdout).not.toContain('\u001b[');
    const coloured = await cli([path('ai-en.txt')], { env: { FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
  });

  it('--lang: detects Dutch by default; a given language is used and reported as given', { timeout: SPAWN_TIMEOUT }, async () => {
    const [auto, forced] = await Promise.all([
      cli(['--json', path('ai-nl.txt')]),
      cli(['--json', '--lang', 'en', path('ai-nl.txt')]),
    ]);
    const detected = (JSON.parse(auto.stdout) as FileResult[])[0];
    expect(detected).toMatchObject({ lang: 'nl', langSource: 'detected' });
    expect(detected?.findings.some((finding) => finding.lang === 'nl')).toBe(true);
    expect((JSON.parse(forced.stdout) as FileResult[])[0]).toMatchObject({ lang: 'en', langSource: 'option' });
  });

  it('--fail-above: exit 0 at or under the threshold, exit 1 above it with the file named on stderr', { timeout: SPAWN_TIMEOUT }, async () => {
    const first = await cli(['--json', path('ai-nl.txt')]);
    const score = (JSON.parse(first.stdout) as FileResult[])[0]?.score as number;
    expect(score).toBeGreaterThan(0);
    const [atScore, belowScore] = await Promise.all([
      cli(['--fail-above', String(score), path('ai-nl.txt')]),
      cli(['--fail-above', String(score - 1), path('ai-nl.txt')]),
    ]);
    expect(atScore.code).toBe(0);
    expect(atScore.stderr).toBe('');
    expect(belowScore.code).toBe(1);
    expect(belowScore.stderr).toBe(`middelmaat: 1 input scored above ${score - 1}: ${path('ai-nl.txt')} (${score})\n`);
    expect(belowScore.stdout).toContain(`score ${score}/100`);
  });

  it('reads stdin with -, judged the same as the file', { timeout: SPAWN_TIMEOUT }, async () => {
    const [fromStdin, fromFile] = await Promise.all([cli(['--json', '-'], { stdin: AI_EN }), cli(['--json', path('ai-en.txt')])]);
    const stdinResult = (JSON.parse(fromStdin.stdout) as FileResult[])[0];
    const fileResult = (JSON.parse(fromFile.stdout) as FileResult[])[0];
    expect(stdinResult?.file).toBe('<stdin>');
    expect(stdinResult?.score).toBe(fileResult?.score);
    expect(stdinResult?.findings.map((finding) => finding.actual)).toEqual(fileResult?.findings.map((finding) => finding.actual));
  });

  it('refuses stdin past the size limit without buffering all of it', { timeout: SPAWN_TIMEOUT }, async () => {
    const run = await cli(['-'], { stdin: Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('middelmaat: <stdin>: too large: over the limit of 5 MB per input — split the file\n');
  });

  it('a directory mixing good and bad files: good ones judged, one stderr line per bad one, exit 2', { timeout: SPAWN_TIMEOUT }, async () => {
    const tree = path('mixed');
    mkdirSync(join(tree, 'node_modules', 'pkg'), { recursive: true });
    mkdirSync(join(tree, 'sub'), { recursive: true });
    writeFileSync(join(tree, 'a-good.txt'), AI_EN);
    writeFileSync(join(tree, 'sub', 'b-good.md'), HUMAN_NL_MD);
    writeFileSync(join(tree, 'binary.txt'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    writeFileSync(join(tree, 'latin1.txt'), Buffer.from('Een café met crème brûlée', 'latin1'));
    writeFileSync(join(tree, 'empty.md'), '');
    // 50 MB, sparse: refused by its size before a byte is read, so the test writes nothing big.
    const huge = openSync(join(tree, 'huge.txt'), 'w');
    ftruncateSync(huge, 50 * 1024 * 1024);
    closeSync(huge);
    writeFileSync(join(tree, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    writeFileSync(join(tree, 'node_modules', 'pkg', 'README.md'), AI_EN);
    const run = await cli(['--json', tree, path('does-not-exist.md')]);
    expect(run.code).toBe(2);
    expectNoTrace(run);
    const results = JSON.parse(run.stdout) as FileResult[];
    expect(results.map((result) => result.file)).toEqual([join(tree, 'a-good.txt'), join(tree, 'empty.md'), join(tree, 'sub', 'b-good.md')]);
    // An empty file is judged: no score, and the reason says why.
    expect(results[1]).toMatchObject({ score: null, verdict: null, reason: 'empty' });
    expect(run.stderr.trimEnd().split('\n').sort()).toEqual(
      [
        `middelmaat: ${path('does-not-exist.md')}: no such file or directory`,
        `middelmaat: ${join(tree, 'binary.txt')}: binary file (NUL byte at offset 2); only text, Markdown and HTML are read`,
        `middelmaat: ${join(tree, 'huge.txt')}: too large: 50.0 MB; the limit is 5 MB per input — split the file`,
        `middelmaat: ${join(tree, 'latin1.txt')}: not valid UTF-8 (first bad byte at offset 7); save it as UTF-8`,
      ].sort(),
    );
  });

  it('an empty file in text output says there is no score and why, with exit 0', { timeout: SPAWN_TIMEOUT }, async () => {
    writeFileSync(path('blank.txt'), '\n  \n');
    const run = await cli([path('blank.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no score: the text is empty');
  });

  it('a file without read permission: named on stderr, exit 2, the other file still judged', { timeout: SPAWN_TIMEOUT }, async (context) => {
    writeFileSync(path('secret.txt'), AI_EN);
    chmodSync(path('secret.txt'), 0o000);
    // Root reads any file regardless of its mode, so as root the CLI runs as `nobody` instead.
    const asRoot = process.getuid?.() === 0;
    if (asRoot) {
      // `nobody` must reach the checkout and its node_modules (a clone under `mktemp -d` is 0700).
      const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(join(ROOT, 'node_modules/tsx/package.json'))})`], { uid: 65534 });
      if (probe.status !== 0) {
        console.warn(`cli permission test skipped: running as root, and user nobody cannot read ${ROOT} (a directory above it is closed to others), so no user here can be denied the file`);
        context.skip();
      }
    }
    const run = await cli([path('secret.txt'), path('ai-nl.txt')], asRoot ? { uid: 65534 } : {});
    expect(run.stderr).toBe(`middelmaat: ${path('secret.txt')}: permission denied (cannot read it)\n`);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain(path('ai-nl.txt'));
    expect(run.stdout).toMatch(/score \d+\/100/);
  });

  it('usage errors: one stderr line, exit 2, no trace; --help and --version exit 0', { timeout: SPAWN_TIMEOUT }, async () => {
    const [unknown, badThreshold, badLang, none, help, version] = await Promise.all([
      cli(['--verbose', path('ai-en.txt')]),
      cli(['--fail-above', 'lots', path('ai-en.txt')]),
      cli(['--lang', 'de', path('ai-en.txt')]),
      cli([]),
      cli(['--help']),
      cli(['--version']),
    ]);
    for (const [run, message] of [
      [unknown, "middelmaat: unknown option '--verbose' (see --help; put -- before a file name that starts with -)"],
      [badThreshold, "middelmaat: option --fail-above must be a number from 0 to 100 (got 'lots')"],
      [badLang, "middelmaat: option --lang must be nl, en or auto (got 'de')"],
      [none, 'middelmaat: no input given: name files, directories, or - for stdin (see --help)'],
    ] as const) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`${message}\n`);
    }
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout).toBe(`middelmaat ${manifest.version}\n`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
