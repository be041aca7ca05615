/**
 * Subset areas (redaction and limits are client files): without a run of their own, `--scores`
 * counts their files' mutants in the parent area's committed baseline.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it, onTestFinished } from 'vitest';
import { subsetFromParent } from '../../../mutation/baseline.mjs';

const mutants = (...statuses: string[]) => ({ mutants: statuses.map((status, i) => ({ id: String(i), status })) });

function rootWithBaseline(area: string, files: Record<string, ReturnType<typeof mutants>>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'qspec-subset-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(path.join(root, 'mutation/baseline'), { recursive: true });
  writeFileSync(path.join(root, 'mutation/baseline', `${area}.json.gz`), gzipSync(JSON.stringify({ files })));
  return root;
}

describe('subsetFromParent', () => {
  it("counts only the subset's files, by status", () => {
    const root = rootWithBaseline('client', {
      'runtime/client/redact.ts': mutants('Killed', 'Killed', 'Survived', 'Timeout'),
      'runtime/client/secret-match.ts': mutants('Killed', 'NoCoverage'),
      'runtime/client/retry.ts': mutants('Survived', 'Survived', 'Survived'),
    });
    const got = subsetFromParent(root, 'client', ['runtime/client/redact.ts', 'runtime/client/secret-match.ts']);
    expect(got?.held).toBe(2);
    expect(got?.total).toMatchObject({ Killed: 3, Survived: 1, NoCoverage: 1, Timeout: 1, Ignored: 0 });
  });

  it('is undefined when the parent has no baseline or holds none of the files', () => {
    const root = rootWithBaseline('client', { 'runtime/client/retry.ts': mutants('Killed') });
    expect(subsetFromParent(root, 'client', ['runtime/client/redact.ts'])).toBeUndefined();
    expect(subsetFromParent(root, 'mock', ['runtime/client/retry.ts'])).toBeUndefined();
  });

  it('counts a file the parent holds even when another of the subset is missing', () => {
    const root = rootWithBaseline('client', { 'runtime/client/redact.ts': mutants('Killed', 'Survived') });
    const got = subsetFromParent(root, 'client', ['runtime/client/redact.ts', 'runtime/client/gone.ts']);
    expect(got).toMatchObject({ held: 1, total: { Killed: 1, Survived: 1 } });
  });
});
