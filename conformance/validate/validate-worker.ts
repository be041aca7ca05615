/**
 * The worker-thread side of a parallel `qspec validate` batch. Started before the targets are
 * loaded (it boots while the main thread reads the spec or the target cache), it waits for one
 * message with the targets (portable form), the files, the options and the batch's shared claim
 * counter; then it claims slices `[from, to)` by itself (batch-slices.ts), validates each with the
 * same code as the main thread (`validateRange`) and posts the entries back, until every file is
 * claimed. This module is its own worker script: loaded in a worker started by
 * validate-parallel.ts it starts serving; imported anywhere else it only exports
 * `VALIDATE_WORKER_URL`.
 *
 * @see validate-batch.ts; validate-parallel.ts
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { claimSlice } from './batch-slices.js';
import { fromPortable, type PortableTable } from './portable-target.js';
import { ReadScratch } from './validate-file-whole.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, validateRange } from './validate-range.js';

/** The script a validate worker runs (this module, wherever the build put it). */
export const VALIDATE_WORKER_URL = import.meta.url;

export const WORKER_TAG = 'qspec-validate-worker';

/** The one message a worker is sent: its batch. */
export interface WorkerBatch {
  readonly table: PortableTable;
  readonly files: readonly BatchFile[];
  readonly options: PayloadOptions;
  /** The batch's claim counter (batch-slices.ts), shared by every thread. */
  readonly counter: Int32Array;
  /** Threads sharing the batch. */
  readonly threads: number;
}

export type WorkerReply =
  | { readonly from: number; readonly to: number; readonly entries: BatchEntry[] }
  | { readonly crash: string };

async function serve(batch: WorkerBatch): Promise<void> {
  const port = parentPort!;
  try {
    const table = await fromPortable(batch.table);
    const scratch = new ReadScratch();
    const n = batch.files.length;
    for (let s = claimSlice(batch.counter, n, batch.threads); s; s = claimSlice(batch.counter, n, batch.threads)) {
      const entries = await validateRange(batch.files, table, batch.options, s[0], s[1], scratch);
      port.postMessage({ from: s[0], to: s[1], entries } satisfies WorkerReply);
    }
  } catch (e) {
    port.postMessage({ crash: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
}

if (!isMainThread && workerData === WORKER_TAG) {
  parentPort!.once('message', (batch: WorkerBatch) => void serve(batch));
}
