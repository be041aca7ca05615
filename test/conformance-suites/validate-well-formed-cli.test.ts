/**
 * `qspec validate --well-formed FILE...` (real CLI process, real files in a temp dir): XML 1.0
 * well-formedness with no schema; exit 0 when every file is well-formed, 1 otherwise, 2 on a
 * usage error; `--format json` gives each file's verdict and issue codes; entity declarations
 * keep the code `XmlEntityDeclared`; UTF-16 files are read, not called binary; a 4-byte UTF-8
 * character that ends at the 32 KiB read boundary inside an attribute is fine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'qspec-wf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

function qspec(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(repo, 'bin/qspec.js'), 'validate', ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A document whose 4-byte character (U+1D11E) ends exactly at byte 32768, inside an attribute. */
function boundaryDocument(): Buffer {
  const head = '<a x="';
  const pad = 32 * 1024 - head.length - 4;
  return Buffer.concat([Buffer.from(head + 'p'.repeat(pad)), Buffer.from('\u{1D11E}'), Buffer.from('"/>')]);
}

describe('qspec validate --well-formed', () => {
  it('judges each file; json verdicts with issue codes; exit 1 when any is not well-formed', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?><a>\u00e9</a>', 'utf16le'),
    ]);
    const files = [
      file('good.xml', "<!DOCTYPE a [<!-- doesn't --><!ELEMENT a ANY>]><a/>"),
      file('utf16.xml', utf16),
      file('boundary.xml', boundaryDocument()),
      file('bad.xml', "<!DOCTYPE a [<!-- doesn't -->]><a><b/></c>'</a>]><a/>"),
      file('entity.xml', '<!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>'),
      file('outside.xml', '<a/>&#32;'),
    ];
    const r = qspec('--well-formed', '--format', 'json', ...files.map((f) => path.basename(f)));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { files: { file: string; valid: boolean; errors: { code: string }[] }[] };
    expect(report.files.map((f) => [f.file, f.valid, f.errors.map((e) => e.code)])).toEqual([
      ['good.xml', true, []],
      ['utf16.xml', true, []],
      ['boundary.xml', true, []],
      ['bad.xml', false, ['XmlSyntax']],
      ['entity.xml', false, ['XmlEntityDeclared']],
      ['outside.xml', false, ['XmlSyntax']],
    ]);
  });

  it('exits 0 when every file is well-formed, and 2 with a schema as well', () => {
    writeFileSync(
      path.join(dir, 'ok.xml'),
      Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf\u00e9</a>', 'latin1'),
    );
    const ok = qspec('--well-formed', 'ok.xml');
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining('ok.xml: valid against XML 1.0 well-formedness')]);
    const both = qspec('--well-formed', '--schema', 'x.xsd', 'ok.xml');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('exactly one of');
  });
});
