/**
 * Every diagnostic the XSD front end raises, each triggered by a minimal schema, with its code,
 * a message naming the problem, and the file:line:column of the offending tag.
 * @see generator/parse/xsd/xsd-diagnostics.ts
 */
import { describe, expect, it } from 'vitest';
import { fail } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

type Case = [string, { given: string; code: string; message: RegExp; line?: number }];

/** Snippets start on line 3 of the wrapped document. */
const cases: Case[] = [
  [
    'unresolved element type',
    {
      given: '<xs:element name="e" type="Missing"/>',
      code: 'XsdUnresolvedType',
      message: /"Missing" is not defined/,
      line: 3,
    },
  ],
  [
    'unknown xs: built-in',
    { given: '<xs:element name="e" type="xs:strng"/>', code: 'XsdUnresolvedType', message: /not an XSD built-in/ },
  ],
  [
    'unresolved extension base',
    {
      given:
        '<xs:complexType name="T"><xs:complexContent><xs:extension base="Nope"/></xs:complexContent></xs:complexType>',
      code: 'XsdUnresolvedType',
      message: /"Nope"/,
    },
  ],
  [
    'unresolved union member',
    {
      given: '<xs:simpleType name="T"><xs:union memberTypes="xs:int Gone"/></xs:simpleType>',
      code: 'XsdUnresolvedType',
      message: /"Gone"/,
    },
  ],
  [
    'unresolved element ref',
    {
      given: '<xs:complexType name="T"><xs:sequence><xs:element ref="ghost"/></xs:sequence></xs:complexType>',
      code: 'XsdUnresolvedRef',
      message: /element ref "ghost"/,
    },
  ],
  [
    'unresolved group ref',
    {
      given: '<xs:complexType name="T"><xs:sequence><xs:group ref="G"/></xs:sequence></xs:complexType>',
      code: 'XsdUnresolvedRef',
      message: /group ref "G"/,
    },
  ],
  [
    'unresolved attributeGroup ref',
    {
      given: '<xs:complexType name="T"><xs:attributeGroup ref="AG"/></xs:complexType>',
      code: 'XsdUnresolvedRef',
      message: /attributeGroup ref "AG"/,
    },
  ],
  [
    'unresolved attribute ref',
    {
      given: '<xs:complexType name="T"><xs:attribute ref="a"/></xs:complexType>',
      code: 'XsdUnresolvedRef',
      message: /attribute ref "a"/,
    },
  ],
  [
    'unresolved substitution group head',
    {
      given: '<xs:element name="m" type="xs:string" substitutionGroup="head"/>',
      code: 'XsdUnresolvedRef',
      message: /substitutionGroup "head"/,
    },
  ],
  [
    'unsupported built-in',
    {
      given: '<xs:element name="y" type="xs:dateTimeStamp"/>',
      code: 'XsdUnsupported',
      message: /xs:dateTimeStamp is not supported/,
    },
  ],
  [
    'unsupported XSD 1.1 xs:override',
    { given: '<xs:override schemaLocation="x.xsd"/>', code: 'XsdUnsupported', message: /xs:override/ },
  ],
  [
    'unsupported XSD 1.1 xs:assert',
    {
      given: '<xs:complexType name="T"><xs:sequence/><xs:assert test="true()"/></xs:complexType>',
      code: 'XsdUnsupported',
      message: /xs:assert inside xs:complexType/,
    },
  ],
  [
    'unsupported XSD 1.1 xs:openContent',
    {
      given: '<xs:complexType name="T"><xs:openContent/><xs:sequence/></xs:complexType>',
      code: 'XsdUnsupported',
      message: /xs:openContent/,
    },
  ],
  [
    'unsupported xs:assertion facet',
    {
      given:
        '<xs:simpleType name="T"><xs:restriction base="xs:int"><xs:assertion test="$value gt 0"/></xs:restriction></xs:simpleType>',
      code: 'XsdUnsupported',
      message: /facet xs:assertion/,
    },
  ],
  [
    'bounds facet on a list type',
    {
      given:
        '<xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType><xs:simpleType name="T"><xs:restriction base="L"><xs:maxInclusive value="3"/></xs:restriction></xs:simpleType>',
      code: 'XsdInvalid',
      message: /xs:maxInclusive does not apply to an xs:list type/,
    },
  ],
  [
    'http include',
    {
      given: '<xs:include schemaLocation="http://example.com/x.xsd"/>',
      code: 'XsdExternalRef',
      message: /network fetch/,
      line: 3,
    },
  ],
  [
    'https import',
    {
      given: '<xs:import namespace="urn:x" schemaLocation="https://example.com/x.xsd"/>',
      code: 'XsdExternalRef',
      message: /network fetch/,
    },
  ],
  [
    'include without a reader',
    { given: '<xs:include schemaLocation="local.xsd"/>', code: 'XsdExternalRef', message: /no local include reader/ },
  ],
  ['global type without a name', { given: '<xs:complexType/>', code: 'XsdInvalid', message: /has no name/ }],
  [
    'duplicate global type',
    {
      given: '<xs:complexType name="T"/><xs:simpleType name="T"><xs:restriction base="xs:int"/></xs:simpleType>',
      code: 'XsdInvalid',
      message: /duplicate global xs:simpleType "T" \(first declared at test\/t\.xsd:3:/,
    },
  ],
  [
    'minOccurs > maxOccurs',
    {
      given:
        '<xs:complexType name="T"><xs:sequence><xs:element name="a" minOccurs="3" maxOccurs="2"/></xs:sequence></xs:complexType>',
      code: 'XsdInvalid',
      message: /greater than maxOccurs/,
    },
  ],
  [
    'bad maxOccurs',
    {
      given:
        '<xs:complexType name="T"><xs:sequence><xs:element name="a" maxOccurs="many"/></xs:sequence></xs:complexType>',
      code: 'XsdInvalid',
      message: /maxOccurs="many"/,
    },
  ],
  [
    'local element without name or ref',
    {
      given: '<xs:complexType name="T"><xs:sequence><xs:element type="xs:int"/></xs:sequence></xs:complexType>',
      code: 'XsdInvalid',
      message: /needs a name or a ref/,
    },
  ],
  [
    'non-integer length facet',
    {
      given:
        '<xs:simpleType name="T"><xs:restriction base="xs:string"><xs:maxLength value="ten"/></xs:restriction></xs:simpleType>',
      code: 'XsdInvalid',
      message: /xs:maxLength value "ten"/,
    },
  ],
  [
    'circular extension',
    {
      given:
        '<xs:complexType name="A"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType><xs:complexType name="B"><xs:complexContent><xs:extension base="A"/></xs:complexContent></xs:complexType>',
      code: 'XsdInvalid',
      message: /circular type derivation/,
    },
  ],
  [
    'circular group',
    {
      given:
        '<xs:group name="G"><xs:sequence><xs:group ref="G"/></xs:sequence></xs:group><xs:complexType name="T"><xs:group ref="G"/></xs:complexType>',
      code: 'XsdInvalid',
      message: /refers to itself/,
    },
  ],
  [
    'complexContent on a simple base',
    {
      given:
        '<xs:complexType name="T"><xs:complexContent><xs:extension base="xs:string"/></xs:complexContent></xs:complexType>',
      code: 'XsdInvalid',
      message: /must be a complex type/,
    },
  ],
  [
    'simpleContent on element-only base',
    {
      given:
        '<xs:complexType name="B"><xs:sequence/></xs:complexType><xs:complexType name="T"><xs:simpleContent><xs:extension base="B"/></xs:simpleContent></xs:complexType>',
      code: 'XsdInvalid',
      message: /without simple content/,
    },
  ],
  [
    'required attribute with default',
    {
      given:
        '<xs:complexType name="T"><xs:attribute name="a" type="xs:int" use="required" default="1"/></xs:complexType>',
      code: 'XsdInvalid',
      message: /required and so cannot have a default/,
    },
  ],
  [
    'element with default and fixed',
    {
      given: '<xs:element name="e" type="xs:int" default="1" fixed="1"/>',
      code: 'XsdInvalid',
      message: /both default and fixed/,
    },
  ],
  [
    'undeclared QName prefix',
    { given: '<xs:element name="e" type="foo:Bar"/>', code: 'XsdInvalid', message: /prefix "foo"/ },
  ],
];

describe('parseXsd: diagnostics', () => {
  it.each(cases)('%s → %s', (_name, { given, code, message, line }) => {
    const d = diagnosticOf(() => parseSnippet(given));
    expect(d.code).toBe(code);
    expect(d.message).toMatch(message);
    expect(d.location.file).toBe('test/t.xsd');
    expect(d.location.line).toBeGreaterThanOrEqual(3);
    if (line !== undefined) expect(d.location.line).toBe(line);
    expect(d.location.column).toBeGreaterThan(0);
  });

  it('XsdInvalid when the root is not xs:schema', () => {
    const d = diagnosticOf(() => parseXsd({ source: '<schema/>', file: 'bad.xsd', schemaId: 'bad' }));
    expect(d).toMatchObject({ code: 'XsdInvalid', location: { file: 'bad.xsd', line: 1 } });
    expect(d.message).toMatch(/expected xs:schema/);
  });

  it('XmlSyntax from the tree reader, located', () => {
    const d = diagnosticOf(() =>
      parseXsd({
        source: '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n<xs:element',
        file: 'broken.xsd',
        schemaId: 'b',
      }),
    );
    expect(d).toMatchObject({ code: 'XmlSyntax', location: { file: 'broken.xsd', line: 2 } });
  });

  it('XmlSyntax for a DOCTYPE (no entity expansion)', () => {
    const source = '<!DOCTYPE x [<!ENTITY e "boom">]><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"/>';
    expect(diagnosticOf(() => parseXsd({ source, file: 'x.xsd', schemaId: 'x' })).code).toBe('XmlSyntax');
  });

  it('XsdExternalRef when the include reader fails, located at the include', () => {
    const d = diagnosticOf(() =>
      parseSnippet('<xs:include schemaLocation="missing.xsd"/>', {
        readInclude: () => {
          throw new Error('ENOENT: no such file');
        },
      }),
    );
    expect(d).toMatchObject({ code: 'XsdExternalRef', location: { line: 3 } });
    expect(d.message).toMatch(/missing\.xsd.*ENOENT/);
  });

  it('a reader diagnostic without a position is located at the include tag', () => {
    const d = diagnosticOf(() =>
      parseSnippet('\n<xs:include schemaLocation="../outside.xsd"/>', {
        readInclude: () => fail('XsdExternalRef', 'points outside the spec folder', { file: 'test/t.xsd' }),
      }),
    );
    expect(d).toMatchObject({
      code: 'XsdExternalRef',
      message: 'points outside the spec folder',
      location: { file: 'test/t.xsd', line: 4 },
    });
  });

  it('errors inside an included file point at that file', () => {
    const d = diagnosticOf(() =>
      parseSnippet('<xs:include schemaLocation="inc.xsd"/>', {
        readInclude: () => ({
          source:
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n  <xs:element name="x" type="Nope"/>\n</xs:schema>',
          file: 'test/inc.xsd',
        }),
      }),
    );
    expect(d).toMatchObject({ code: 'XsdUnresolvedType', location: { file: 'test/inc.xsd', line: 2 } });
  });
});
