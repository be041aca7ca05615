/**
 * xsi:type on an element whose declared type is a union: a member type (or a type derived from
 * one) may stand in for the union (XSD 1.0 Part 1 §3.14.6 clause 2.2.4) only when restriction is
 * not blocked (clause 2.1: any type other than the union itself counts as a restriction of it),
 * by the element's block or the type's. The verdicts agree with xmllint --schema.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = buildXmlSchemaModel(
  parseXsd({
    file: 'u.xsd',
    schemaId: 'u',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t">
  <xs:simpleType name="U"><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType>
  <xs:simpleType name="Small"><xs:restriction base="xs:int"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="blocked" type="t:U" block="restriction" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="open" type="t:U" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="ext" type="t:U" block="extension" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
  }),
);

const codes = async (body: string) =>
  (
    await verdictOnAllPaths(
      `<t:r xmlns:t="urn:t" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</t:r>`,
      model,
    )
  ).errors.map((e) => e.code);

describe('xsi:type on a union-typed element', () => {
  it.each([
    ['a member type, nothing blocked', '<open xsi:type="xs:int">5</open>'],
    ['a type derived from a member, nothing blocked', '<open xsi:type="t:Small">5</open>'],
    ['a member type, only extension blocked', '<ext xsi:type="xs:boolean">true</ext>'],
    ['the union itself, restriction blocked', '<blocked xsi:type="t:U">5</blocked>'],
  ])('accepts %s', async (_name, body) => {
    expect(await codes(body)).toEqual([]);
  });

  it.each([
    ['a member type', '<blocked xsi:type="xs:int">5</blocked>'],
    ['another member type', '<blocked xsi:type="xs:boolean">true</blocked>'],
    ['a type derived from a member', '<blocked xsi:type="t:Small">5</blocked>'],
  ])('refuses %s when the element blocks restriction', async (_name, body) => {
    expect(await codes(body)).toEqual(['InvalidType']);
  });
});
