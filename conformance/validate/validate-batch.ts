/**
 * `qspec validate` over many files: the targets are compiled once, each file is read whole and
 * checked synchronously (validate-file-whole.ts), and the results come back in argument order for
 * the report to be formatted and written once. With `jobs > 1` the files are shared out in small
 * slices between this thread and `jobs - 1` worker threads (validate-worker.ts), each checking with
 * the same code and the same targets; the results are put back in argument order, so the output
 * is identical to `--jobs 1`.
 *
 * @see issue 4 "qspec validate"; docs/performance.md "Many small files"
 */
import { availableParallelism } from 'node:os';
import { NotRegularFileError } from '../../generator/errors.js';
import type { FileResult } from './format-validate-report.js';
import { ReadScratch, validateFileWholeSync } from './validate-file-whole.js';
import { type PayloadOptions, validatePayloadFile } from './validate-payload.js';
import type { ValidationTarget } from './validation-target.js';

/** Which target a file is checked against when the endpoint has several (by file name). */
export type TargetKey = 'xml' | 'json' | 'other';

export function targetKeyOf(file: string): TargetKey {
  return /\.json$/i.test(file) ? 'json' : /\.xml$/i.test(file) ? 'xml' : 'other';
}

/**
 * The target of each kind of file in the batch (only the kinds present are compiled), by
 * `TargetKey` or by a file's own `key`.
 */
export type TargetTable = Readonly<Record<string, ValidationTarget | undefined>>;

export interface BatchFile {
  /** As given on the command line (shown in the report). */
  readonly shown: string;
  readonly abs: string;
  /** The table entry to check this file against (default: `targetKeyOf(abs)`). */
  readonly key?: string;
}

/** One file's result, or the usage/I-O message that ends the command with exit 2. */
export type BatchEntry = { readonly result: FileResult } | { readonly failure: string };

export type BatchOutcome = { readonly results: FileResult[] } | { readonly failure: string };

/** Files from which worker threads are used when `--jobs` is not given. */
export const PARALLEL_MIN_FILES = 256;

export function defaultJobs(): number {
  return availableParallelism();
}

export function notRegularMessage(shown: string, kind: string): string {
  return `${shown}: not a regular file (${kind}); save the response to a file and validate that`;
}

/** Validates `files[from..to)` in this thread; stops at the first file that cannot be read. */
export async function validateRange(
  files: readonly BatchFile[],
  table: TargetTable,
  options: PayloadOptions,
  from: number,
  to: number,
  scratch: ReadScratch,
): Promise<BatchEntry[]> {
  const out: BatchEntry[] = [];
  for (let i = from; i < to; i++) {
    const f = files[i]!;
    const target = table[f.key ?? targetKeyOf(f.abs)];
    if (!target) throw new Error(`validate: no target for ${f.shown}`);
    try {
      const verdict =
        validateFileWholeSync(f.abs, target, options, scratch) ?? (await validatePayloadFile(f.abs, target, options));
      out.push({ result: { file: f.shown, target: target.label, verdict } });
    } catch (e) {
      if (e instanceof NotRegularFileError) {
        out.push({ failure: notRegularMessage(f.shown, e.kind) });
        return out;
      }
      const err = e as NodeJS.ErrnoException;
      if (typeof err.code === 'string') {
        out.push({ failure: `${f.shown}: cannot read (${err.code})` });
        return out;
      }
      throw e;
    }
  }
  return out;
}

/**
 * Validates every file; `jobs` threads in all (1: this thread only). The outcome is the same
 * whatever `jobs` is: the results in argument order, or the failure of the first file (in
 * argument order) that could not be read.
 */
export async function validateBatch(
  files: readonly BatchFile[],
  table: TargetTable,
  options: PayloadOptions,
  jobs: number,
): Promise<BatchOutcome> {
  let entries: BatchEntry[];
  if (jobs > 1 && files.length > 1) {
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
