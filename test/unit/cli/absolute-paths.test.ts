/**
 * `absolutePaths` (cli/absolute-paths.ts) gives exactly what `path.resolve(cwd, file)` gives, for
 * any path: the fast join for already-normal paths and the fallback for everything else
 * (`.`/`..` segments, doubled and trailing slashes, absolute paths, the root as cwd).
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { absolutePaths } from '../../../cli/absolute-paths.js';

const segment = fc.constantFrom('a', 'b.xml', '.', '..', '', '...', '.x', 'x.', 'r00001.xml', ' ');
const file = fc.tuple(fc.boolean(), fc.array(segment, { minLength: 1, maxLength: 6 })).map(([abs, s]) => {
  const joined = s.join('/');
  return abs ? `/${joined}` : joined;
});
const cwd = fc.constantFrom('/', '/work', '/work/main', '/work/main/', '/work//x/./y/..', 'relative/dir');

describe('absolutePaths', () => {
  it('equals path.resolve(cwd, file) for any path', () => {
    fc.assert(
      fc.property(cwd, fc.array(file, { maxLength: 8 }), (dir, files) => {
        expect(absolutePaths(dir, files)).toEqual(files.map((f) => path.resolve(dir, f)));
      }),
      { numRuns: 3000 },
    );
  });

  it('joins plain relative paths and keeps plain absolute ones as they are', () => {
    expect(
      absolutePaths('/work/main', ['bench/.data/batch/r00001.xml', '/tmp/a.xml', 'a/../b.xml', './c.xml']),
    ).toEqual(['/work/main/bench/.data/batch/r00001.xml', '/tmp/a.xml', '/work/main/b.xml', '/work/main/c.xml']);
    expect(absolutePaths('/', ['a.xml'])).toEqual(['/a.xml']);
  });
});
