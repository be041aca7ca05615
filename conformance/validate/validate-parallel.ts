/**
 * Shares a `qspec validate` batch out between this thread and worker threads
 * (validate-worker.ts). The workers are started first (`BatchWorkers`, before the command loads
 * its targets, so their start-up overlaps that), then sent the batch once; every thread claims its
 * next slice of files from a counter in shared memory (batch-slices.ts) without waiting for
 * another, and each slice's entries are stored at the slice's place, so the result is in argument
 * order. A worker still starting up when this thread has claimed the last slice gets no work and
 * is stopped.
 *
 * @see validate-batch.ts
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { claimSlice, newClaimCounter } from './batch-slices.js';
import { toPortable } from './portable-target.js';
import type { SegmentOutcome } from './record-split-segment.js';
import { ReadScratch } from './validate-file-whole.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, type TargetTable, validateRange } from './validate-range.js';
import {
  VALIDATE_WORKER_URL,
  WORKER_TAG,
  type WorkerBatch,
  type WorkerReply,
  type WorkerSegment,
} from './validate-worker.js';

/**
 * The compiled worker module, or (running from the TypeScript sources, without a build) a small
 * script that registers the tsx loader in the worker first and then imports it.
 */
function workerScript(): { code: string | URL; eval: boolean } {
  const url = new URL(VALIDATE_WORKER_URL);
  if (!url.pathname.endsWith('.ts')) return { code: url, eval: false };
  // The loader's ESM entry (import.meta.resolve is missing under some test runners).
  const tsx =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(
          createRequire(import.meta.url)
            .resolve('tsx/esm/api')
            .replace(/\.cjs$/, '.mjs'),
        ).href;
  const code = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return { code, eval: true };
}

/**
 * A worker's young generation, in MB. Streaming validation keeps little alive, so a small one
 * costs nothing in speed, and each worker's peak memory stays low: a 100 MB file cut in two
 * peaked at 105 MB RSS with V8's default, 84 MB with 4 MB (1.0 against 0.93 s; 2 MB: 82 MB,
 * 0.96 s). The main thread's is kept from growing by bin/qspec.js for the same reason.
 */
export const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * Worker threads started ahead of their batch: they boot (unreferenced, so they never keep the
 * process alive by themselves) until `run` sends them the batch; `close` stops them.
 */
export class BatchWorkers {
  readonly #workers: Worker[] = [];
  /** A worker's failure: kept until `run` can report it. */
  #failure: Error | undefined;
  #onFailure: ((e: Error) => void) | undefined;
  #closed = false;

  constructor(count: number) {
    const script = workerScript();
    for (let i = 0; i < count; i++) {
      const worker = new Worker(script.code, {
        eval: script.eval,
        workerData: WORKER_TAG,
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      worker.unref();
      worker.on('error', (e) => this.#fail(e));
      worker.on('exit', (code) => {
        if (code !== 0 && !this.#closed) this.#fail(new Error(`validate worker exited ${code}`));
      });
      this.#workers.push(worker);
    }
  }

  get size(): number {
    return this.#workers.length;
  }

  #fail(e: Error): void {
    this.#failure ??= e;
    this.#onFailure?.(e);
  }

  /**
   * Validates the batch with the workers (and this thread unless `mainThreadChecks` is false):
   * the entries in argument order, or undefined when the targets cannot be sent to a worker.
   * Runs once.
   */
  async run(
    files: readonly BatchFile[],
    table: TargetTable,
    options: PayloadOptions,
    mainThreadChecks = true,
  ): Promise<BatchEntry[] | undefined> {
    const portable = toPortable(table);
    if (!portable) return undefined;
    if (this.#failure) throw this.#failure;
    const n = files.length;
    const threads = this.#workers.length + (mainThreadChecks ? 1 : 0);
    const counter = newClaimCounter();
    const slots = new Map<number, BatchEntry[]>();
    let covered = 0;
    let allCovered!: () => void;
    const finished = new Promise<void>((resolve, reject) => {
      allCovered = resolve;
      this.#onFailure = reject;
    });
    finished.catch(() => {}); // awaited below; failures before then are not "unhandled"
    const add = (from: number, to: number, entries: BatchEntry[]) => {
      slots.set(from, entries);
      covered += to - from;
      if (covered === n) allCovered();
    };
    if (n === 0) allCovered();

    const batch: WorkerBatch = { table: portable, files, options, counter, threads };
    for (const worker of this.#workers) {
      worker.ref();
      worker.on('message', (m: WorkerReply) => {
        if ('crash' in m) this.#fail(new Error(`validate worker failed: ${m.crash}`));
        else if ('entries' in m) add(m.from, m.to, m.entries);
      });
      worker.postMessage(batch);
    }
    if (mainThreadChecks) {
      const scratch = new ReadScratch();
      for (let s = claimSlice(counter, n, threads); s; s = claimSlice(counter, n, threads)) {
        add(s[0], s[1], await validateRange(files, table, options, s[0], s[1], scratch));
        // Let the workers' replies in between two slices (their deserialization is spread out).
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    }
    await finished;
    return [...slots.keys()].sort((a, b) => a - b).flatMap((k) => slots.get(k)!);
  }

  /**
   * Sends part `i` of a record-split file to worker `i` (one part each; at most `size` parts) and
   * resolves with every part's outcome in order; rejects when a worker fails. Runs once, instead
   * of `run`.
   */
  segments(parts: readonly WorkerSegment[]): Promise<SegmentOutcome[]> {
    if (parts.length > this.#workers.length) throw new Error('BatchWorkers.segments: more parts than workers');
    if (this.#failure) return Promise.reject(this.#failure);
    const outcomes: SegmentOutcome[] = [];
    let left = parts.length;
    return new Promise<SegmentOutcome[]>((resolve, reject) => {
      this.#onFailure = reject;
      if (left === 0) resolve(outcomes);
      parts.forEach((part, i) => {
        const worker = this.#workers[i]!;
        worker.ref();
        worker.once('message', (m: WorkerReply) => {
          if ('crash' in m) this.#fail(new Error(`validate worker failed: ${m.crash}`));
          else if ('outcome' in m) {
            outcomes[i] = m.outcome;
            if (--left === 0) resolve(outcomes);
          }
        });
        worker.postMessage(part);
      });
    });
  }

  /** Each worker's exit code, once every one has ended. */
  exited(): Promise<number[]> {
    return Promise.all(
      this.#workers.map(
        (w) => new Promise<number>((resolve) => (w.threadId < 0 ? resolve(0) : w.once('exit', resolve))),
      ),
    );
  }

  /** Stops every worker (those still starting up included). */
  close(): void {
    this.#closed = true;
    for (const worker of this.#workers) void worker.terminate();
  }
}

/** The entries in argument order with `jobs` threads, or undefined when the targets cannot be sent to a worker. */
export async function validateParallel(
  files: readonly BatchFile[],
  table: TargetTable,
  options: PayloadOptions,
  jobs: number,
  /** false: `jobs` workers check every file, this thread none (tests use it to prove the workers' output). */
  mainThreadChecks = true,
): Promise<BatchEntry[] | undefined> {
  const workers = new BatchWorkers(mainThreadChecks ? jobs - 1 : jobs);
  try {
    return await workers.run(files, table, options, mainThreadChecks);
  } finally {
    workers.close();
  }
}
