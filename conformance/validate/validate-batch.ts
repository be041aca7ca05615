/**
 * `qspec validate` over many files: the targets are compiled once, each file is read whole and
 * checked synchronously (validate-file-whole.ts), and the results come back in argument order for
 * the report to be formatted and written once. With `jobs > 1` the files are shared out in small
 * slices between this thread and `jobs - 1` worker threads (validate-worker.ts), each checking with
 * the same code and the same targets; the results are put back in argument order, so the output
 * is identical to `--jobs 1`. One large file is cut between records instead, a part per thread
 * (record-split.ts), with the verdict one thread gives. How many threads the command uses by
 * default: batch-threads.ts (many files), record-split.ts `splitParts` (one file).
 *
 * @see validate-range.ts (one thread's share); docs/performance.md "Many small files"
 */
import { availableParallelism } from 'node:os';
import { NotRegularFileError } from '../../generator/errors.js';
import type { FileResult } from './format-validate-report.js';
import { ReadScratch } from './validate-file-whole.js';
import type { BatchWorkers } from './validate-parallel.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, type TargetTable, targetKeyOf, validateRange } from './validate-range.js';

export {
  type BatchEntry,
  type BatchFile,
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
  /** Hears how a single file was cut (QSPEC_DEBUG). */
  note?: (message: string) => void,
): Promise<BatchOutcome> {
  if (workers && workers.size > 0 && files.length === 1) {
    // One file and workers started for it: cut between records, a part per thread (record-split.ts).
    // A file that cannot be read is left to the ordinary path below, which reports it as always.
    const { validateRecordSplit } = await import('./record-split.js');
    const f = files[0]!;
    const split = await validateRecordSplit(f, table, options, workers).catch((e: unknown) => {
      if (e instanceof NotRegularFileError || typeof (e as NodeJS.ErrnoException).code === 'string') return undefined;
      throw e;
    });
    const target = table[f.key ?? targetKeyOf(f.abs)];
    note?.(
      split === undefined
        ? 'not cut: read on one thread'
        : `cut into ${split.parts} parts: ${split.parallel ? 'every part clean' : 'a part not clean: read on one thread'}`,
    );
    if (split && target) return { results: [{ file: f.shown, target: target.label, verdict: split.verdict }] };
  }
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
