/**
 * `--retest-timeouts` (mutation/run.mjs): the Timeout results leave the incremental file a run
 * starts from, so Stryker tests those mutants again; every other result stays as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { dropTimeouts } from '../../../mutation/baseline.mjs';

function incrementalFile(content: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'qspec-timeouts-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'stryker-incremental.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('dropTimeouts', () => {
  it('removes only the Timeout mutants, in every file, and counts them', () => {
    const file = incrementalFile({
      schemaVersion: '2',
      files: {
        'a.ts': {
          source: 'A',
          mutants: [
            { id: '1', status: 'Timeout' },
            { id: '2', status: 'Killed' },
          ],
        },
        'b.ts': {
          source: 'B',
          mutants: [
            { id: '3', status: 'Survived' },
            { id: '4', status: 'Timeout' },
            { id: '5', status: 'Timeout' },
          ],
        },
        'c.ts': { source: 'C', mutants: [] },
      },
      testFiles: { 't.ts': { tests: [] } },
    });
    expect(dropTimeouts(file)).toBe(3);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      schemaVersion: '2',
      files: {
        'a.ts': { source: 'A', mutants: [{ id: '2', status: 'Killed' }] },
        'b.ts': { source: 'B', mutants: [{ id: '3', status: 'Survived' }] },
        'c.ts': { source: 'C', mutants: [] },
      },
      testFiles: { 't.ts': { tests: [] } },
    });
    expect(dropTimeouts(file)).toBe(0);
  });

  it('with a list of files, drops only theirs (a part run: the other files keep their results)', () => {
    const file = incrementalFile({
      files: {
        'a.ts': { mutants: [{ id: '1', status: 'Timeout' }] },
        'b.ts': {
          mutants: [
            { id: '2', status: 'Timeout' },
            { id: '3', status: 'Killed' },
          ],
        },
      },
    });
    expect(dropTimeouts(file, ['b.ts', 'gone.ts'])).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      files: {
        'a.ts': { mutants: [{ id: '1', status: 'Timeout' }] },
        'b.ts': { mutants: [{ id: '3', status: 'Killed' }] },
      },
    });
  });

  it('is 0 and writes nothing when there is no incremental file yet', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qspec-timeouts-')), 'none.json');
    onTestFinished(() => rmSync(path.dirname(file), { recursive: true, force: true }));
    expect(dropTimeouts(file)).toBe(0);
    expect(() => readFileSync(file)).toThrow(/ENOENT/);
  });
});
