/**
 * The top level of schema documents (read-schema-components.ts), with whole diagnostics: the root
 * element, global names, the top-level constructs that are ignored or refused, `targetNamespace`
 * and the form defaults of the xs:schema element, and the namespace rules of xs:include and
 * xs:import (src-include, src-import), whitespace in these attributes collapsed as their types
 * (anyURI, NCName, the form enumeration) require.
 * @see XSD 1.0 Part 1 §3.15.2 (xs:schema), §4.2.1 (include), §4.2.3 (import), §3.2.2 / §3.3.2 (form)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType, IrSchema } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, parseFiles, root } from './xsd-test-helpers.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';
const XS = `xmlns:xs="${XSD}"`;

/** The whole diagnostic a one-line `main` raises, expected at the first `tag` of `main`. */
function expectFailure(main: string, files: Record<string, string>, tag: string, code: string, message: string) {
  const column = main.indexOf(tag) + 1;
  expect(column).toBeGreaterThan(0);
  const want: Diagnostic = { code, severity: 'error', message, location: { file: 'main.xsd', line: 1, column } };
  expect(diagnosticOf(() => parseFiles(main, files))).toEqual(want);
}

const fields = (s: IrSchema, name: string) =>
  (root(s, name).type as IrObjectType).fields.map((f) => [f.name, f.xml.local]);

describe('readSchemaComponents: the root and the top level', () => {
  it('refuses a root element of the XSD namespace that is not xs:schema', () => {
    expectFailure(
      `<xs:element ${XS} name="r"/>`,
      {},
      '<xs:element',
      'XsdInvalid',
      `root element is <xs:element>, expected xs:schema (namespace ${XSD})`,
    );
  });

  it('ignores a top-level xs:notation (no structure to map)', () => {
    const s = parseFiles(
      `<xs:schema ${XS}><xs:notation name="png" public="image/png"/><xs:element name="r" type="xs:int"/></xs:schema>`,
    );
    expect(s.roots.map((r) => r.name)).toEqual(['r']);
    expect(s.types).toEqual([]);
  });

  it('refuses xs:override (XSD 1.1) with its own message', () => {
    expectFailure(
      `<xs:schema ${XS}><xs:override schemaLocation="b.xsd"/></xs:schema>`,
      { 'b.xsd': `<xs:schema ${XS}/>` },
      '<xs:override',
      'XsdUnsupported',
      'xs:override is not supported; copy the changed components instead',
    );
  });

  it('refuses another top-level construct it does not map (xs:defaultOpenContent, XSD 1.1)', () => {
    expectFailure(
      `<xs:schema ${XS}><xs:defaultOpenContent><xs:any/></xs:defaultOpenContent></xs:schema>`,
      {},
      '<xs:defaultOpenContent',
      'XsdUnsupported',
      'xs:defaultOpenContent at the top level of a schema is not supported',
    );
  });

  it('keys a global component by its name without surrounding whitespace (NCName collapse)', () => {
    const s = parseFiles(`<xs:schema ${XS}><xs:complexType name=" T "/><xs:element name="r" type="T"/></xs:schema>`);
    expect(s.types.map((t) => [t.id, t.name])).toEqual([['m#T', 'T']]);
    expect(root(s, 'r').type).toEqual({ kind: 'ref', target: 'm#T' });
  });
});

describe('readSchemaComponents: targetNamespace and the form defaults', () => {
  it('refuses a targetNamespace of whitespace only, like an empty one', () => {
    expectFailure(
      `<xs:schema ${XS} targetNamespace="  "/>`,
      {},
      '<xs:schema',
      'XsdInvalid',
      'targetNamespace must not be empty (leave it out for no namespace)',
    );
  });

  it('takes the targetNamespace without surrounding whitespace', () => {
    const s = parseFiles(`<xs:schema ${XS} targetNamespace=" urn:a "><xs:element name="r" type="xs:int"/></xs:schema>`);
    expect(s.roots.map((r) => r.name)).toEqual(['{urn:a}r']);
  });

  it('refuses a form default that is neither qualified nor unqualified', () => {
    expectFailure(
      `<xs:schema ${XS} elementFormDefault="yes"/>`,
      {},
      '<xs:schema',
      'XsdInvalid',
      'elementFormDefault="yes" must be qualified or unqualified',
    );
    expectFailure(
      `<xs:schema ${XS} attributeFormDefault="Qualified"/>`,
      {},
      '<xs:schema',
      'XsdInvalid',
      'attributeFormDefault="Qualified" must be qualified or unqualified',
    );
  });

  it('qualifies local attributes by attributeFormDefault, and accepts the values with whitespace', () => {
    const doc = (element: string, attribute: string) =>
      `<xs:schema ${XS} targetNamespace="urn:f" elementFormDefault="${element}" attributeFormDefault="${attribute}">
        <xs:element name="r"><xs:complexType><xs:sequence><xs:element name="e" type="xs:int"/></xs:sequence>
        <xs:attribute name="a" type="xs:int"/></xs:complexType></xs:element></xs:schema>`;
    expect(fields(parseFiles(doc(' unqualified ', ' qualified ')), '{urn:f}r')).toEqual([
      ['e', 'e'],
      ['a', '{urn:f}a'],
    ]);
    expect(fields(parseFiles(doc('qualified', 'unqualified')), '{urn:f}r')).toEqual([
      ['e', '{urn:f}e'],
      ['a', 'a'],
    ]);
  });
});

describe('readSchemaComponents: include and import namespaces', () => {
  it('includes a document of the includer’s own target namespace', () => {
    const b = `<xs:schema ${XS} targetNamespace="urn:a"><xs:simpleType name="Code"><xs:restriction base="xs:string"/></xs:simpleType></xs:schema>`;
    const s = parseFiles(
      `<xs:schema ${XS} xmlns:a="urn:a" targetNamespace="urn:a"><xs:include schemaLocation="b.xsd"/><xs:element name="r" type="a:Code"/></xs:schema>`,
      { 'b.xsd': b },
    );
    expect(s.types.map((t) => t.name)).toEqual(['{urn:a}Code']);
    expect(root(s, '{urn:a}r').type).toEqual({ kind: 'ref', target: 'm#{urn:a}Code' });
  });

  it.each([
    ['no namespace', '', 'no namespace'],
    ['a namespace', ' targetNamespace="urn:a"', 'namespace "urn:a"'],
  ])('refuses an include of another namespace into a schema with %s', (_what, tns, includer) => {
    expectFailure(
      `<xs:schema ${XS}${tns}><xs:include schemaLocation="b.xsd"/></xs:schema>`,
      { 'b.xsd': `<xs:schema ${XS} targetNamespace="urn:b"/>` },
      '<xs:include',
      'XsdInvalid',
      `included schema has targetNamespace "urn:b", the includer ${includer}`,
    );
  });

  it('refuses an import whose document has another namespace than the one it names', () => {
    expectFailure(
      `<xs:schema ${XS} targetNamespace="urn:a"><xs:import schemaLocation="b.xsd"/></xs:schema>`,
      { 'b.xsd': `<xs:schema ${XS} targetNamespace="urn:b"/>` },
      '<xs:import',
      'XsdInvalid',
      'imported schema has targetNamespace "urn:b", the xs:import names no namespace',
    );
    expectFailure(
      `<xs:schema ${XS} targetNamespace="urn:a"><xs:import namespace="urn:b" schemaLocation="b.xsd"/></xs:schema>`,
      { 'b.xsd': `<xs:schema ${XS}/>` },
      '<xs:import',
      'XsdInvalid',
      'imported schema has no targetNamespace, the xs:import names namespace "urn:b"',
    );
  });

  it.each(['', '  '])('refuses an xs:import namespace="%s"', (ns) => {
    expectFailure(
      `<xs:schema ${XS} targetNamespace="urn:a"><xs:import namespace="${ns}"/></xs:schema>`,
      {},
      '<xs:import',
      'XsdInvalid',
      'xs:import namespace must not be empty (leave it out for no namespace)',
    );
  });

  it('refuses an import without a namespace into a schema without one', () => {
    expectFailure(
      `<xs:schema ${XS}><xs:import schemaLocation="b.xsd"/></xs:schema>`,
      { 'b.xsd': `<xs:schema ${XS}/>` },
      '<xs:import',
      'XsdInvalid',
      'xs:import without a namespace in a schema without one (use xs:include)',
    );
  });

  it('takes the import namespace and the schemaLocation without surrounding whitespace', () => {
    const b = `<xs:schema ${XS} targetNamespace="urn:b"><xs:element name="e" type="xs:int"/></xs:schema>`;
    const s = parseFiles(
      `<xs:schema ${XS} targetNamespace="urn:a"><xs:import namespace=" urn:b " schemaLocation=" b.xsd "/></xs:schema>`,
      { 'b.xsd': b },
    );
    expect(s.roots.map((r) => r.name)).toEqual(['{urn:b}e']);
  });
});
