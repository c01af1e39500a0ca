import { closeSync, fstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

/** Largest input the CLI reads, per file or stdin: 5 MB is far beyond any page of copy (~800k words) and still judged in seconds. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** How an input's text is turned into prose for the analyzer. */
export type InputFormat = 'text' | 'markdown' | 'html';

/** Extensions found when walking a directory, and how each is read. */
export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Directories never walked into: dependencies, VCS data, and hidden folders (build output, editor state). */
const SKIPPED_DIRECTORY = (name: string): boolean => name === 'node_modules' || name.startsWith('.');

/** One input to judge, before reading. */
export interface InputRef {
  /** How the input is named in output: the path as given or found, or `<stdin>`. */
  name: string;
  /** Path on disk; null for stdin. */
  path: string | null;
  /** How to read its text. */
  format: InputFormat;
}

/** An input the CLI could not judge, and why, in one line. */
export interface InputError {
  /** The path as given or found, or `<stdin>`. */
  name: string;
  /** Why, in a few words a person can act on. */
  reason: string;
}

/** A decoded input, ready for extraction. */
export interface DecodedInput {
  /** The input. */
  ref: InputRef;
  /** Its text, UTF-8 decoded, without a byte order mark. */
  text: string;
}

/** Name shown for standard input. */
export const STDIN_NAME = '<stdin>';

/** How a file's extension decides its format; unknown extensions of named files are read as plain text. */
export function formatOf(path: string): InputFormat {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? 'text';
}

/** Turns the command line's operands into inputs: files as given, directories walked (sorted), `-` as stdin; duplicates once. */
export function collectInputs(operands: readonly string[]): { inputs: InputRef[]; errors: InputError[] } {
  const inputs: InputRef[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (ref: InputRef): void => {
    const key = ref.path ?? STDIN_NAME;
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(ref);
  };
  for (const operand of operands) {
    if (operand === '-') {
      add({ name: STDIN_NAME, path: null, format: 'text' });
      continue;
    }
    let stats: Stats;
    try {
      stats = statSync(operand);
    } catch (error) {
      errors.push({ name: operand, reason: describeFsError(error) });
      continue;
    }
    if (stats.isDirectory()) {
      const before = inputs.length;
      walk(operand, add, errors);
      if (inputs.length === before && !errors.some((error) => error.name.startsWith(operand))) {
        errors.push({ name: operand, reason: `no ${Object.keys(FORMAT_BY_EXTENSION).join(', ')} files in this directory` });
      }
    } else {
      add({ name: operand, path: operand, format: formatOf(operand) });
    }
  }
  return { inputs, errors };
}

/** Adds every file with a known extension under `directory`, in a stable order; symlinked directories are not followed (no loops). */
function walk(directory: string, add: (ref: InputRef) => void, errors: InputError[]): void {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    errors.push({ name: directory, reason: describeFsError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORY(entry.name)) walk(path, add, errors);
      continue;
    }
    const format = FORMAT_BY_EXTENSION[extname(entry.name).toLowerCase()];
    if (!format) continue;
    if (entry.isFile() || (entry.isSymbolicLink() && isFile(path))) add({ name: path, path, format });
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Reads and decodes one input; any problem becomes a one-line reason, never an exception. */
export function readInput(ref: InputRef, stdinFd = 0): DecodedInput | InputError {
  let bytes: Buffer;
  try {
    bytes = ref.path === null ? readLimited(stdinFd) : readFileLimited(ref.path);
  } catch (error) {
    return { name: ref.name, reason: error instanceof InputTooLarge ? error.message : describeFsError(error) };
  }
  const decoded = decodeText(bytes);
  if (typeof decoded !== 'string') return { name: ref.name, reason: decoded.reason };
  return { ref, text: decoded };
}

/** Raised when an input passes the size limit; its message is the user-facing reason. */
class InputTooLarge extends Error {}

function tooLarge(size: number | null): InputTooLarge {
  const limit = `${MAX_INPUT_BYTES / 1024 / 1024} MB`;
  // A pipe's size is unknown until it has been read, and it is not read past the limit.
  if (size === null) return new InputTooLarge(`too large: over the limit of ${limit} per input — split the file`);
  return new InputTooLarge(`too large: ${formatMegabytes(size)}; the limit is ${limit} per input — split the file`);
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function readFileLimited(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stats.isFile() && stats.size > MAX_INPUT_BYTES) throw tooLarge(stats.size);
    return readLimited(fd);
  } finally {
    closeSync(fd);
  }
}

const PAUSE = new Int32Array(new SharedArrayBuffer(4));

/** Reads a descriptor to its end (pipes and devices too), refusing past the limit instead of buffering without bound. */
function readLimited(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.allocUnsafe(1 << 16);
  for (;;) {
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // Non-blocking stdin with nothing to read yet: wait a moment instead of spinning.
        Atomics.wait(PAUSE, 0, 0, 5);
        continue;
      }
      if (code === 'EOF') break;
      throw error;
    }
    if (read === 0) break;
    total += read;
    if (total > MAX_INPUT_BYTES) throw tooLarge(null);
    chunks.push(Buffer.from(chunk.subarray(0, read)));
  }
  return Buffer.concat(chunks, total);
}

/** UTF-8 text from bytes, or why the bytes are not text we can judge. */
export function decodeText(bytes: Uint8Array): string | { reason: string } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { reason: 'UTF-16 text; save it as UTF-8' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { reason: `binary file (NUL byte at offset ${nul}); only text, Markdown and HTML are read` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return { reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Byte(bytes)}); save it as UTF-8` };
  }
}

/** Offset of the first byte that breaks UTF-8, for an error message that helps find it. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index += 1;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    if (index + length > bytes.length) return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let offset = 1; offset < length; offset += 1) {
      const next = bytes[index + offset] as number;
      if ((next & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index;
    index += length;
  }
  return index;
}

/** A one-line, human reason for a file system error; never the stack. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (cannot read it)';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ELOOP':
      return 'too many symbolic links (a loop?)';
    case 'ENAMETOOLONG':
      return 'path too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error while reading';
    default:
      return `cannot read it (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}
