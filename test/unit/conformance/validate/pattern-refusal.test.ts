/**
 * `qspec validate --schema` with `xs:pattern` facets: every XSD 1.0 regular expression is enforced
 * (before, `\p{IsArmenian}` and `a\-b`, valid XSD, refused the whole schema as "untranslatable"),
 * an invalid one (`*a`, `(`, `a{,2}`) makes the schema invalid (exit 2, one located `XsdInvalid`
 * line at the `xs:pattern`; before, such schemas loaded), and a counted repetition too large to
 * compile is refused at load, never validated without the pattern.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main.js';
import { captureIo } from '../helpers.js';

const dir = mkdtempSync(path.join(tmpdir(), 'qspec-pattern-refusal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

async function validate(xsd: string, value: string): Promise<{ code: number; out: string; err: string }> {
  const doc = path.join(dir, `doc-${path.basename(xsd)}.xml`);
  writeFileSync(doc, `<code>${value}</code>\n`);
  const io = captureIo(dir);
  const code = await main(['validate', doc, '--schema', xsd], io);
  return { code, out: io.out(), err: io.err() };
}

describe('qspec validate --schema with xs:pattern', () => {
  it.each([
    ['a Unicode block escape', 'armenian.xsd', '\\p{IsArmenian}+', '\u0531\u0532', 'zzz'],
    ['an escaped dash', 'dash.xsd', 'a\\-b', 'a-b', 'ab'],
    ['a complemented name escape', 'not-name.xsd', '\\C+', '  ', 'abc'],
    ['class subtraction with a category', 'sub.xsd', '[\\p{L}-[a-z]]+', 'ABC\u00c9', 'ABc'],
  ])('%s is enforced', async (_what, name, pattern, good, bad) => {
    const xsd = schemaWithPattern(name, pattern);
    const ok = await validate(xsd, good);
    expect(ok.err).toBe('');
    expect(ok.code).toBe(0);
    const no = await validate(xsd, bad);
    expect(no.code).toBe(1);
    expect(no.out + no.err).toContain(`does not match pattern ${pattern}`);
  });

  it.each([
    ['a quantifier with nothing to repeat', 'star.xsd', '*a', 'nothing to repeat'],
    ['an unclosed group', 'open.xsd', '(a', "'(' is not closed"],
    ['a quantifier without its minimum', 'comma.xsd', 'a{,2}', 'needs a number first'],
    ['an unknown block', 'block.xsd', '\\p{IsKlingon}', "unknown Unicode block 'IsKlingon'"],
  ])('%s: the schema is invalid, located at the xs:pattern', async (_what, name, pattern, reason) => {
    const r = await validate(schemaWithPattern(name, pattern), 'a');
    expect(r.code).toBe(2);
    expect(r.out).not.toMatch(/valid/);
    const lines = r.err.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`${name.replace('.', '\\.')}:5:\\d+: error XsdInvalid: xs:pattern '`));
    expect(lines[0]).toContain(reason);
  });

  it('a counted repetition too large to compile is refused at load, located', async () => {
    const r = await validate(schemaWithPattern('huge.xsd', 'a{1,100000}'), 'a');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/huge\.xsd:5:\d+: error XsdUnsupported: xs:pattern 'a\{1,100000\}' is beyond the limits/);
  });
});
