/**
 * The freshness stamp of the compiled CLI (bin/dist-stamp.js): fresh while every input is as it
 * was built, still fresh when only an mtime moved (same content), stale when an input changed,
 * vanished, or the stamp is missing or from another version; no stamp for a build whose inputs
 * changed while it ran.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeStamp as stamp, distState as state } from '../../../bin/dist-stamp.js';

let root = '';
let dist = '';
const inputs = ['src/a.ts', 'src/b.ts'];
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'qspec-stamp-'));
  dist = path.join(root, 'dist');
  mkdirSync(path.join(root, 'src'));
  mkdirSync(dist);
  const past = new Date(Date.now() - 60_000);
  for (const f of inputs) {
    writeFileSync(path.join(root, f), `// ${f}\n`);
    utimesSync(path.join(root, f), past, past);
  }
  expect(stamp(root, dist, inputs, Date.now())).toBeUndefined();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('dist stamp', () => {
  it('is fresh right after the build', () => {
    expect(state(root, dist)).toEqual({ fresh: true, entry: path.join(dist, 'cli.js') });
  });

  it('stays fresh when only the mtime moved (checkout, touch)', () => {
    const now = new Date();
    utimesSync(path.join(root, 'src/a.ts'), now, now);
    expect(state(root, dist).fresh).toBe(true);
  });

  it('is stale when an input changed, even at the same size', () => {
    writeFileSync(path.join(root, 'src/a.ts'), '// src/X.ts\n');
    expect(state(root, dist)).toEqual({ fresh: false, reason: 'src/a.ts changed since the build' });
  });

  it('is stale when an input is gone', () => {
    rmSync(path.join(root, 'src/b.ts'));
    expect(state(root, dist)).toEqual({ fresh: false, reason: 'src/b.ts is gone since the build' });
  });

  it('is stale without a stamp, or with one from another version', () => {
    const file = path.join(dist, 'stamp.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), version: 0 }));
    expect(state(root, dist)).toMatchObject({ fresh: false, reason: expect.stringMatching(/another qspec version/) });
    rmSync(file);
    expect(state(root, dist)).toMatchObject({ fresh: false, reason: expect.stringMatching(/no compiled CLI/) });
  });

  it('refuses to stamp a build whose inputs changed while it ran', () => {
    writeFileSync(path.join(root, 'src/a.ts'), '// edited during the build\n');
    expect(stamp(root, dist, inputs, Date.now() - 10_000)).toBe('src/a.ts changed during the build');
  });
});
