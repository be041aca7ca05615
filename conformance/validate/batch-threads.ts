/**
 * How many threads a `qspec validate` batch uses when `--jobs` is not given: a worker thread
 * costs a fixed start-up (its own Node.js bootstrap, loading the validator, a cold JIT: about
 * 0.3 s of CPU measured) before it checks its first file, so it is started only when the batch
 * holds at least that much work per thread. The work is estimated from what the command's stat
 * pass already knows: a fixed cost per file (open, fstat, read, close, report entry) plus a cost
 * per byte, both in "byte equivalents". `--jobs N` given explicitly is always honoured.
 *
 * @see validate-batch.ts; docs/performance.md "Many small files"
 */

/** A file's fixed cost (system calls, set-up, its report entry) as bytes of XML checked. */
export const FILE_COST_BYTES = 1536;

/** Work (in byte equivalents) each thread must get for a worker to pay for its start-up. */
export const BYTES_PER_THREAD = 16 * 1024 * 1024;

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
