/**
 * Opening input files safely: only regular files are read. A FIFO, character device, socket or
 * directory named as input is refused with a one-line `NotRegularFileError` instead of blocking
 * forever (a FIFO with no writer), failing with `ESPIPE` (positioned reads on a pipe) or reading
 * an endless device. The file is opened with `O_NONBLOCK` and checked with `fstat` on the open
 * descriptor, so a path swapped for a FIFO between a `stat` and the `open` is refused too.
 * `readRegularFile` also bounds the size (`FileTooLargeError`), read from the same descriptor.
 *
 * The one way qspec reads an input file whole: spec-folder files (`read-input-file.ts`), release
 * notes, payloads for `qspec validate` and recordings for `qspec conformance --mode replay`.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { FileTooLargeError, NotRegularFileError } from '../errors.js';

export function fileKind(info: Stats): string {
  if (info.isFile()) return 'a regular file';
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Opens `file` for reading without blocking on a FIFO and returns the descriptor and its stats;
 * throws `NotRegularFileError` (descriptor closed) for anything but a regular file, and the usual
 * errno errors (ENOENT, EACCES...) otherwise.
 */
export function openRegularFile(file: string): { fd: number; info: Stats } {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch (e) {
    closeSync(fd);
    throw e;
  }
  if (!info.isFile()) {
    closeSync(fd);
    throw new NotRegularFileError(file, fileKind(info));
  }
  return { fd, info };
}

/** The whole content of a regular file of at most `maxBytes` bytes. */
export function readRegularFile(file: string, maxBytes: number): Buffer {
  const { fd, info } = openRegularFile(file);
  try {
    if (info.size > maxBytes) throw new FileTooLargeError(file, info.size, maxBytes);
    // Read up to one byte past the limit: a file that grew since fstat is still caught.
    let buf = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
    let n = 0;
    for (;;) {
      if (n === buf.length) {
        if (n > maxBytes) throw new FileTooLargeError(file, n, maxBytes);
        const bigger = Buffer.allocUnsafe(Math.min(buf.length * 2, maxBytes + 1));
        buf.copy(bigger, 0, 0, n);
        buf = bigger;
      }
      const got = readSync(fd, buf, n, buf.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
