/**
 * Reads a release note for `qspec notes check`, bounded: the note is outside input, so its size
 * is checked on the open file (fstat) before anything is read, and again while reading (a file
 * that grows stops at the limit); a FIFO or device is refused, never blocked on
 * (`load/regular-file.ts`). Over the limit: `NotesFileTooLarge`,
 * one line, located at the path the user gave.
 *
 * @see docs/security.md (inputs and their limits)
 */
import path from 'node:path';
import { fail } from '../diagnostics.js';
import { FileTooLargeError, NotRegularFileError } from '../errors.js';
import { readRegularFile } from '../load/regular-file.js';
import { formatBytes } from '../parse/input-limits.js';

/** Largest release note read (bytes): the seeds are well under 1 MiB of extracted text. */
export const MAX_NOTE_BYTES = 8 * 1024 * 1024;

export function readNoteFile(noteArg: string, cwd: string, limit = MAX_NOTE_BYTES): string {
  const at = { file: noteArg };
  try {
    return readRegularFile(path.resolve(cwd, noteArg), limit).toString('utf8');
  } catch (e) {
    if (e instanceof NotRegularFileError) {
      return fail('NotesFileNotRegular', `release note ${noteArg} is not a regular file`, at);
    }
    if (e instanceof FileTooLargeError) {
      return fail(
        'NotesFileTooLarge',
        `release note ${noteArg} is larger than ${formatBytes(limit)} (at least ${e.size} bytes); qspec refuses notes above that size`,
        at,
      );
    }
    return fail('NotesFileMissing', `release note not found: ${noteArg}`, at);
  }
}
