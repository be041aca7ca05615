/**
 * `path.resolve(cwd, file)` for every file a command is given, without its cost on long lists. A
 * POSIX path with no `.` or `..` segment, no empty segment and no trailing slash is already
 * normal: it is joined to the (resolved) cwd as it is, or kept when absolute. Anything else goes
 * through `path.resolve`, and so does every path on Windows. `path.resolve` normalizes character
 * by character in JavaScript, which before the JIT warms up costs ~2.5 µs a path: 12 ms of a
 * 5,000-file `qspec validate` (docs/performance.md "Many small files, fifth pass").
 */
import path from 'node:path';

export function absolutePaths(cwd: string, files: readonly string[]): string[] {
  const base = path.resolve(cwd);
  if (path.sep !== '/') return files.map((f) => path.resolve(base, f));
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return files.map((f) => (!isNormal(f) ? path.resolve(base, f) : f.startsWith('/') ? f : prefix + f));
}

/**
 * An empty, `.` or `..` segment, or a trailing slash (no repetition: linear). A regex rather than
 * string tests in a loop: run once per file argument, a JavaScript function would be the next
 * optimizing compile in line, ahead of the validator's.
 */
const NOT_NORMAL = /(?:^|\/)\.\.?(?:\/|$)|\/\/|\/$/;

/** No empty, `.` or `..` segment and no trailing slash (a leading `/` is allowed). */
function isNormal(f: string): boolean {
  return f !== '' && !NOT_NORMAL.test(f);
}
