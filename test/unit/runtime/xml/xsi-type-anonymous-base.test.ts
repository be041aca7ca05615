/**
 * xsi:type naming a simple type whose base is written inline (`<xs:restriction><xs:simpleType>
 * <xs:restriction base="t:T"/>...`): the type derives from T through the anonymous step, by
 * restriction twice (XSD 1.0 Part 1 §3.14.6), so it may stand in for T or for xs:anyType unless
 * restriction is blocked. The verdicts agree with xmllint --schema.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = buildXmlSchemaModel(
  parseXsd({
    file: 'a.xsd',
    schemaId: 'a',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t">
  <xs:simpleType name="T"><xs:restriction base="xs:int"/></xs:simpleType>
  <xs:simpleType name="S"><xs:restriction><xs:simpleType><xs:restriction base="t:T"/></xs:simpleType><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="L"><xs:restriction><xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="tt" type="t:T" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="tb" type="t:T" block="restriction" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="ax" block="extension" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="in" type="xs:int" minOccurs="0" maxOccurs="unbounded"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`,
  }),
);

const codes = async (body: string) =>
  (
    await verdictOnAllPaths(
      `<t:r xmlns:t="urn:t" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</t:r>`,
      model,
    )
  ).errors.map((e) => e.code);

describe('xsi:type naming a type with an anonymous base', () => {
  it.each([
    ['in place of its named ancestor', '<tt xsi:type="t:S">5</tt>'],
    ["in place of that ancestor's built-in base", '<in xsi:type="t:S">5</in>'],
    ['on an xs:anyType element that blocks extension only', '<ax xsi:type="t:S">5</ax>'],
    ['a restricted anonymous list on an xs:anyType element', '<ax xsi:type="t:L">1 2</ax>'],
  ])('is accepted %s', async (_name, body) => {
    expect(await codes(body)).toEqual([]);
  });

  it('still checks the value against the type it names (its own facet)', async () => {
    expect(await codes('<tt xsi:type="t:S">10</tt>')).toEqual(['InvalidValue']);
  });

  it('is refused where restriction is blocked, and where it does not derive', async () => {
    expect(await codes('<tb xsi:type="t:S">5</tb>')).toEqual(['InvalidType']);
    expect(await codes('<tt xsi:type="t:L">5</tt>')).toEqual(['InvalidType']);
  });
});
