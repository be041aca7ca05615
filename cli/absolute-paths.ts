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
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return files.map((f) => {
    if (path.sep !== '/' || !isNormal(f)) return path.resolve(base, f);
    return f.startsWith('/') ? f : prefix + f;
  });
}

/** No empty, `.` or `..` segment and no trailing slash (a leading `/` is allowed). */
function isNormal(f: string): boolean {
  const body = f.startsWith('/') ? f.slice(1) : f;
  if (body === '' || body.endsWith('/') || f.includes('//')) return false;
  if (body === '.' || body === '..' || body.startsWith('./') || body.startsWith('../')) return false;
  return !(body.includes('/./') || body.includes('/../') || body.endsWith('/.') || body.endsWith('/..'));
}
