/**
 * One large XML file validated on several threads at once: cut between records
 * (record-split-plan.ts), the first part checked by this thread in the driver that would have
 * read the whole file, every other part by a worker thread, each as the document's head followed
 * by its bytes (record-split-segment.ts). The verdict is exactly the one a single thread gives:
 *
 * - When every part is clean (no issue; each but the last ends exactly between two records in
 *   the parent's loop state, the last ends the document), the file is valid. Each part starts in
 *   the state the whole document has at its cut: by induction from the first, a part that starts
 *   at a true record boundary and ends at the record level in the loop state ends at a true
 *   boundary too (the tokenizer followed the real document all along), and any number of records
 *   leaves the parent in that one loop state.
 * - Otherwise (an issue anywhere, a cut that was not a record boundary, a worker that failed),
 *   this thread goes on reading the file from its first cut in the same driver, to the end, and
 *   returns that verdict: the single-thread one, issues, locations and paths included. An invalid
 *   file costs what it costs on one thread (the workers' time is on other cores).
 *
 * Used by `qspec validate` for one file of at least 2 × 24 MiB (one part per core), or with an
 * explicit `--jobs N` for one file of at least N MiB (batch-threads.ts `splitParts`).
 *
 * @see docs/performance.md "One big file on every core"; validate-batch.ts
 */
import { closeSync } from 'node:fs';
import { openRegularFile } from '../../generator/load/regular-file.js';
import type { PayloadVerdict } from './payload-issue.js';
import { toPortable } from './portable-target.js';
import { atRecordBoundary, planRecordSplit, readAt } from './record-split-plan.js';
import { feedFdRange } from './record-split-segment.js';
import { sniffBinary } from './sniff-binary.js';
import { WHOLE_READ_MAX } from './validate-file-whole.js';
import type { BatchWorkers } from './validate-parallel.js';
import { DEFAULT_MAX_BYTES, engineOptions, fromEngine, type PayloadOptions, SNIFF_BYTES } from './validate-payload.js';
import { type BatchFile, type TargetTable, targetKeyOf } from './validate-range.js';
import type { WorkerSegment } from './validate-worker.js';
import { xmlEngineDriver } from './xml-engine.js';

export interface SplitVerdict {
  readonly verdict: PayloadVerdict;
  /** The parts the file was cut into. */
  readonly parts: number;
  /** True: every part was clean and the verdict is theirs; false: read on after the first cut. */
  readonly parallel: boolean;
}

/**
 * The verdict of `file` validated in up to `workers.size + 1` parts, or undefined when it is not cut
 * (not an XML target, too small, over `maxBytes`, binary, or no plan: the caller validates it
 * the ordinary way). Errors reading the file are thrown as the ordinary path throws them.
 */
export async function validateRecordSplit(
  file: BatchFile,
  table: TargetTable,
  options: PayloadOptions,
  workers: BatchWorkers,
): Promise<SplitVerdict | undefined> {
  const key = file.key ?? targetKeyOf(file.abs);
  const target = table[key];
  if (target?.kind !== 'xml') return undefined;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const engine = engineOptions(target.root, options, maxBytes);
  const { fd, info } = openRegularFile(file.abs);
  try {
    const size = info.size;
    if (size > maxBytes || size <= WHOLE_READ_MAX) return undefined;
    if (sniffBinary(readAt(fd, 0, SNIFF_BYTES), 'XML')) return undefined;
    const newDriver = () => xmlEngineDriver(target.model, engine);
    const plan = planRecordSplit(fd, size, workers.size + 1, newDriver);
    const portable = plan && toPortable(table);
    if (!plan || portable === undefined) return undefined;
    const { level, cuts } = plan;
    const ends = [...cuts.slice(1), size];
    const parts: WorkerSegment[] = cuts.map((from, i) => ({
      table: portable,
      key,
      engine,
      segment: {
        file: file.abs,
        head: plan.head,
        from,
        to: ends[i]!,
        last: i === cuts.length - 1,
        level: { depth: level.depth, names: level.names, element: level.element },
      },
    }));
    const outcomes = workers.segments(parts).catch(() => undefined);
    const driver = newDriver();
    const first = cuts[0]!;
    if (feedFdRange(driver, fd, 0, first) === first) {
      const at = atRecordBoundary(driver, level);
      if (at && at.open[level.depth - 1]!.state === level.loop) {
        const results = await outcomes;
        if (results?.every((r) => r.clean)) {
          const bytes = results.reduce((n, r) => n + r.bytes, at.bytes);
          return { verdict: fromEngine({ ...driver.result(), bytes }), parts: cuts.length + 1, parallel: true };
        }
      }
    }
    // Not shown clean: the rest of the file in the same driver, as one thread reads it.
    feedFdRange(driver, fd, first, Number.POSITIVE_INFINITY);
    return { verdict: fromEngine(driver.end()), parts: cuts.length + 1, parallel: false };
  } finally {
    closeSync(fd);
  }
}
