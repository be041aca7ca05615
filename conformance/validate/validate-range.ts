/**
 * One thread's share of a `qspec validate` batch: the files `[from, to)` checked in order against
 * their targets (read whole, checked synchronously; validate-file-whole.ts), stopping at the first
 * file that cannot be read. The main thread (validate-batch.ts) and every worker thread
 * (validate-worker.ts) run this same code, so `--jobs N` reports what `--jobs 1` does. Also the
 * batch's shared types: the target table and the file and entry shapes.
 *
 * @see validate-batch.ts, validate-parallel.ts, validate-worker.ts
 */
import { NotRegularFileError } from '../../generator/errors.js';
import type { FileResult } from './format-validate-report.js';
import { type ReadScratch, validateFileWholeSync } from './validate-file-whole.js';
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

/** Why `shown` is refused when it is not a regular file (a directory, a FIFO, a device...). */
export function notRegularMessage(shown: string, kind: string): string {
  if (kind === 'a directory') return `${shown}: is a directory (give files, e.g. ${shown}/*.xml)`;
  return `${shown}: not a regular file (${kind}); save the response to a file and validate that`;
}

/** Why `shown` cannot be read, from its errno code (a missing file or folder on its path is "no such file"). */
export function unreadableMessage(shown: string, code: string | undefined): string {
  return code === 'ENOENT' || code === 'ENOTDIR'
    ? `${shown}: no such file`
    : `${shown}: cannot read (${code ?? 'unknown error'})`;
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
        out.push({ failure: unreadableMessage(f.shown, err.code) });
        return out;
      }
      throw e;
    }
  }
  return out;
}
