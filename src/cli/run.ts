import type { AnalyzeOptions, Report } from '../analyzer/types';
import { parseArgs } from './args';
import { formatFileText, formatInputError, formatJson, formatScore, formatSummary, makeStyles, wantsColor, type FileResult } from './format';
import { extractHtmlText, HtmlTooDeep } from './html';
import { collectInputs, MAX_INPUT_BYTES, readInput, type DecodedInput, type InputError } from './inputs';
import { extractMarkdownText } from './markdown';
import { identityText, LineIndex, locate, type SourceText } from './source-text';

/** Exit codes, as documented in `--help` and the README. */
export const EXIT = {
  /** Every input judged; none above `--fail-above`. */
  ok: 0,
  /** A score was above `--fail-above`. */
  failAbove: 1,
  /** A usage error, or an input that could not be judged (takes precedence over 1). */
  inputError: 2,
} as const;

/** The analyzer as the CLI calls it; injected so the CLI's logic can be tested without it. */
export type Analyze = (text: string, options?: AnalyzeOptions) => Report;

/** Everything the CLI touches outside itself. */
export interface CliIo {
  /** Arguments after the script name. */
  argv: readonly string[];
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Environment, for NO_COLOR / FORCE_COLOR. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether standard output is a terminal. */
  stdoutIsTTY: boolean | undefined;
  /** Descriptor of standard input (0 unless a test says otherwise). */
  stdinFd?: number;
  /** The package version, for `--version`. */
  version: string;
}

/** Usage text for `--help`. */
export const HELP = `Usage: npm run check -- [options] <file|dir|->...

Judges how predictable, generic and AI-sounding marketing copy reads (Dutch or English),
like a linter: one line per finding, then a score from 0 (specific) to 100 (predictable).

Inputs:
  file       .txt (as is), .md/.markdown (prose only), .html/.htm (copy only, as the extension
             reads a page: menus, footers, contact blocks, hours and prices left out);
             any other named file is read as plain text
  dir        walked recursively for those extensions; node_modules and hidden folders are skipped
  -          standard input, as plain text
  Inputs must be UTF-8 text of at most ${MAX_INPUT_BYTES / 1024 / 1024} MB each.

Options:
  --json             print one JSON array: {file, format, ...report} per judged input
  --lang nl|en|auto  language of the copy (default: auto, detected per input)
  --fail-above N     exit with 1 when any score is above N (0–100), for CI
  -h, --help         show this help
  -v, --version      show the version

Exit codes:
  0  every input judged, no score above --fail-above
  1  a score is above --fail-above
  2  a usage error, or an input could not be read (missing, unreadable, binary, not UTF-8,
     too large); the other inputs are still judged. 2 wins over 1.
Colour only on a terminal; NO_COLOR turns it off.
`;

/** Turns decoded input into the prose the analyzer reads, with its map back into the file. */
export function extractProse(input: DecodedInput): SourceText & { langHint?: string } {
  switch (input.ref.format) {
    case 'html':
      return extractHtmlText(input.text);
    case 'markdown':
      return extractMarkdownText(input.text);
    default:
      return identityText(input.text);
  }
}

/** Judges one decoded input: analyse its prose, then locate every finding in the original file. */
export function judge(input: DecodedInput, analyze: Analyze, options: AnalyzeOptions): FileResult {
  const prose = extractProse(input);
  // The page's own language is a hint for detection; a language the user gave still decides.
  const report = analyze(prose.text, prose.langHint === undefined ? options : { ...options, langHint: prose.langHint });
  const lines = new LineIndex(input.text);
  return {
    file: input.ref.name,
    format: input.ref.format,
    ...report,
    findings: report.findings.map((finding) => ({ ...finding, source: locate(prose, lines, finding.span) })),
  };
}

/** Runs the CLI once and returns the exit code. Never throws: every problem becomes a line on stderr. */
export function runCli(io: CliIo, analyze: Analyze): number {
  const parsed = parseArgs(io.argv);
  if (!parsed.ok) {
    io.stderr(`middelmaat: ${parsed.error}\n`);
    return EXIT.inputError;
  }
  const options = parsed.options;
  if (options.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (options.version) {
    io.stdout(`middelmaat ${io.version}\n`);
    return EXIT.ok;
  }
  if (options.inputs.length === 0) {
    io.stderr('middelmaat: no input given: name files, directories, or - for stdin (see --help)\n');
    return EXIT.inputError;
  }

  const styles = makeStyles(!options.json && wantsColor(io.stdoutIsTTY, io.env));
  const { inputs, errors } = collectInputs(options.inputs);
  const results: FileResult[] = [];
  for (const error of errors) io.stderr(`${formatInputError(error)}\n`);
  let first = true;
  for (const ref of inputs) {
    const decoded = readInput(ref, io.stdinFd ?? 0);
    if ('reason' in decoded) {
      errors.push(decoded);
      io.stderr(`${formatInputError(decoded)}\n`);
      continue;
    }
    let result: FileResult;
    try {
      result = judge(decoded, analyze, { lang: options.lang });
    } catch (error) {
      if (error instanceof HtmlTooDeep) {
        const refused: InputError = { name: ref.name, reason: error.message };
        errors.push(refused);
        io.stderr(`${formatInputError(refused)}\n`);
        continue;
      }
      // An analyzer bug must not hide the other inputs' results, nor print a stack trace.
      const failure: InputError = { name: ref.name, reason: `the analyzer failed on this input (a bug; please report it): ${error instanceof Error ? error.message : String(error)}` };
      errors.push(failure);
      io.stderr(`${formatInputError(failure)}\n`);
      continue;
    }
    results.push(result);
    // Text output streams per file, so a long directory run shows progress.
    if (!options.json) {
      io.stdout(`${first ? '' : '\n'}${formatFileText(result, styles)}\n`);
      first = false;
    }
  }

  if (options.json) io.stdout(`${formatJson(results)}\n`);
  else {
    const summary = formatSummary(results, errors, styles);
    if (summary) io.stdout(`\n${summary}\n`);
  }

  const over = options.failAbove === null ? [] : results.filter((result) => result.score !== null && result.score > (options.failAbove as number));
  if (over.length > 0) {
    const list = over.map((result) => `${result.file} (${formatScore(result.score as number)})`).join(', ');
    io.stderr(`middelmaat: ${over.length} input${over.length === 1 ? '' : 's'} scored above ${options.failAbove}: ${list}\n`);
  }
  if (errors.length > 0) return EXIT.inputError;
  return over.length > 0 ? EXIT.failAbove : EXIT.ok;
}
