import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkOutput, hasDrift, writeOutputAtomically } from '../../../generator/write/write-output.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qspec-write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeOutputAtomically', () => {
  it('replaces the whole folder and removes stale files', async () => {
    const out = path.join(dir, 'generated');
    await mkdir(path.join(out, 'old'), { recursive: true });
    await writeFile(path.join(out, 'old', 'stale.ts'), 'x');
    await writeOutputAtomically(out, [
      { path: 'a.ts', content: 'A' },
      { path: 'was/schemas/b.ts', content: 'B' },
    ]);
    expect(await readFile(path.join(out, 'a.ts'), 'utf8')).toBe('A');
    expect(await readFile(path.join(out, 'was/schemas/b.ts'), 'utf8')).toBe('B');
    expect((await readdir(out)).sort()).toEqual(['a.ts', 'was']);
    expect((await readdir(dir)).sort()).toEqual(['generated']);
  });

  it('leaves the folder untouched when a file cannot be written', async () => {
    const out = path.join(dir, 'generated');
    await mkdir(out);
    await writeFile(path.join(out, 'keep.ts'), 'keep');
    await expect(
      writeOutputAtomically(out, [
        { path: 'a.ts', content: 'A' },
        { path: 'a.ts/child.ts', content: 'cannot be both a file and a folder' },
      ]),
    ).rejects.toThrow();
    expect(await readdir(out)).toEqual(['keep.ts']);
    expect((await readdir(dir)).sort()).toEqual(['generated']);
  });

  it('refuses duplicate and escaping paths', async () => {
    await expect(
      writeOutputAtomically(path.join(dir, 'g'), [
        { path: 'a', content: '' },
        { path: 'a', content: '' },
      ]),
    ).rejects.toThrow(/two emitters/);
    await expect(writeOutputAtomically(path.join(dir, 'g'), [{ path: '../x', content: '' }])).rejects.toThrow(/unsafe/);
  });
});

describe('checkOutput', () => {
  it('reports missing, changed and stale files', async () => {
    const out = path.join(dir, 'generated');
    await writeOutputAtomically(out, [
      { path: 'same.ts', content: 'S' },
      { path: 'changed.ts', content: 'old' },
      { path: 'stale.ts', content: 'x' },
    ]);
    const report = await checkOutput(out, [
      { path: 'same.ts', content: 'S' },
      { path: 'changed.ts', content: 'new' },
      { path: 'new.ts', content: 'N' },
    ]);
    expect(report).toEqual({ added: ['new.ts'], changed: ['changed.ts'], removed: ['stale.ts'] });
    expect(hasDrift(report)).toBe(true);
    expect(
      hasDrift(
        await checkOutput(out, [
          { path: 'same.ts', content: 'S' },
          { path: 'changed.ts', content: 'old' },
          { path: 'stale.ts', content: 'x' },
        ]),
      ),
    ).toBe(false);
  });
});
