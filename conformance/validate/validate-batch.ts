/**
 * `qspec validate` over many files: the targets are compiled once, each file is read whole and
 * checked synchronously (validate-file-whole.ts), and the results come back in argument order for
 * the report to be formatted and written once. With `jobs > 1` the files are shared out in small
 * slices between this thread and `jobs - 1` worker threads (validate-worker.ts), each checking with
 * the same code and the same targets; the results are put back in argument order, so the output
 * is identical to `--jobs 1`. How many threads the command uses by default: batch-threads.ts.
 *
 * @see validate-range.ts (one thread's share); docs/performance.md "Many small files"
 */
import { availableParallelism } from 'node:os';
import type { FileResult } from './format-validate-report.js';
import { ReadScratch } from './validate-file-whole.js';
import type { BatchWorkers } from './validate-parallel.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, type TargetTable, validateRange } from './validate-range.js';

export {
  type BatchEntry,
  type BatchFile,
  notRegularMessage,
  type TargetKey,
  type TargetTable,
  targetKeyOf,
  validateRange,
} from './validate-range.js';

export type BatchOutcome = { readonly results: FileResult[] } | { readonly failure: string };

export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Validates every file; `jobs` threads in all (1: this thread only), or this thread and
 * `workers` when the caller started them ahead (it closes them). The outcome is the same whatever
 * `jobs` is: the results in argument order, or the failure of the first file (in argument order)
 * that could not be read.
 */
export async function validateBatch(
  files: readonly BatchFile[],
  table: TargetTable,
  options: PayloadOptions,
  jobs: number,
  workers?: BatchWorkers,
): Promise<BatchOutcome> {
  let entries: BatchEntry[];
  if (workers && workers.size > 0 && files.length > 1) {
    entries = (await workers.run(files, table, options)) ?? (await inProcess(files, table, options));
  } else if (jobs > 1 && files.length > 1) {
    const { validateParallel } = await import('./validate-parallel.js');
    entries = (await validateParallel(files, table, options, jobs)) ?? (await inProcess(files, table, options));
  } else {
    entries = await inProcess(files, table, options);
  }
  const results: FileResult[] = [];
  for (const e of entries) {
    if ('failure' in e) return { failure: e.failure };
    results.push(e.result);
  }
  return { results };
}

function inProcess(files: readonly BatchFile[], table: TargetTable, options: PayloadOptions): Promise<BatchEntry[]> {
  return validateRange(files, table, options, 0, files.length, new ReadScratch());
}
