/** `readFileChunks`: the file's bytes in order, one fresh buffer per chunk, nothing for an empty file. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFileChunks } from '../../../../conformance/validate/read-file-chunks.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

describe('readFileChunks', () => {
  it('yields the bytes in order, in chunks of the given size, each its own buffer', () => {
    const bytes = Buffer.from(Array.from({ length: 2500 }, (_, i) => i % 251));
    const chunks = [...readFileChunks(write('a.bin', bytes), 1000)];
    expect(chunks.map((c) => c.length)).toEqual([1000, 1000, 500]);
    expect(Buffer.concat(chunks)).toEqual(bytes);
    expect(new Set(chunks.map((c) => c.buffer)).size).toBe(3);
  });

  it('yields nothing for an empty file', () => {
    expect([...readFileChunks(write('empty.bin', Buffer.alloc(0)))]).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('closes the file when the consumer stops early', () => {
    const file = write('b.bin', Buffer.alloc(10_000));
    const fds = () => readdirSync('/proc/self/fd').length;
    const before = fds();
    for (const _ of readFileChunks(file, 100)) break;
    expect(fds()).toBe(before);
  });

  it('throws the I/O error for a missing file', () => {
    expect(() => [...readFileChunks(path.join(dir, 'nope.bin'))]).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });
});
