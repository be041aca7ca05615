/**
 * The worker-thread side of a parallel `qspec validate` batch: receives the targets (portable
 * form) and the files once, then validates the slices `[from, to)` it is sent with the same code
 * as the main thread (`validateRange`) and posts the entries back. This module is its own worker
 * script: loaded in a worker started by validate-parallel.ts it starts serving; imported
 * anywhere else it only exports `VALIDATE_WORKER_URL`.
 *
 * @see validate-batch.ts; validate-parallel.ts
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fromPortable, type PortableTable } from './portable-target.js';
import { ReadScratch } from './validate-file-whole.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, validateRange } from './validate-range.js';

/** The script a validate worker runs (this module, wherever the build put it). */
export const VALIDATE_WORKER_URL = import.meta.url;

export const WORKER_TAG = 'qspec-validate-worker';

export interface WorkerInit {
  readonly tag: typeof WORKER_TAG;
  readonly table: PortableTable;
  readonly files: readonly BatchFile[];
  readonly options: PayloadOptions;
}

export interface SliceRequest {
  readonly from: number;
  readonly to: number;
}

export type WorkerReply =
  | { readonly from: number; readonly entries: BatchEntry[] }
  | { readonly from: number; readonly crash: string };

async function serve(init: WorkerInit): Promise<void> {
  const port = parentPort!;
  const table = await fromPortable(init.table);
  const scratch = new ReadScratch();
  port.on('message', (req: SliceRequest) => {
    validateRange(init.files, table, init.options, req.from, req.to, scratch).then(
      (entries) => port.postMessage({ from: req.from, entries } satisfies WorkerReply),
      (e: unknown) =>
        port.postMessage({ from: req.from, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
    );
  });
  port.postMessage('ready');
}

if (!isMainThread && (workerData as Partial<WorkerInit> | undefined)?.tag === WORKER_TAG) {
  void serve(workerData as WorkerInit);
}
