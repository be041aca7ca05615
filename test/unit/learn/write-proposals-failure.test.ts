/**
 * `qspec learn --write` when writing a schema fails (here the rename of the temporary file over
 * the schema, as across devices): the error reaches the caller, the schema is as it was, and the
 * temporary file written beside it is removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runLearn } from '../../../conformance/learn/run-learn.js';
import { oneSchemaSpecs, writeHar, X_URL } from './learn-fixture.js';

const failRename = vi.hoisted(() => ({ on: false }));
vi.mock('node:fs/promises', async (original) => {
  const fs = await original<typeof import('node:fs/promises')>();
  return {
    ...fs,
    rename: async (from: string, to: string) => {
      if (failRename.on) {
        throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), {
          code: 'EXDEV',
        });
      }
      return fs.rename(from, to);
    },
  };
});

const DTD = '<!ELEMENT R (A)>\n<!ELEMENT A (#PCDATA)>\n';

describe('learn --write, a failed write', () => {
  it('rejects, keeps the schema as it was and leaves no temporary file beside it', async () => {
    const { dir, specs, file } = oneSchemaSpecs('dtd', DTD, 'R');
    const har = writeHar(path.join(dir, 'r.har'), [
      { url: X_URL, body: '<!DOCTYPE R SYSTEM "s.dtd">\n<R><A>1</A><B>2</B></R>' },
    ]);
    failRename.on = true;
    try {
      await expect(runLearn({ specsDir: specs, inputs: [har], write: true })).rejects.toThrow(/EXDEV/);
    } finally {
      failRename.on = false;
    }
    expect(readFileSync(file, 'utf8')).toBe(DTD);
    expect(readdirSync(path.dirname(file))).toEqual(['s.dtd']);
  });
});
