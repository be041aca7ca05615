/**
 * Shared helpers of the conformance kit tests: the fixture spec folder, its IR (loaded once),
 * and an in-memory CommandIo that captures stdout/stderr.
 */
import path from 'node:path';
import type { CommandIo } from '../../../cli/command.js';
import type { IrDocument } from '../../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../../generator/load/load-ir.js';

export const repoRoot = path.resolve(new URL('.', import.meta.url).pathname, '..', '..', '..');
export const fixtureSpecs = path.join(repoRoot, 'test', 'fixtures', 'conformance', 'specs');

let cached: Promise<IrDocument> | undefined;
export function fixtureDoc(): Promise<IrDocument> {
  cached ??= loadIrDocument(fixtureSpecs);
  return cached;
}

export function captureIo(cwd = repoRoot): CommandIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    cwd,
    isTty: false,
    env: {},
    out: () => out,
    err: () => err,
  };
}
