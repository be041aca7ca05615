/**
 * The stat pass of a `qspec validate` batch: how many bytes it holds (for the thread count,
 * batch-threads.ts) and an early, one-line refusal of a missing file, a directory or anything
 * that is not a regular file. A batch of up to `SURVEY_ALL` files is statted whole. A larger one
 * is statted at `SURVEY_ALL` files spread evenly over the list, and their bytes are scaled up:
 * a `stat` costs ~4 µs (20 ms of a 5,000-file run, more than a tenth of what checking those
 * files costs once warm), the thread count is an estimate anyway, and the report never depends
 * on it. A file the survey skipped that turns out missing or not regular is refused with the same
 * message when its turn comes (validate-range.ts `unreadableMessage`), with the same exit status
 * (2): only later.
 *
 * @see batch-threads.ts; docs/performance.md "Many small files, fifth pass"
 */
import { statSync } from 'node:fs';
import { fileKind } from '../../generator/load/regular-file.js';
import type { BatchSize } from './batch-threads.js';
import { notRegularMessage, unreadableMessage } from './validate-range.js';

/** Files statted: all of a batch up to this size, else this many spread over it. */
export const SURVEY_ALL = 256;

/** The batch's size (bytes estimated beyond `SURVEY_ALL` files), or the refusal of a file. */
export function surveyBatch(
  files: readonly { readonly shown: string; readonly abs: string }[],
): BatchSize | { readonly failure: string } {
  const count = Math.min(files.length, SURVEY_ALL);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const f = files[Math.floor((i * files.length) / count)]!;
    let info: ReturnType<typeof statSync>;
    try {
      info = statSync(f.abs, { throwIfNoEntry: false });
    } catch (e) {
      return { failure: unreadableMessage(f.shown, (e as NodeJS.ErrnoException).code) };
    }
    if (!info) return { failure: unreadableMessage(f.shown, 'ENOENT') };
    if (!info.isFile()) return { failure: notRegularMessage(f.shown, fileKind(info)) };
    bytes += info.size;
  }
  return { files: files.length, bytes: count === 0 ? 0 : Math.round((bytes * files.length) / count) };
}
