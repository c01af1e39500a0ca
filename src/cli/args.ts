import type { LangOption } from '../analyzer/types';

/** What the command line asked for, after validation. */
export interface CliOptions {
  /** Print one JSON array instead of linter-like text. */
  json: boolean;
  /** Language passed to the analyzer for every input. */
  lang: LangOption;
  /** Exit with code 1 when any score is above this; null when not asked. */
  failAbove: number | null;
  /** Print usage and exit. */
  help: boolean;
  /** Print the version and exit. */
  version: boolean;
  /** Files, directories and `-` (stdin), in the order given. */
  inputs: string[];
}

/** The outcome of reading argv: options, or one line saying what is wrong with them. */
export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

const LANGS: readonly LangOption[] = ['nl', 'en', 'auto'];

/** Reads argv (without node and the script) into options; never throws. `--` ends the options. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { json: false, lang: 'auto', failAbove: null, help: false, version: false, inputs: [] };
  let index = 0;
  // Each option that takes a value accepts both `--name value` and `--name=value`.
  const takeValue = (name: string, inline: string | undefined): string | null => {
    if (inline !== undefined) return inline;
    const next = argv[index + 1];
    if (next === undefined || (next.startsWith('--') && next.length > 2)) return null;
    index += 1;
    return next;
  };
  for (; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--') {
      options.inputs.push(...argv.slice(index + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      options.inputs.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
    const inline = arg.startsWith('--') && equals > 0 ? arg.slice(equals + 1) : undefined;
    const flag = (): ParsedArgs | null =>
      inline === undefined ? null : { ok: false, error: `option ${name} takes no value (got '${arg}')` };
    switch (name) {
      case '--json': {
        const problem = flag();
        if (problem) return problem;
        options.json = true;
        break;
      }
      case '-h':
      case '--help': {
        const problem = flag();
        if (problem) return problem;
        options.help = true;
        break;
      }
      case '-v':
      case '--version': {
        const problem = flag();
        if (problem) return problem;
        options.version = true;
        break;
      }
      case '--lang': {
        const value = takeValue(name, inline);
        if (value === null) return { ok: false, error: `option --lang needs a value: nl, en or auto` };
        if (!LANGS.includes(value as LangOption)) {
          return { ok: false, error: `option --lang must be nl, en or auto (got '${value}')` };
        }
        options.lang = value as LangOption;
        break;
      }
      case '--fail-above': {
        const value = takeValue(name, inline);
        if (value === null) return { ok: false, error: `option --fail-above needs a number from 0 to 100` };
        const threshold = parseThreshold(value);
        if (threshold === null) {
          return { ok: false, error: `option --fail-above must be a number from 0 to 100 (got '${value}')` };
        }
        options.failAbove = threshold;
        break;
      }
      default:
        return { ok: false, error: `unknown option '${arg}' (see --help; put -- before a file name that starts with -)` };
    }
  }
  return { ok: true, options };
}

/** A score threshold: a plain decimal number in 0–100; anything else (empty, `1e2`, `NaN`, `50%`) is refused. */
function parseThreshold(value: string): number | null {
  if (!/^\d+(\.\d+)?$/.test(value.trim())) return null;
  const number = Number(value);
  return number >= 0 && number <= 100 ? number : null;
}
