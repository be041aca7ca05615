/**
 * Finding and reading recordings: which files of the inputs are recordings (`*.har`, VCR
 * `*.yml` / `*.yaml`, folders searched recursively), which format reads each, and the bounded
 * read (regular files only, the size capped before the first read and on every read). Formats are listed here; each one
 * implements `RecordingFormat`.
 *
 * @see recordings/recorded-entry.ts; recordings/recording-limits.ts
 */
import { closeSync, readSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NotRegularFileError, RecordingError } from '../../generator/errors.js';
import { openRegularFile } from '../../generator/load/regular-file.js';
import { formatBytes } from '../validate/validate-payload.js';
import { harFormat } from './har-format.js';
import type { ReadInto } from './json-array-stream.js';
import type { RecordedEntry, RecordingFormat } from './recorded-entry.js';
import type { RecordingLimits } from './recording-limits.js';
import { vcrFormat } from './vcr-format.js';

export const RECORDING_FORMATS: readonly RecordingFormat[] = [harFormat, vcrFormat];

export function formatFor(file: string): RecordingFormat | undefined {
  return RECORDING_FORMATS.find((f) => f.handles(file));
}

/** The recording files of the inputs, folders searched recursively (sorted), files as given. */
export async function recordingFilesIn(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const entry of (await readdir(input, { recursive: true })).sort()) {
        if (formatFor(entry)) out.push(path.join(input, entry));
      }
    } else out.push(input);
  }
  return out;
}

/**
 * The entries of one recording, read as they are consumed (a HAR streams; a cassette is parsed
 * whole). Nothing is opened before the first entry is asked for. Every problem is a
 * `RecordingError` with a one-line message, thrown when met: a file over the size limit or not a
 * regular file before any entry, a syntax error after the entries before it.
 */
export function* recordingEntries(file: string, limits: RecordingLimits): Generator<RecordedEntry> {
  const format = formatFor(file) ?? harFormat;
  const max = limits.maxRecordingBytes ?? format.defaultMaxBytes;
  const { fd, info } = attemptIo(file, () => openRegularFile(file));
  try {
    if (info.size > max) throw tooLarge(file, format, info.size, max);
    let total = 0;
    // Reads stop one byte past the limit: a file that grew since fstat is still caught.
    const read: ReadInto = (target, offset, length) => {
      const got = attemptIo(file, () => readSync(fd, target, offset, Math.min(length, max + 1 - total), null));
      total += got;
      if (total > max) throw tooLarge(file, format, total, max);
      return got;
    };
    yield* format.entries(read, file);
  } finally {
    closeSync(fd);
  }
}

/** Reads one recording whole (every entry in memory). */
export function readRecording(
  file: string,
  limits: RecordingLimits,
): { format: RecordingFormat; entries: RecordedEntry[] } {
  return { format: formatFor(file) ?? harFormat, entries: [...recordingEntries(file, limits)] };
}

function tooLarge(file: string, format: RecordingFormat, size: number, max: number): RecordingError {
  return new RecordingError(
    `${file}: ${format.name} file is ${formatBytes(size)}, over the ${formatBytes(max)} limit (raise --max-recording-bytes); not read`,
  );
}

function attemptIo<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof NotRegularFileError) throw new RecordingError(`${file}: not a regular file (${e.kind}); not read`);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new RecordingError(`${file}: cannot read (${code})`);
    throw e;
  }
}
