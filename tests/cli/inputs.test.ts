// Reading inputs: decoding, size limit, and one-line reasons for what cannot be read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeText, describeFsError, firstInvalidUtf8Byte, MAX_INPUT_BYTES, readInput } from '../../src/cli/inputs';

const dir = mkdtempSync(join(tmpdir(), 'middelmaat-inputs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decodeText', () => {
  it('decodes UTF-8 and drops a byte order mark', () => {
    expect(decodeText(Buffer.from('\ufeffcreëren, écht, zo’n 😀', 'utf8'))).toBe('creëren, écht, zo’n 😀');
  });

  it('refuses binary data, naming the first NUL byte', () => {
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toEqual({
      reason: 'binary file (NUL byte at offset 4); only text, Markdown and HTML are read',
    });
  });

  it('refuses invalid UTF-8, naming the first bad byte', () => {
    // "café" in Latin-1: é is 0xE9, which starts a three-byte sequence that never comes.
    expect(decodeText(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x21]))).toEqual({
      reason: 'not valid UTF-8 (first bad byte at offset 3); save it as UTF-8',
    });
  });

  it('recognises UTF-16 by its byte order mark', () => {
    expect(decodeText(Buffer.from([0xff, 0xfe, 0x61, 0x00]))).toEqual({ reason: 'UTF-16 text; save it as UTF-8' });
  });
});

describe('firstInvalidUtf8Byte', () => {
  it.each([
    [[0x61, 0x62], 2],
    [[0xc3, 0xa9, 0x80], 2], // stray continuation byte
    [[0xc0, 0xaf], 0], // overlong
    [[0xed, 0xa0, 0x80], 0], // UTF-16 surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
    [[0x61, 0xe2, 0x82], 1], // truncated at the end
    [[0xf0, 0x9f, 0x98, 0x80, 0xff], 4],
  ])('%j → %i', (bytes, offset) => {
    expect(firstInvalidUtf8Byte(Uint8Array.from(bytes))).toBe(offset);
  });
});

describe('readInput', () => {
  it('refuses a file over the limit before reading it, naming size and limit', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61));
    expect(readInput({ name: 'big.txt', path, format: 'text' })).toEqual({
      name: 'big.txt',
      reason: 'too large: 5.0 MB; the limit is 5 MB per input — split the file',
    });
  });

  it('reads a file exactly at the limit', () => {
    const path = join(dir, 'limit.txt');
    writeFileSync(path, Buffer.alloc(MAX_INPUT_BYTES, 0x61));
    const read = readInput({ name: 'limit.txt', path, format: 'text' });
    expect('text' in read && read.text.length).toBe(MAX_INPUT_BYTES);
  });

  it('names a missing file and a directory given as a file', () => {
    expect(readInput({ name: 'nope', path: join(dir, 'nope'), format: 'text' })).toEqual({ name: 'nope', reason: 'no such file or directory' });
    expect(readInput({ name: 'dir', path: dir, format: 'text' })).toEqual({ name: 'dir', reason: 'is a directory' });
  });
});

describe('describeFsError', () => {
  it('turns error codes into plain reasons, never a stack', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied (cannot read it)');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EWEIRD' }))).toBe('cannot read it (EWEIRD)');
    expect(describeFsError('odd')).toBe('cannot read it (odd)');
  });
});
