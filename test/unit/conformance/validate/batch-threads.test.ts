/**
 * The default thread count of a `qspec validate` batch (batch-threads.ts): from the batch's work
 * estimate (bytes plus a fixed cost per file), never above the cores or the files; an explicit
 * `--jobs` always wins.
 */
import { describe, expect, it } from 'vitest';
import {
  BYTES_PER_THREAD,
  batchThreads,
  batchWork,
  FILE_COST_BYTES,
} from '../../../../conformance/validate/batch-threads.js';

describe('default thread count', () => {
  it('a batch whose work is under a worker start-up stays in one thread, whatever its file count', () => {
    // 300 files of 2.5 KB (the e2e batch) and 5,000 empty files: far below one thread's share.
    expect(batchThreads({ files: 300, bytes: 300 * 2500 }, 8)).toBe(1);
    expect(5000 * FILE_COST_BYTES).toBeLessThan(2 * BYTES_PER_THREAD);
    expect(batchThreads({ files: 5000, bytes: 0 }, 8)).toBe(1);
    expect(batchThreads({ files: 1, bytes: 0 }, 8)).toBe(1);
    expect(batchThreads({ files: 0, bytes: 0 }, 8)).toBe(1);
  });

  it('one thread per BYTES_PER_THREAD of work (bytes plus FILE_COST_BYTES per file), up to the cores', () => {
    const files = 100;
    const perThread = BYTES_PER_THREAD - files * FILE_COST_BYTES;
    expect(batchWork({ files, bytes: 1000 })).toBe(1000 + files * FILE_COST_BYTES);
    expect(batchThreads({ files, bytes: 2 * BYTES_PER_THREAD - files * FILE_COST_BYTES - 1 }, 8)).toBe(1);
    expect(batchThreads({ files, bytes: 2 * BYTES_PER_THREAD - files * FILE_COST_BYTES }, 8)).toBe(2);
    expect(batchThreads({ files, bytes: perThread + 3 * BYTES_PER_THREAD }, 8)).toBe(4);
    expect(batchThreads({ files, bytes: 100 * BYTES_PER_THREAD }, 8)).toBe(8);
    expect(batchThreads({ files, bytes: 100 * BYTES_PER_THREAD }, 2)).toBe(2);
  });

  it('never more threads than files (a few large files)', () => {
    expect(batchThreads({ files: 3, bytes: 100 * BYTES_PER_THREAD }, 8)).toBe(3);
  });

  it('--jobs given explicitly is honoured, even for a batch too small for a worker', () => {
    expect(batchThreads({ files: 2, bytes: 100 }, 8, 2)).toBe(2);
    expect(batchThreads({ files: 300, bytes: 300 * 2500 }, 2, 4)).toBe(4);
    expect(batchThreads({ files: 5000, bytes: 100 * BYTES_PER_THREAD }, 8, 1)).toBe(1);
  });
});
