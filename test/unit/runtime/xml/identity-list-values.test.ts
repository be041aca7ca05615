/**
 * Identity constraints on list-typed fields through the whole validator: two list values are equal
 * when they have the same length and their items are equal item by item in the item type's value
 * space (XSD 1.0 Part 2 §2.5.1.2, §3.2.3 decimal, §3.2.15 hexBinary, §3.2.18 QName), so `1.0 2`
 * and `1 2.00` are one decimal-list value, on an element and on an attribute alike.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = buildXmlSchemaModel(
  parseXsd({
    file: 'l.xsd',
    schemaId: 'l',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="decs"><xs:list itemType="xs:decimal"/></xs:simpleType>
  <xs:simpleType name="hexes"><xs:list itemType="xs:hexBinary"/></xs:simpleType>
  <xs:simpleType name="names"><xs:list itemType="xs:QName"/></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="d" type="decs" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="h" type="hexes" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="q" type="names" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="a" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:attribute name="v" type="decs"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType>
  <xs:unique name="ud"><xs:selector xpath="d"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="uh"><xs:selector xpath="h"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="uq"><xs:selector xpath="q"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="ua"><xs:selector xpath="a"/><xs:field xpath="@v"/></xs:unique>
  </xs:element>
</xs:schema>`,
  }),
);

const codes = async (body: string) =>
  (await verdictOnAllPaths(`<r xmlns:p="urn:x" xmlns:o="urn:x">${body}</r>`, model)).errors.map((e) => e.code);

describe('identity constraints on list values', () => {
  it.each([
    ['decimal items in different lexical forms', '<d>1.0 2</d><d>1 2.00</d>'],
    ['decimal items with signs and zeros', '<d>+01 -0</d><d>1.0 0</d>'],
    ['hexBinary items in either case', '<h>0a FF</h><h>0A ff</h>'],
    ['QName items with two prefixes of one namespace', '<q>p:x p:y</q><q>o:x o:y</q>'],
    ['a decimal-list attribute', '<a v="1.0 2"/><a v="1 2.00"/>'],
  ])('equal item by item: %s is a DuplicateKey', async (_name, body) => {
    expect(await codes(body)).toEqual(['DuplicateKey']);
  });

  it.each([
    ['a different item', '<d>1 2</d><d>1 3</d>'],
    ['another order', '<d>1 2</d><d>2 1</d>'],
    ['another length', '<d>1 2</d><d>1 2 2</d>'],
    ['hex items that differ', '<h>0a</h><h>0b</h>'],
    ['QName items of different namespaces', '<q xmlns:s="urn:s">p:x</q><q xmlns:p="urn:y">p:x</q>'],
  ])('not equal: %s', async (_name, body) => {
    expect(await codes(body)).toEqual([]);
  });
});
