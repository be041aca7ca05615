/**
 * Namespaces in the XSD front end: components keyed by expanded name ({targetNamespace}name),
 * QName references resolved against the in-scope declarations (any prefix, or the default
 * namespace, for the XSD namespace too), `elementFormDefault` / `attributeFormDefault` / `form`,
 * xs:import of another namespace, xs:include of the same namespace or a chameleon one.
 * @see XSD 1.0 Part 1 §3.15.2, §3.3.2, §3.2.2, §4.2.1, §4.2.3; Namespaces in XML 1.0 §6
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType, IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseFiles, root } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

const fieldsOf = (s: IrSchema, name: string) =>
  (root(s, name).type as IrObjectType).fields.map((f) => [f.name, f.xml.local]);

describe('parseXsd: namespaces', () => {
  it('reads schemas written with the XSD namespace as default namespace', () => {
    const source = `<schema xmlns="http://www.w3.org/2001/XMLSchema">
      <complexType name="string"><sequence><element name="s" type="int"/></sequence></complexType>
      <element name="r"><complexType><sequence><element name="a" type="string"/><element name="b" type="boolean"/></sequence></complexType></element>
    </schema>`;
    const s = parseXsd({ source, file: 'd.xsd', schemaId: 'd' });
    const r = root(s, 'r').type as IrObjectType;
    // An own type named like a built-in wins for unprefixed names; the built-in stays reachable.
    expect(r.fields.map((f) => f.type)).toEqual([
      { kind: 'ref', target: 'd#string' },
      { kind: 'primitive', builtin: 'boolean', facets: {} },
    ]);
  });

  it('keys global components by {targetNamespace}name and resolves prefixed references', () => {
    const source = `<xs:schema ${XS} xmlns:tns="urn:qualys:test" targetNamespace="urn:qualys:test">
      <xs:simpleType name="Id"><xs:restriction base="xs:long"/></xs:simpleType>
      <xs:element name="item" type="xs:string"/>
      <xs:element name="r"><xs:complexType><xs:sequence><xs:element name="id" type="tns:Id"/><xs:element ref="tns:item"/></xs:sequence></xs:complexType></xs:element>
    </xs:schema>`;
    const s = parseXsd({ source, file: 'n.xsd', schemaId: 'n' });
    expect(s.types.map((t) => [t.id, t.name])).toEqual([['n#{urn:qualys:test}Id', '{urn:qualys:test}Id']]);
    expect(s.roots.map((r) => r.name)).toEqual(['{urn:qualys:test}item', '{urn:qualys:test}r']);
    const r = root(s, '{urn:qualys:test}r').type as IrObjectType;
    // The local element is unqualified (elementFormDefault defaults to unqualified); the ref is not.
    expect(r.fields.map((f) => [f.name, f.xml.local, f.type])).toEqual([
      ['id', 'id', { kind: 'ref', target: 'n#{urn:qualys:test}Id' }],
      ['item', '{urn:qualys:test}item', { kind: 'primitive', builtin: 'string', facets: {} }],
    ]);
  });

  it('resolves an unprefixed reference through the default namespace, not by local name', () => {
    const ok = `<xs:schema ${XS} xmlns="urn:a" targetNamespace="urn:a">
      <xs:complexType name="T"><xs:sequence><xs:element name="x" type="xs:int"/></xs:sequence></xs:complexType>
      <xs:element name="r" type="T"/>
    </xs:schema>`;
    expect((root(parseFiles(ok), '{urn:a}r').type as { target: string }).target).toBe('m#{urn:a}T');
    // Without a default namespace, "T" names the no-namespace T, which this schema does not define.
    const bad = ok.replace(' xmlns="urn:a"', '');
    expect(diagnosticOf(() => parseFiles(bad))).toMatchObject({ code: 'XsdUnresolvedType' });
  });

  it('takes unprefixed names in the XSD default namespace as built-ins when there is a target namespace', () => {
    const s = parseFiles(`<schema xmlns="http://www.w3.org/2001/XMLSchema" xmlns:a="urn:a" targetNamespace="urn:a">
      <simpleType name="string"><restriction base="int"/></simpleType>
      <element name="r"><complexType><sequence>
        <element name="b" type="string"/><element name="o" type="a:string"/>
      </sequence></complexType></element></schema>`);
    expect((root(s, '{urn:a}r').type as IrObjectType).fields.map((f) => f.type)).toEqual([
      { kind: 'primitive', builtin: 'string', facets: {} },
      { kind: 'ref', target: 'm#{urn:a}string' },
    ]);
  });

  it('qualifies local elements and attributes by elementFormDefault, attributeFormDefault and form', () => {
    const s = parseFiles(`<xs:schema ${XS} targetNamespace="urn:f" elementFormDefault="qualified">
      <xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="q" type="xs:int"/><xs:element name="u" form="unqualified" type="xs:int"/>
      </xs:sequence>
      <xs:attribute name="a" type="xs:int"/><xs:attribute name="b" form="qualified" type="xs:int"/>
      </xs:complexType></xs:element>
    </xs:schema>`);
    expect(fieldsOf(s, '{urn:f}r')).toEqual([
      ['q', '{urn:f}q'],
      ['u', 'u'],
      ['a', 'a'],
      ['b', '{urn:f}b'],
    ]);
    const bad = `<xs:schema ${XS} targetNamespace="urn:f"><xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="q" form="yes" type="xs:int"/></xs:sequence></xs:complexType></xs:element></xs:schema>`;
    expect(diagnosticOf(() => parseFiles(bad)).message).toMatch(/form="yes"/);
  });

  it('imports another namespace: same local names do not collide', () => {
    const other = `<xs:schema ${XS} targetNamespace="urn:b"><xs:element name="e" type="xs:int"/></xs:schema>`;
    const s = parseFiles(
      `<xs:schema ${XS} xmlns:b="urn:b" targetNamespace="urn:a" xmlns:a="urn:a">
        <xs:import namespace="urn:b" schemaLocation="b.xsd"/>
        <xs:element name="e"><xs:complexType><xs:sequence><xs:element ref="b:e"/></xs:sequence></xs:complexType></xs:element>
      </xs:schema>`,
      { 'b.xsd': other },
    );
    expect(s.roots.map((r) => r.name)).toEqual(['{urn:a}e', '{urn:b}e']);
    expect(fieldsOf(s, '{urn:a}e')).toEqual([['e', '{urn:b}e']]);
  });

  it.each([
    ['an import whose document has another namespace', 'import namespace="urn:c"', /xs:import names namespace "urn:c"/],
    ['an import of the schema’s own namespace', 'import namespace="urn:a"', /own namespace/],
    ['an include of another namespace', 'include', /included schema has targetNamespace "urn:b"/],
  ])('rejects %s', (_what, tag, message) => {
    const other = `<xs:schema ${XS} targetNamespace="urn:b"/>`;
    const main = `<xs:schema ${XS} targetNamespace="urn:a"><xs:${tag} schemaLocation="b.xsd"/></xs:schema>`;
    const d = diagnosticOf(() => parseFiles(main, { 'b.xsd': other }));
    expect(d.code).toBe('XsdInvalid');
    expect(d.message).toMatch(message);
  });

  it('gives a chameleon include the includer’s namespace, references included', () => {
    const common = `<xs:schema ${XS}>
      <xs:simpleType name="Code"><xs:restriction base="xs:string"/></xs:simpleType>
      <xs:element name="c" type="Code"/>
    </xs:schema>`;
    const s = parseFiles(
      `<xs:schema ${XS} xmlns:a="urn:a" targetNamespace="urn:a"><xs:include schemaLocation="c.xsd"/>
        <xs:element name="r" type="a:Code"/></xs:schema>`,
      { 'c.xsd': common },
    );
    expect(s.types.map((t) => t.name)).toEqual(['{urn:a}Code']);
    expect(s.roots.map((r) => [r.name, r.type])).toEqual([
      ['{urn:a}c', { kind: 'ref', target: 'm#{urn:a}Code' }],
      ['{urn:a}r', { kind: 'ref', target: 'm#{urn:a}Code' }],
    ]);
  });

  it('reads a local schema for the XML namespace; the built-in one only when none is read', () => {
    const XML = 'http://www.w3.org/XML/1998/namespace';
    const own = `<xs:schema ${XS} targetNamespace="${XML}"><xs:import schemaLocation="other.xsd"/>
      <xs:attribute name="lang" type="xs:language"/><xs:attribute name="blah"/></xs:schema>`;
    // other.xsd imports the XML namespace without a location: own.xsd already provides it.
    const other = `<xs:schema ${XS}><xs:import namespace="${XML}"/></xs:schema>`;
    const main = (location: string) => `<xs:schema ${XS}>
      <xs:import namespace="${XML}" ${location}/>
      <xs:element name="r"><xs:complexType><xs:attribute ref="xml:blah"/><xs:attribute ref="xml:lang"/></xs:complexType></xs:element>
    </xs:schema>`;
    const s = parseFiles(main('schemaLocation="own.xsd"'), { 'own.xsd': own, 'other.xsd': other });
    expect(fieldsOf(s, 'r')).toEqual([
      ['blah', `{${XML}}blah`],
      ['lang', `{${XML}}lang`],
    ]);
    // No location, or a file that cannot be read: the built-in schema, which has no xml:blah.
    for (const location of ['', 'schemaLocation="missing.xsd"']) {
      expect(diagnosticOf(() => parseFiles(main(location), { 'other.xsd': other })).message).toMatch(/xml:blah/);
    }
  });

  it('rejects an empty targetNamespace and an unbound prefix in a reference', () => {
    expect(diagnosticOf(() => parseFiles(`<xs:schema ${XS} targetNamespace=""/>`)).message).toMatch(
      /targetNamespace must not be empty/,
    );
    const unbound = `<xs:schema ${XS}><xs:element name="r" type="p:T"/></xs:schema>`;
    expect(diagnosticOf(() => parseFiles(unbound)).message).toMatch(/prefix "p"/);
  });
});
