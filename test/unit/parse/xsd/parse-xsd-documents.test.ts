/**
 * Whole documents: element default/fixed/nillable, documentation, the schema header comment,
 * local includes (types join the schema's id space), determinism, and output ordering.
 * @see XSD 1.1 Part 1 §3.3, §3.15, §4.2.3
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { ID, namedType, parseSnippet, root, SCHEMA_ID, wrap } from './xsd-test-helpers.js';

const FIXTURES = new URL('../../../fixtures/xsd/', import.meta.url);

describe('parseXsd: element declarations', () => {
  // Parsed inside each test, not while the file is collected, so mutation testing can tell
  // which tests cover the parser (code run at collection counts as static: every test runs).
  const source = `
    <xs:complexType name="T"><xs:sequence>
      <xs:element name="d" type="xs:int" default="5"/>
      <xs:element name="f" type="xs:string" fixed="on"/>
      <xs:element name="n" type="xs:dateTime" nillable="true"/>
      <xs:element name="doc" type="xs:string">
        <xs:annotation><xs:documentation>
          Several   lines
          of text.
        </xs:documentation><xs:documentation>Second part.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence></xs:complexType>`;
  const fields = () => (namedType(parseSnippet(source), 'T').type as IrObjectType).fields;

  it.each([
    ['d', { default: '5', nillable: false }],
    ['f', { fixed: 'on', nillable: false }],
    ['n', { nillable: true }],
    ['doc', { doc: 'Several lines of text.\nSecond part.' }],
  ])('%s', (name, want) => {
    expect(fields().find((f) => f.name === name)).toMatchObject(want);
  });

  it('omits absent optional properties and keeps origins', () => {
    const d = fields().find((f) => f.name === 'd')!;
    expect(Object.keys(d).sort()).toEqual(['default', 'name', 'nillable', 'occurs', 'origin', 'type', 'xml']);
    expect(d.origin).toMatchObject({ file: 'test/t.xsd', line: 5 });
  });
});

describe('parseXsd: documents', () => {
  it('keeps type documentation and the header comment', () => {
    const source = `<?xml version="1.0"?>
<!-- Provenance: hand-written.
     Second line. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <!-- Note inside the schema -->
  <xs:complexType name="T"><xs:annotation><xs:documentation>The T type.</xs:documentation></xs:annotation></xs:complexType>
  <!-- not a header: after the first declaration -->
</xs:schema>`;
    const s = parseXsd({ source, file: 'a.xsd', schemaId: 'a.xsd' });
    expect(s.doc).toBe('Provenance: hand-written.\nSecond line.');
    expect(s.types[0]).toMatchObject({
      id: 'a.xsd#T',
      name: 'T',
      doc: 'The T type.',
      origin: { file: 'a.xsd', line: 6 },
    });
  });

  it('has no doc without comments; types and roots are sorted by name', () => {
    const s = parseSnippet(`<xs:element name="zeta" type="xs:string"/><xs:element name="Alpha" type="xs:string"/>
      <xs:simpleType name="b"><xs:restriction base="xs:string"/></xs:simpleType><xs:complexType name="B"/><xs:complexType name="a"/>`);
    expect(s.doc).toBeUndefined();
    expect(s.types.map((t) => t.name)).toEqual(['B', 'a', 'b']);
    expect(s.roots.map((r) => r.name)).toEqual(['Alpha', 'zeta']);
    expect(s).toMatchObject({ id: SCHEMA_ID, format: 'xsd', file: 'test/t.xsd' });
  });

  it('is deterministic: two runs give byte-identical JSON', () => {
    const body = readFileSync(new URL('include/main.xsd', FIXTURES), 'utf8');
    const run = () => JSON.stringify(parseXsd(includeInput(body)));
    expect(run()).toBe(run());
  });

  it('reads local includes: included components join the id space', () => {
    const s = parseXsd(includeInput(readFileSync(new URL('include/main.xsd', FIXTURES), 'utf8')));
    expect(s.types.map((t) => t.id)).toEqual([ID('Id')]);
    expect(namedType(s, 'Id')).toMatchObject({ origin: { file: 'xsd/include/common.xsd' } });
    expect(s.roots.map((r) => r.name)).toEqual(['Note', 'Order']);
    const order = root(s, 'Order').type as IrObjectType;
    expect(order.fields.map((f) => [f.name, f.type.kind])).toEqual([
      ['id', 'ref'],
      ['Note', 'primitive'],
      ['createdBy', 'primitive'],
      ['rev', 'primitive'],
    ]);
    expect(s.doc).toMatch(/^Fixture: a schema split over files\.\nmain\.xsd includes/);
  });

  it('passes the including file to readInclude', () => {
    const calls: [string, string][] = [];
    parseXsd({
      ...includeInput(readFileSync(new URL('include/main.xsd', FIXTURES), 'utf8')),
      readInclude: (href, from) => {
        calls.push([href, from]);
        return readLocal(href, from);
      },
    });
    expect(calls).toEqual([
      ['common.xsd', 'xsd/include/main.xsd'],
      ['main.xsd', 'xsd/include/common.xsd'],
    ]);
  });

  it('wrap() snippets parse without includes', () => {
    expect(parseXsd({ source: wrap(''), file: 'x.xsd', schemaId: 'x' }).types).toEqual([]);
  });
});

/** Resolves href relative to the including file, inside test/fixtures only. */
function readLocal(href: string, from: string): { source: string; file: string } {
  const file = path.posix.join(path.posix.dirname(from), href);
  return { source: readFileSync(new URL(file, new URL('../../../fixtures/', import.meta.url)), 'utf8'), file };
}

function includeInput(source: string) {
  return { source, file: 'xsd/include/main.xsd', schemaId: SCHEMA_ID, readInclude: readLocal };
}
