/**
 * Pins `formatBytes` and `MAX_INPUT_FILE_BYTES` (generator/parse/input-limits.ts): sizes in
 * size-limit messages are written in IEC binary units (IEC 80000-13: 1 KiB = 1024 bytes, 1 MiB =
 * 1024 KiB), the largest unit that divides the size exactly, else plain bytes; the input file
 * limit is 8 MiB (docs/security.md).
 */
import { describe, expect, it } from 'vitest';
import { formatBytes, MAX_INPUT_FILE_BYTES } from '../../../generator/parse/input-limits.js';

describe('formatBytes', () => {
  it.each([
    [8 * 1024 * 1024, '8 MiB'],
    [1024 * 1024, '1 MiB'],
    [3 * 1024 * 1024 + 1024, '3073 KiB'],
    [2048, '2 KiB'],
    [1024, '1 KiB'],
    [1536, '1536 bytes'],
    [1000, '1000 bytes'],
  ])('%d bytes is written %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it('the input file limit is 8 MiB', () => {
    expect(MAX_INPUT_FILE_BYTES).toBe(8_388_608);
    expect(formatBytes(MAX_INPUT_FILE_BYTES)).toBe('8 MiB');
  });
});
