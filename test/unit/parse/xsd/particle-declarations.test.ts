/**
 * Two declarations of one element name in a content model may differ in nillable and value
 * constraint (Element Declarations Consistent asks only for the same type): each particle keeps
 * its own, in the IR only where it differs from the field's, and the engine checks each child by
 * the particle it matched.
 * @see XSD 1.0 Part 1 §3.8.6 (Element Declarations Consistent), §3.3.4 (cvc-elt 3, 5)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };

const TWO_FIXED = `<xs:complexType name="T"><xs:sequence>
  <xs:element name="op" type="xs:string" fixed="delete"/>
  <xs:element name="op" type="xs:string" fixed="write"/>
  <xs:element name="n" type="xs:int" minOccurs="0"/>
  <xs:element name="n" type="xs:int" nillable="true" minOccurs="0"/>
  <xs:element name="d" type="xs:int" default="5" minOccurs="0"/>
  <xs:element name="d" type="xs:int" minOccurs="0"/>
</xs:sequence></xs:complexType>`;

describe('element particles with their own declaration', () => {
  it('keeps a declaration on the particles where it differs from the field', () => {
    const t = typeOf(parseSnippet(TWO_FIXED), 'T') as IrObjectType;
    expect(t.fields.map((f) => [f.name, f.fixed, f.nillable])).toEqual([
      ['op', 'delete', false],
      ['n', undefined, false],
      ['d', undefined, false],
    ]);
    expect(t.particle).toMatchObject({
      kind: 'sequence',
      occurs: one,
      items: [
        { kind: 'element', name: 'op', occurs: one },
        { kind: 'element', name: 'op', occurs: one, decl: { nillable: false, fixed: 'write' } },
        { kind: 'element', name: 'n', occurs: { min: 0, max: 1 } },
        { kind: 'element', name: 'n', occurs: { min: 0, max: 1 }, decl: { nillable: true } },
        { kind: 'element', name: 'd', occurs: { min: 0, max: 1 } },
        { kind: 'element', name: 'd', occurs: { min: 0, max: 1 }, decl: { nillable: false } },
      ],
    });
    const items = (t.particle as unknown as { items: { decl?: object }[] }).items;
    expect(items.map((i) => i.decl !== undefined)).toEqual([false, true, false, true, false, true]);
    expect(items[1]!.decl).toMatchObject({ origin: { line: 5 } });
  });

  it('checks the value constraint of the second declaration against the type', () => {
    const d = diagnosticOf(() =>
      parseSnippet(`<xs:complexType name="T"><xs:sequence>
        <xs:element name="n" type="xs:int" fixed="1"/>
        <xs:element name="n" type="xs:int" fixed="one"/></xs:sequence></xs:complexType>`),
    );
    expect(d).toMatchObject({ code: 'XsdInvalid', location: { line: 5 } });
    expect(d.message).toMatch(/fixed value 'one' is not valid/);
  });

  it('validates each child by the declaration of the particle it matches', () => {
    const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${TWO_FIXED}
      <xs:complexType name="Base"><xs:sequence><xs:element name="e" type="xs:string" default="foo"/></xs:sequence></xs:complexType>
      <xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base"><xs:sequence>
        <xs:element name="e" type="xs:string" fixed="goo"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
      <xs:element name="r" type="T"/><xs:element name="x" type="Ext"/></xs:schema>`;
    const model = buildXmlSchemaModel(parseXsd({ source, file: 'p.xsd', schemaId: 'p' }));
    const codes = (xml: string) => validateXml(xml, model).errors.map((e) => e.code);
    const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    expect(codes('<r><op>delete</op><op>write</op></r>')).toEqual([]);
    expect(codes('<r><op>delete</op><op>delete</op></r>')).toEqual(['InvalidValue']);
    expect(codes(`<r ${XSI}><op/><op/><n>1</n><n xsi:nil="true"/></r>`)).toEqual([]);
    expect(codes(`<r ${XSI}><op/><op/><n xsi:nil="true"/></r>`)).toEqual(['InvalidNil', 'InvalidValue']);
    // The second d has no default: an empty one is an empty xs:int, invalid.
    expect(codes('<r><op/><op/><d/></r>')).toEqual([]);
    expect(codes('<r><op/><op/><d/><d/></r>')).toEqual(['InvalidValue']);
    expect(codes('<x><e>aaafoo</e><e>goo</e></x>')).toEqual([]);
    expect(codes('<x><e>aaafoo</e><e>aaaaa</e></x>')).toEqual(['InvalidValue']);
  });
});
