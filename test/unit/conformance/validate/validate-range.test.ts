/**
 * One thread's share of a batch (validate-range.ts): a file whose kind has no target is a bug in
 * the caller (thrown, never a verdict), and an error that is not an I/O error (no errno code) is
 * thrown too instead of being reported as an unreadable file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReadScratch } from '../../../../conformance/validate/validate-file-whole.js';
import { validateRange } from '../../../../conformance/validate/validate-range.js';
import type { ValidationTarget } from '../../../../conformance/validate/validation-target.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-range-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.xml');
writeFileSync(file, '<a/>');

describe('validateRange', () => {
  it('a file with no target for its kind is thrown, naming it', async () => {
    await expect(validateRange([{ shown: 'a.xml', abs: file }], {}, {}, 0, 1, new ReadScratch())).rejects.toThrow(
      'validate: no target for a.xml',
    );
  });

  it('an error without an errno code is thrown, not reported as an unreadable file', async () => {
    // A target whose model is missing: the engine fails with a TypeError.
    const broken = { kind: 'xml', label: 'broken', schemaId: 'x', model: undefined } as unknown as ValidationTarget;
    await expect(
      validateRange([{ shown: 'a.xml', abs: file }], { xml: broken }, {}, 0, 1, new ReadScratch()),
    ).rejects.toThrow(TypeError);
  });
});
