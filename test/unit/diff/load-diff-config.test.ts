import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_DIFF_CONFIG } from '../../../generator/diff/diff-config.js';
import { loadDiffConfig } from '../../../generator/diff/run-diff.js';
import { DiagnosticError } from '../../../generator/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-diff-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadDiffConfig', () => {
  it('no --config: the empty config', async () => {
    expect(await loadDiffConfig(undefined, dir)).toBe(EMPTY_DIFF_CONFIG);
  });

  it('reads the file relative to the working directory', async () => {
    writeFileSync(path.join(dir, 'qspec-diff.yaml'), 'severity:\n  enum-value-added: breaking\n');
    expect(await loadDiffConfig('qspec-diff.yaml', dir)).toEqual({
      severity: { 'enum-value-added': 'breaking' },
      ignore: [],
    });
  });

  it('a missing file is a DiffConfigInvalid diagnostic naming the file', async () => {
    const err = await loadDiffConfig('nope.yaml', dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiagnosticError);
    expect((err as DiagnosticError).diagnostics).toEqual([
      {
        code: 'DiffConfigInvalid',
        severity: 'error',
        message: 'config file not found: nope.yaml',
        location: { file: 'nope.yaml' },
      },
    ]);
  });
});
