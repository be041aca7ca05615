/**
 * The worker-thread side of a parallel `qspec validate` batch. Started before the targets are
 * loaded (it boots while the main thread reads the spec or the target cache), it waits for one
 * message with the targets (portable form), the files, the options and the batch's shared claim
 * counter; then it claims slices `[from, to)` by itself (batch-slices.ts), validates each with the
 * same code as the main thread (`validateRange`) and posts the entries back, until every file is
 * claimed. Or, for one large file cut between records (record-split.ts), it is sent one part and
 * answers whether that part is clean. This module is its own worker script: loaded in a worker started by
 * validate-parallel.ts it starts serving; imported anywhere else it only exports
 * `VALIDATE_WORKER_URL`.
 *
 * @see validate-batch.ts; validate-parallel.ts
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { claimSlice } from './batch-slices.js';
import { fromPortable, type PortableTable } from './portable-target.js';
import { checkSegment, type RecordSegment, type SegmentOutcome } from './record-split-segment.js';
import { ReadScratch } from './validate-file-whole.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, validateRange } from './validate-range.js';
import type { XmlValidateOptions } from './xml-engine.js';

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

/** Or one part of a record-split file (record-split.ts), checked against the table's `key` target. */
export interface WorkerSegment {
  readonly table: PortableTable;
  readonly key: string;
  readonly engine: XmlValidateOptions;
  readonly segment: RecordSegment;
}

export type WorkerReply =
  | { readonly from: number; readonly to: number; readonly entries: BatchEntry[] }
  | { readonly outcome: SegmentOutcome }
  | { readonly crash: string };

async function serveSegment(m: WorkerSegment): Promise<void> {
  const port = parentPort!;
  try {
    const target = (await fromPortable(m.table))[m.key];
    if (target?.kind !== 'xml') throw new Error(`no XML target '${m.key}' for a record split`);
    port.postMessage({ outcome: checkSegment(m.segment, target.model, m.engine) } satisfies WorkerReply);
  } catch (e) {
    port.postMessage({ crash: e instanceof Error ? (e.stack ?? e.message) : String(e) } satisfies WorkerReply);
  }
}

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
  parentPort!.once('message', (m: WorkerBatch | WorkerSegment) => void ('segment' in m ? serveSegment(m) : serve(m)));
}
