/**
 * One part of a record-split file (record-split-plan.ts), validated on its own: the document's
 * head, then the file's bytes `[from, to)` (read in 32 KiB chunks), and then either the end of
 * the document (the last part) or a check that the input stands exactly between two records in
 * the parent's loop state. A part is `clean` only when nothing in it raised an issue; a part
 * that is not clean says nothing (its issue may be an artefact of the cut), so record-split.ts
 * then validates the file the ordinary way. Runs in a worker thread (validate-worker.ts) and in
 * tests; the main thread validates the first part in its own driver (record-split.ts).
 *
 * @see record-split.ts
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { XmlSchemaModel } from '../../runtime/schema-model.js';
import type { XmlDriver } from '../../runtime/xml/xml-driver.js';
import { FILE_CHUNK_BYTES } from './read-file-chunks.js';
import { atRecordBoundary, type RecordLevel } from './record-split-plan.js';
import { type XmlValidateOptions, xmlEngineDriver } from './xml-engine.js';

/** What a part needs to be checked anywhere (it crosses to a worker thread as is). */
export interface RecordSegment {
  readonly file: string;
  readonly head: Uint8Array;
  readonly from: number;
  readonly to: number;
  /** The last part: it ends the document. */
  readonly last: boolean;
  readonly level: Pick<RecordLevel, 'depth' | 'names' | 'element'>;
}

export interface SegmentOutcome {
  readonly clean: boolean;
  /** UTF-8 bytes of the part's own range the engine read (the head not counted). */
  readonly bytes: number;
}

const NOT_CLEAN: SegmentOutcome = { clean: false, bytes: 0 };

export function checkSegment(
  segment: RecordSegment,
  model: XmlSchemaModel,
  options: XmlValidateOptions,
): SegmentOutcome {
  const driver = xmlEngineDriver(model, options);
  driver.write(segment.head);
  const start = atRecordBoundary(driver, segment.level);
  if (!start) return NOT_CLEAN;
  const loop = start.open[segment.level.depth - 1]!.state?.step(segment.level.element);
  if (!loop || loop.step(segment.level.element) !== loop) return NOT_CLEAN;
  // A file that shrank while it was read is not judged here.
  if (feedRange(driver, segment.file, segment.from, segment.to) !== segment.to - segment.from) return NOT_CLEAN;
  if (segment.last) {
    const r = driver.end();
    const clean = r.errors.length === 0 && r.warnings.length === 0;
    return clean ? { clean, bytes: r.bytes - start.bytes } : NOT_CLEAN;
  }
  const end = atRecordBoundary(driver, segment.level);
  if (!end || end.open[segment.level.depth - 1]!.state !== loop) return NOT_CLEAN;
  return { clean: true, bytes: end.bytes - start.bytes };
}

/**
 * Feeds the file's bytes `[from, to)` to `driver` in 32 KiB chunks; the bytes fed (fewer when
 * the driver stopped or the file ended first).
 */
export function feedRange(driver: XmlDriver, file: string, from: number, to: number): number {
  const fd = openSync(file, 'r');
  try {
    return feedFdRange(driver, fd, from, to);
  } finally {
    closeSync(fd);
  }
}

export function feedFdRange(driver: XmlDriver, fd: number, from: number, to: number): number {
  let at = from;
  while (at < to && !driver.stopped) {
    const chunk = Buffer.allocUnsafeSlow(Math.min(FILE_CHUNK_BYTES, to - at));
    const n = readSync(fd, chunk, 0, chunk.length, at);
    if (n === 0) break;
    driver.write(n === chunk.length ? chunk : chunk.subarray(0, n));
    at += n;
  }
  return at - from;
}
