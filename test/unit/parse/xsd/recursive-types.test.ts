/**
 * Recursion through anonymous complex types (XSD 1.0 Part 1 §3.3.2, §3.4.2, §3.8.6): an element
 * whose anonymous type uses the element again, a model group that contains itself through an
 * element's anonymous type, and an anonymous type derived from the named type that declares its
 * element all load; the anonymous type that contains itself becomes the named type
 * `<element>@anonymous` and instances nest through it. Circular derivation and a circular
 * substitution group are still XsdInvalid.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { TsTypePrinter } from '../../../../generator/emit/types/ts-type-printer.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { verdictOnAllPaths } from '../../runtime/xml/verdict-helper.js';
import { diagnosticOf, ID, parseSnippet, root, typeOf } from './xsd-test-helpers.js';

const errors = async (schema: IrSchema, xml: string) =>
  (await verdictOnAllPaths(xml, buildXmlSchemaModel(schema))).errors.map((e) => `${e.code} ${e.location.line}`);

describe('anonymous types that contain themselves', () => {
  it('an element referring to itself inside its anonymous type is a named type it refers to', async () => {
    const schema = parseSnippet(`<xs:element name="node"><xs:complexType><xs:sequence>
        <xs:element ref="node" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>
        <xs:attribute name="id" type="xs:int"/></xs:complexType></xs:element>`);
    expect(root(schema, 'node').type).toEqual({ kind: 'ref', target: ID('node@anonymous') });
    const t = typeOf(schema, 'node@anonymous');
    expect(t.kind === 'object' && t.fields.map((f) => [f.name, f.type])).toEqual([
      ['node', { kind: 'ref', target: ID('node@anonymous') }],
      ['id', { kind: 'primitive', builtin: 'int', facets: {} }],
    ]);
    expect(new TsTypePrinter(schema).type(root(schema, 'node').type, '')).toBe('node_anonymous');
    expect(await errors(schema, '<node id="1"><node id="2"><node/></node><node/></node>')).toEqual([]);
    expect(await errors(schema, '<node>\n<node id="x"><other/></node></node>')).toEqual([
      'InvalidValue 2',
      'UnexpectedElement 2',
    ]);
  });

  it('recursion through another global element ends at the first anonymous type met again', async () => {
    const schema = parseSnippet(`
      <xs:element name="a"><xs:complexType><xs:sequence><xs:element ref="b" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>
      <xs:element name="b"><xs:complexType><xs:sequence><xs:element ref="a"/></xs:sequence></xs:complexType></xs:element>`);
    expect(root(schema, 'a').type).toEqual({ kind: 'ref', target: ID('a@anonymous') });
    expect(schema.types.map((t) => t.name)).toEqual(['a@anonymous']);
    expect(await errors(schema, '<a><b><a><b><a/></b></a></b></a>')).toEqual([]);
    expect(await errors(schema, '<b><a><b>\n</b></a></b>')).toEqual(['MissingElement 2']);
  });

  it('a group may contain itself through an element declaration (not through its own particles)', async () => {
    const schema = parseSnippet(`
      <xs:group name="g"><xs:sequence><xs:element name="x" minOccurs="0"><xs:complexType>
        <xs:group ref="g"/></xs:complexType></xs:element></xs:sequence></xs:group>
      <xs:element name="doc"><xs:complexType><xs:group ref="g"/></xs:complexType></xs:element>`);
    expect(schema.types.map((t) => t.name)).toEqual(['x@anonymous']);
    expect(await errors(schema, '<doc><x><x><x/></x></x></doc>')).toEqual([]);
    expect(await errors(schema, '<doc><x>\n<y/></x></doc>')).toEqual(['UnexpectedElement 2']);
  });

  it('an anonymous type may derive from the named type that declares its element', async () => {
    const schema = parseSnippet(`
      <xs:complexType name="foo"><xs:sequence><xs:element name="foo"/>
        <xs:element name="bar" minOccurs="0"><xs:complexType><xs:complexContent>
          <xs:restriction base="foo"><xs:sequence><xs:element name="foo"/></xs:sequence></xs:restriction>
        </xs:complexContent></xs:complexType></xs:element></xs:sequence></xs:complexType>
      <xs:complexType name="ext"><xs:sequence><xs:element name="e" minOccurs="0"><xs:complexType><xs:complexContent>
          <xs:extension base="ext"><xs:attribute name="n" type="xs:int"/></xs:extension>
        </xs:complexContent></xs:complexType></xs:element></xs:sequence></xs:complexType>
      <xs:element name="root" type="foo"/><xs:element name="top" type="ext"/>`);
    expect(await errors(schema, '<root><foo/><bar><foo/></bar></root>')).toEqual([]);
    expect(await errors(schema, '<root><foo/><bar><foo/>\n<bar/></bar></root>')).toEqual(['UnexpectedElement 2']);
    expect(await errors(schema, '<top><e n="1"><e n="2"/></e></top>')).toEqual([]);
  });

  it('circular derivation and circular substitution groups stay invalid', () => {
    const simpleContent =
      '<xs:complexType name="A"><xs:simpleContent><xs:extension base="B"/></xs:simpleContent></xs:complexType><xs:complexType name="B"><xs:simpleContent><xs:restriction base="A"/></xs:simpleContent></xs:complexType>';
    expect(diagnosticOf(() => parseSnippet(simpleContent))).toMatchObject({
      code: 'XsdInvalid',
      message: expect.stringMatching(/circular type derivation through "A"/),
    });
    const self =
      '<xs:complexType name="A"><xs:complexContent><xs:restriction base="A"/></xs:complexContent></xs:complexType>';
    expect(diagnosticOf(() => parseSnippet(self)).message).toMatch(/circular type derivation/);
    const heads =
      '<xs:element name="e1" substitutionGroup="e2"/><xs:element name="e2" substitutionGroup="e1"/><xs:complexType name="T"><xs:sequence><xs:element ref="e1"/></xs:sequence></xs:complexType>';
    expect(diagnosticOf(() => parseSnippet(heads))).toMatchObject({
      code: 'XsdInvalid',
      message: expect.stringMatching(/circular substitution group/),
    });
  });
});
