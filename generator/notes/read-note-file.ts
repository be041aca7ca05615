/**
 * Reads a release note for `qspec notes check`, bounded: the note is outside input, so its size
 * is checked on the open file (fstat) before anything is read, and again while reading (a file
 * that grows or a device that never ends stops at the limit). Over the limit: `NotesFileTooLarge`,
 * one line, located at the path the user gave.
 *
 * @see docs/security.md (inputs and their limits)
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fail } from '../diagnostics.js';
import { formatBytes } from '../parse/input-limits.js';

/** Largest release note read (bytes): the seeds are well under 1 MiB of extracted text. */
export const MAX_NOTE_BYTES = 8 * 1024 * 1024;

export function readNoteFile(noteArg: string, cwd: string, limit = MAX_NOTE_BYTES): string {
  const at = { file: noteArg };
  const tooLarge = (size: number) =>
    fail(
      'NotesFileTooLarge',
      `release note ${noteArg} is larger than ${formatBytes(limit)} (at least ${size} bytes); qspec refuses notes above that size`,
      at,
    );
  let fd: number;
  try {
    fd = openSync(path.resolve(cwd, noteArg), 'r');
  } catch {
    return fail('NotesFileMissing', `release note not found: ${noteArg}`, at);
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) fail('NotesFileNotRegular', `release note ${noteArg} is not a regular file`, at);
    if (info.size > limit) tooLarge(info.size);
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.max(64 * 1024, Math.min(info.size, limit) + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      length += n;
      if (length > limit) tooLarge(length);
    }
    return Buffer.concat(chunks, length).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
