/**
 * `qspec validate --schema`: a schema with an `xs:pattern` qspec cannot turn into a working regex
 * is refused at load (exit 2, one located `XsdPatternUnsupported` line naming the pattern),
 * never validated without the pattern: before, `\p{IsArmenian}` was dropped with a warning
 * nobody printed and `a\-b` (a JavaScript `u`-flag syntax error once translated) was dropped
 * silently, so a value the pattern forbids was reported valid.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main.js';
import { captureIo } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-pattern-refusal-'));

function schemaWithPattern(name: string, pattern: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    [
      '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
      '  <xs:element name="code">',
      '    <xs:simpleType>',
      '      <xs:restriction base="xs:string">',
      `        <xs:pattern value="${pattern}"/>`,
      '      </xs:restriction>',
      '    </xs:simpleType>',
      '  </xs:element>',
      '</xs:schema>',
      '',
    ].join('\n'),
  );
  return file;
}

const doc = path.join(dir, 'doc.xml');
writeFileSync(doc, '<code>zzz</code>\n');

async function validate(xsd: string): Promise<{ code: number; out: string; err: string }> {
  const io = captureIo(dir);
  const code = await main(['validate', doc, '--schema', xsd], io);
  return { code, out: io.out(), err: io.err() };
}

describe('qspec validate --schema with an untranslatable xs:pattern', () => {
  it.each([
    ['a Unicode block escape qspec does not translate', 'armenian.xsd', '\\p{IsArmenian}+'],
    ['an escape JavaScript rejects once translated', 'dash.xsd', 'a\\-b'],
  ])('%s: refused at load, located, never "valid"', async (_what, name, pattern) => {
    const r = await validate(schemaWithPattern(name, pattern));
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(/valid/);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(`${name.replace('.', '\\.')}:2:\\d+: error XsdPatternUnsupported: xs:pattern '`),
    );
    expect(lines[0]).toContain(pattern);
  });

  it('a pattern qspec translates is enforced as before', async () => {
    const r = await validate(schemaWithPattern('digits.xsd', '[0-9]+'));
    expect(r.code).toBe(1);
  });
});
