/**
 * Vitest setupFiles entry, with the globalSetup test/support/tmp-guard.ts: while a test file runs
 * (its module code included), TMPDIR points at the file's own folder inside the run's, so whatever
 * the file leaves there is listed under its name at the end of the run. A folder left empty is
 * removed after the file's own afterAll hooks (this one is registered first, so it runs last).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, inject } from 'vitest';
import { fileTempDir, leftIn } from './tmp-guard.js';

const root = inject('qspecTmpRoot');
if (root) {
  const file = path.relative(process.cwd(), expect.getState().testPath ?? 'unknown');
  const dir = fileTempDir(root, file);
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  afterAll(() => {
    process.env.TMPDIR = saved;
    if (leftIn(dir).length === 0) rmSync(dir, { recursive: true, force: true });
  });
}
