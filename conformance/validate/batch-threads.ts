/**
 * How many threads a `qspec validate` batch uses when `--jobs` is not given: a worker thread
 * costs a fixed start-up (its own Node.js bootstrap and loading the validator, 0.1-0.15 s of CPU;
 * then a cold JIT, ~0.3 s of CPU during which it checks files several times slower), so it is
 * started only when the batch holds well more than that much work per thread. The work is
 * estimated from what the command's stat pass already knows: a fixed cost per file (open, fstat,
 * read, close, report entry) plus a cost per byte, both in "byte equivalents". `--jobs N` given explicitly is always honoured.
 *
 * @see validate-batch.ts; docs/performance.md "Many small files"
 */

/** A file's fixed cost (system calls, set-up, its report entry) as bytes of XML checked. */
export const FILE_COST_BYTES = 1536;

/**
 * Work (in byte equivalents) per thread. Measured on an idle 2-core machine: a second thread
 * costs ~0.7 s of wall time (its start-up and a second JIT warm-up, both on cores the first
 * thread also needs) and saves half the steady-state checking, so it breaks even at ~30-40 MB of
 * work; two threads from 48 MB leave a margin (docs/performance.md "Many small files").
 */
export const BYTES_PER_THREAD = 24 * 1024 * 1024;

export interface BatchSize {
  /** Files in the batch. */
  readonly files: number;
  /** Their total size in bytes (from the stat pass). */
  readonly bytes: number;
}

/** The batch's work estimate in byte equivalents. */
export function batchWork(batch: BatchSize): number {
  return batch.bytes + batch.files * FILE_COST_BYTES;
}

/**
 * Threads for a batch: `jobs` when given; else one per `BYTES_PER_THREAD` of work, at least 1,
 * at most `cores` and never more than there are files.
 */
export function batchThreads(batch: BatchSize, cores: number, jobs?: number): number {
  if (jobs !== undefined) return jobs;
  const byWork = Math.floor(batchWork(batch) / BYTES_PER_THREAD);
  return Math.max(1, Math.min(cores, byWork, batch.files));
}

/** Smallest part of one file cut for `--jobs N` given explicitly (1 MiB; smaller files are read whole). */
export const MIN_PART_BYTES = 1024 * 1024;

/**
 * How many parts one file of `size` bytes is cut into (record-split.ts): `jobs` when given (at
 * most one per MiB), else one per core and per `BYTES_PER_THREAD` (a worker's start-up and cold
 * JIT, as above), at least 1.
 */
export function splitParts(size: number, cores: number, jobs?: number): number {
  const most = jobs ?? cores;
  const bySize = Math.floor(size / (jobs === undefined ? BYTES_PER_THREAD : MIN_PART_BYTES));
  return Math.max(1, Math.min(most, bySize));
}
