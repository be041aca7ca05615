/**
 * Shares a `qspec validate` batch out between this thread and `jobs - 1` worker threads
 * (validate-worker.ts): the files are cut into small slices handed out on demand (a thread asks
 * for the next slice when it is done with one, so a few large files do not leave the others idle);
 * each slice's entries are stored at the slice's place, so the result is in argument order.
 * Workers start while this thread is already validating: a batch too small to pay for a worker's
 * start-up is simply finished before the worker asks for work.
 *
 * @see validate-batch.ts
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { toPortable } from './portable-target.js';
import { ReadScratch } from './validate-file-whole.js';
import type { PayloadOptions } from './validate-payload.js';
import { type BatchEntry, type BatchFile, type TargetTable, validateRange } from './validate-range.js';
import { VALIDATE_WORKER_URL, WORKER_TAG, type WorkerInit, type WorkerReply } from './validate-worker.js';

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

/** Files per slice: small enough to balance the threads, large enough to keep messages rare. */
export function sliceSize(files: number, jobs: number): number {
  return Math.max(1, Math.min(128, Math.ceil(files / (jobs * 8))));
}

/** The entries in argument order, or undefined when the targets cannot be sent to a worker. */
export async function validateParallel(
  files: readonly BatchFile[],
  table: TargetTable,
  options: PayloadOptions,
  jobs: number,
  /** false: this thread only hands out slices, the workers check every file (tests use it to prove the workers' output). */
  mainThreadChecks = true,
): Promise<BatchEntry[] | undefined> {
  const portable = toPortable(table);
  if (!portable) return undefined;
  const size = sliceSize(files.length, jobs);
  const count = Math.ceil(files.length / size);
  const slots: (BatchEntry[] | undefined)[] = new Array(count);
  let next = 0;
  const take = (): number | undefined => (next < count ? next++ : undefined);

  const script = workerScript();
  const init: WorkerInit = { tag: WORKER_TAG, table: portable, files, options };
  const idle: (() => void)[] = [];
  const done = Array.from(
    { length: mainThreadChecks ? jobs - 1 : jobs },
    () =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(script.code, { eval: script.eval, workerData: init });
        let settled = false;
        let busy = false;
        const finish = (e?: Error) => {
          if (settled) return;
          settled = true;
          void worker.terminate();
          if (e) reject(e);
          else resolve();
        };
        idle.push(() => {
          if (!busy) finish();
        });
        const ask = () => {
          const k = take();
          busy = k !== undefined;
          if (k === undefined) finish();
          else worker.postMessage({ from: k * size, to: Math.min(files.length, (k + 1) * size) });
        };
        worker.on('message', (m: 'ready' | WorkerReply) => {
          if (m !== 'ready') {
            if ('crash' in m) return finish(new Error(`validate worker failed: ${m.crash}`));
            slots[m.from / size] = m.entries;
          }
          ask();
        });
        worker.on('error', (e) => finish(e));
        worker.on('exit', (code) =>
          finish(code === 0 || settled ? undefined : new Error(`validate worker exited ${code}`)),
        );
      }),
  );

  const scratch = new ReadScratch();
  for (let k = mainThreadChecks ? take() : undefined; k !== undefined; k = take()) {
    slots[k] = await validateRange(files, table, options, k * size, Math.min(files.length, (k + 1) * size), scratch);
    // Let the workers' replies in (and hand them their next slice) between two slices.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // All slices handed out: workers still starting up (or between slices) are not waited for.
  if (mainThreadChecks) for (const stop of idle) stop();
  await Promise.all(done);
  return slots.flatMap((s) => s ?? []);
}
