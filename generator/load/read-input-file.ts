/**
 * Bounded, contained reads of spec-folder files. Every file qspec reads from a spec folder goes
 * through here: it must be a regular file no larger than `MAX_INPUT_FILE_BYTES`, and its real
 * path (symlinks resolved) must lie inside the spec folder's real path. The size is checked on
 * the open file (fstat) and again while reading, so a file that grows, or a device that never
 * ends, cannot make qspec read more than the limit.
 *
 * Diagnostics are located at the path the user wrote (relative to the spec folder): a file-level
 * problem has no line.
 *
 * @see generator/parse/input-limits.ts; docs/security.md (specs and schemas)
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { type DiagnosticLocation, fail } from '../diagnostics.js';
import { FileTooLargeError, NotRegularFileError } from '../errors.js';
import { formatBytes, MAX_INPUT_FILE_BYTES } from '../parse/input-limits.js';
import { readRegularFile } from './regular-file.js';

/** True when `real` (a real path) is `realRoot` or lies under it. */
export function isInside(realRoot: string, real: string): boolean {
  const rel = path.relative(realRoot, real);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path of `abs`, which must lie inside `realRoot`; otherwise `SpecOutsideFolder`
 * located at `at` (the symlink, or the element that references the file).
 */
export function realPathInside(realRoot: string, abs: string, at: DiagnosticLocation, what: string): string {
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return fail('SpecFileMissing', `${what} does not exist (or is a broken symlink)`, at);
  }
  if (!isInside(realRoot, real)) {
    fail(
      'SpecOutsideFolder',
      `${what} resolves to ${real}, outside the spec folder; qspec reads only files inside the spec folder (copy the file in instead of linking to it)`,
      at,
    );
  }
  return real;
}

/**
 * Reads a regular file of at most `limit` bytes as UTF-8; `SpecFileTooLarge` / `SpecFileNotRegular`
 * located at `at` otherwise.
 */
export function readBoundedTextSync(
  abs: string,
  at: DiagnosticLocation,
  limit = MAX_INPUT_FILE_BYTES,
  what = 'file',
): string {
  try {
    return readRegularFile(abs, limit).toString('utf8');
  } catch (e) {
    if (e instanceof NotRegularFileError) {
      return fail('SpecFileNotRegular', `${what} is not a regular file; qspec reads only regular files`, at);
    }
    if (e instanceof FileTooLargeError) return fail('SpecFileTooLarge', tooLarge(what, e.size, limit), at);
    return fail('SpecFileMissing', `cannot read the ${what}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, at);
  }
}

function tooLarge(what: string, size: number, limit: number): string {
  return `${what} is larger than ${formatBytes(limit)} (at least ${size} bytes); qspec refuses spec inputs above that size`;
}
