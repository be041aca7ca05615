/**
 * Finding and reading recordings: which files of the inputs are recordings (`*.har`, VCR
 * `*.yml` / `*.yaml`, folders searched recursively), which format reads each, and the bounded
 * read (regular files only, size capped before the parse). Formats are listed here; each one
 * implements `RecordingFormat`.
 *
 * @see recordings/recorded-entry.ts; recordings/recording-limits.ts
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileTooLargeError, NotRegularFileError, RecordingError } from '../../generator/errors.js';
import { readRegularFile } from '../../generator/load/regular-file.js';
import { formatBytes } from '../validate/validate-payload.js';
import { harFormat } from './har-format.js';
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

/** Reads and parses one recording; every problem is a `RecordingError` with a one-line message. */
export function readRecording(
  file: string,
  limits: RecordingLimits,
): { format: RecordingFormat; entries: RecordedEntry[] } {
  const format = formatFor(file) ?? harFormat;
  const max = limits.maxRecordingBytes ?? format.defaultMaxBytes;
  let text: string;
  try {
    text = readRegularFile(file, max).toString('utf8');
  } catch (e) {
    if (e instanceof FileTooLargeError) {
      throw new RecordingError(
        `${file}: ${format.name} file is ${formatBytes(e.size)}, over the ${formatBytes(max)} limit (raise --max-recording-bytes); not read`,
      );
    }
    if (e instanceof NotRegularFileError) throw new RecordingError(`${file}: not a regular file (${e.kind}); not read`);
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string') throw new RecordingError(`${file}: cannot read (${code})`);
    throw e;
  }
  return { format, entries: format.parse(text, file) };
}
