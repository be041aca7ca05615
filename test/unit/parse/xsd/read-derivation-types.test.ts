/**
 * The `derivation` a named type records in the IR (read-derivation.ts, used for xsi:type): the
 * base type definition's expanded name and the derivation method.
 * - a complex type: the `base` of the xs:extension / xs:restriction inside its xs:simpleContent or
 *   xs:complexContent (annotations skipped), method extension / restriction; a complex type with
 *   neither (and nothing blocked) is a restriction of xs:anyType and records no derivation
 *   (XSD 1.1 Part 1 §3.4.2.1-3.4.2.3, {base type definition}, {derivation method});
 * - a simple type: a list or a union has xs:anySimpleType as its base (Part 2 §4.1.2, {base type
 *   definition} and {variety}), a union also names its `memberTypes`; a restriction has its
 *   `base`; a restriction of an anonymous type records that type's own base, or xs:anySimpleType
 *   when the anonymous type is a list or a union (the module's contract, read-derivation.ts);
 * - a built-in base is `{http://www.w3.org/2001/XMLSchema}local` whatever prefix names it (or none,
 *   with the XSD namespace as default), surrounding whitespace dropped (QName whitespace collapse,
 *   Part 2 §3.2.18); a base of this schema is its expanded name (`{ns}local`, or `local`).
 * Every schema used here is valid for xmllint 2.9.14 but one: xmllint refuses the padded
 * base="  xs:int " that xs:QName's whiteSpace collapse (Part 2 §3.2.18, §4.3.6) allows.
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType, IrSchema, IrTypeDerivation } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, namedType, parseSnippet } from './xsd-test-helpers.js';

const XS = (local: string) => `{http://www.w3.org/2001/XMLSchema}${local}`;

function derivationOf(schema: IrSchema, name: string): IrTypeDerivation | undefined {
  return namedType(schema, name).derivation;
}

const CODE = `<xs:simpleType name="Code"><xs:restriction base="xs:token"><xs:enumeration value="A"/></xs:restriction></xs:simpleType>`;

describe('readDerivation: complex types', () => {
  it('a complex type without simple or complex content records no derivation (a restriction of xs:anyType)', () => {
    const s = parseSnippet(
      `<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`,
    );
    const t = namedType(s, 'T');
    expect(t.derivation).toBeUndefined();
    expect('derivation' in t).toBe(false);
  });

  it('complexContent extension: the base and "extension", annotations before content and step skipped', () => {
    const s =
      parseSnippet(`<xs:complexType name="U"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:complexType name="T"><xs:annotation><xs:documentation>d</xs:documentation></xs:annotation>
        <xs:complexContent><xs:annotation/>
          <xs:extension base="U"><xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension>
        </xs:complexContent></xs:complexType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: 'U', method: 'extension' });
    expect(derivationOf(s, 'U')).toBeUndefined();
  });

  it('complexContent restriction: the base and "restriction"', () => {
    const s =
      parseSnippet(`<xs:complexType name="U"><xs:sequence><xs:element name="a" type="xs:string" minOccurs="0"/></xs:sequence></xs:complexType>
      <xs:complexType name="T"><xs:complexContent>
        <xs:restriction base="U"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:restriction>
      </xs:complexContent></xs:complexType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: 'U', method: 'restriction' });
  });

  it('complexContent restriction of xs:anyType names xs:anyType', () => {
    const s = parseSnippet(`<xs:complexType name="T"><xs:complexContent><xs:restriction base="xs:anyType">
      <xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: XS('anyType'), method: 'restriction' });
  });

  it('simpleContent extension of a built-in: the built-in expanded name and "extension"', () => {
    const s = parseSnippet(`<xs:complexType name="T"><xs:simpleContent><xs:extension base="xs:decimal">
      <xs:attribute name="unit" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: XS('decimal'), method: 'extension' });
  });

  it('simpleContent extension of a named simple type, and restriction of that complex type', () => {
    const s = parseSnippet(`${CODE}
      <xs:complexType name="C"><xs:simpleContent><xs:extension base="Code"><xs:attribute name="a" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
      <xs:complexType name="R"><xs:simpleContent><xs:restriction base="C"><xs:attribute name="a" use="prohibited"/></xs:restriction></xs:simpleContent></xs:complexType>`);
    expect(derivationOf(s, 'C')).toStrictEqual({ base: 'Code', method: 'extension' });
    expect(derivationOf(s, 'R')).toStrictEqual({ base: 'C', method: 'restriction' });
  });

  it('an xs:extension or xs:restriction without base is XsdInvalid at the step (base is required, §3.4.2)', () => {
    const cc = `<xs:complexType name="T"><xs:complexContent><xs:extension/></xs:complexContent></xs:complexType>`;
    expect(diagnosticOf(() => parseSnippet(cc))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:extension has no base',
      location: { file: 'test/t.xsd', line: 3, column: 45 },
    });
    const sc = `<xs:complexType name="T">\n  <xs:simpleContent><xs:restriction/></xs:simpleContent></xs:complexType>`;
    expect(diagnosticOf(() => parseSnippet(sc))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:restriction has no base',
      location: { file: 'test/t.xsd', line: 4, column: 21 },
    });
  });

  it('with a target namespace, a base of this schema is its expanded name', () => {
    const s = parseXsd({
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t">
        <xs:complexType name="U"/>
        <xs:complexType name="T"><xs:complexContent><xs:extension base="t:U"/></xs:complexContent></xs:complexType>
        <xs:simpleType name="S"><xs:restriction base="xs:int"/></xs:simpleType>
      </xs:schema>`,
      file: 't.xsd',
      schemaId: 't',
    });
    expect(derivationOf(s, '{urn:t}T')).toStrictEqual({ base: '{urn:t}U', method: 'extension' });
    expect(derivationOf(s, '{urn:t}S')).toStrictEqual({ base: XS('int'), method: 'restriction' });
  });
});

describe('readDerivation: how a built-in base is written', () => {
  const cases: [string, string, string, string][] = [
    [
      'padded with whitespace',
      '<xs:simpleType name="T"><xs:restriction base="  xs:int "/></xs:simpleType>',
      'int',
      'restriction',
    ],
    [
      'under another prefix',
      '<xs:simpleType name="T" xmlns:xsd="http://www.w3.org/2001/XMLSchema"><xs:restriction base="xsd:decimal"/></xs:simpleType>',
      'decimal',
      'restriction',
    ],
    [
      'unprefixed, the XSD namespace being the default',
      '<xs:simpleType name="T" xmlns="http://www.w3.org/2001/XMLSchema"><xs:restriction base="boolean"/></xs:simpleType>',
      'boolean',
      'restriction',
    ],
    [
      'a complex type base under a one-letter prefix',
      '<xs:complexType name="T" xmlns:x="http://www.w3.org/2001/XMLSchema"><xs:simpleContent><xs:extension base="x:date"/></xs:simpleContent></xs:complexType>',
      'date',
      'extension',
    ],
  ];
  for (const [what, body, local, method] of cases) {
    it(`${what}: {XSD namespace}${local}`, () => {
      expect(derivationOf(parseSnippet(body), 'T')).toStrictEqual({ base: XS(local), method });
    });
  }
});

describe('readDerivation: simple types', () => {
  it('a restriction of a built-in and of a named simple type', () => {
    const s = parseSnippet(`${CODE}<xs:simpleType name="T"><xs:restriction base="Code"/></xs:simpleType>`);
    expect(derivationOf(s, 'Code')).toStrictEqual({ base: XS('token'), method: 'restriction' });
    expect(derivationOf(s, 'T')).toStrictEqual({ base: 'Code', method: 'restriction' });
  });

  it('a list has base xs:anySimpleType and method "list" (Part 2 §4.1.2), whatever its item type', () => {
    const s = parseSnippet(`${CODE}<xs:simpleType name="L"><xs:list itemType="Code"/></xs:simpleType>
      <xs:simpleType name="M"><xs:annotation/><xs:list><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:list></xs:simpleType>`);
    expect(derivationOf(s, 'L')).toStrictEqual({ base: XS('anySimpleType'), method: 'list' });
    expect(derivationOf(s, 'M')).toStrictEqual({ base: XS('anySimpleType'), method: 'list' });
  });

  it('a union has base xs:anySimpleType and names its memberTypes, in order, whitespace collapsed', () => {
    const s = parseSnippet(`${CODE}<xs:simpleType name="U"><xs:union memberTypes="  xs:int
        Code	xs:date "/></xs:simpleType>`);
    expect(derivationOf(s, 'U')).toStrictEqual({
      base: XS('anySimpleType'),
      method: 'union',
      members: [XS('int'), 'Code', XS('date')],
    });
  });

  it('a union of anonymous member types only names none of them; with memberTypes, only those', () => {
    const s = parseSnippet(`${CODE}<xs:simpleType name="A"><xs:union>
        <xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType>
        <xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType></xs:union></xs:simpleType>
      <xs:simpleType name="B"><xs:union memberTypes="Code"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:union></xs:simpleType>`);
    expect(derivationOf(s, 'A')).toStrictEqual({ base: XS('anySimpleType'), method: 'union', members: [] });
    expect(derivationOf(s, 'B')).toStrictEqual({ base: XS('anySimpleType'), method: 'union', members: ['Code'] });
  });

  it('a restriction of an anonymous restriction records the anonymous type’s base', () => {
    const s = parseSnippet(`<xs:simpleType name="T"><xs:restriction>
        <xs:simpleType><xs:restriction base="xs:int"><xs:minInclusive value="0"/></xs:restriction></xs:simpleType>
        <xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: XS('int'), method: 'restriction' });
  });

  it('two anonymous restriction steps down to a named type record the named type', () => {
    const s = parseSnippet(`${CODE}<xs:simpleType name="T"><xs:restriction>
        <xs:simpleType><xs:restriction><xs:simpleType><xs:restriction base="Code"/></xs:simpleType></xs:restriction></xs:simpleType>
      </xs:restriction></xs:simpleType>`);
    expect(derivationOf(s, 'T')).toStrictEqual({ base: 'Code', method: 'restriction' });
  });

  it('a restriction of an anonymous list or union records xs:anySimpleType', () => {
    const s = parseSnippet(`<xs:simpleType name="L"><xs:restriction>
        <xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType><xs:length value="2"/></xs:restriction></xs:simpleType>
      <xs:simpleType name="U"><xs:restriction>
        <xs:simpleType><xs:union memberTypes="xs:int xs:date"/></xs:simpleType></xs:restriction></xs:simpleType>
      <xs:simpleType name="N"><xs:restriction><xs:simpleType><xs:restriction>
        <xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType></xs:restriction></xs:simpleType>`);
    for (const name of ['L', 'U', 'N']) {
      expect(derivationOf(s, name), name).toStrictEqual({ base: XS('anySimpleType'), method: 'restriction' });
    }
  });

  it('an xs:simpleType with no restriction, list or union is XsdInvalid at the simple type', () => {
    expect(diagnosticOf(() => parseSnippet('<xs:simpleType name="T"><xs:annotation/></xs:simpleType>'))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'xs:simpleType needs a restriction, list or union',
      location: { file: 'test/t.xsd', line: 3, column: 1 },
    });
  });

  it('complex and simple types side by side each get their own kind of derivation', () => {
    const s =
      parseSnippet(`${CODE}<xs:complexType name="C"><xs:simpleContent><xs:extension base="Code"/></xs:simpleContent></xs:complexType>
      <xs:element name="e" type="C"/>`);
    const c = namedType(s, 'C').type as IrObjectType;
    expect(c.kind).toBe('object');
    expect(derivationOf(s, 'C')).toStrictEqual({ base: 'Code', method: 'extension' });
    expect(derivationOf(s, 'Code')).toStrictEqual({ base: XS('token'), method: 'restriction' });
  });
});
