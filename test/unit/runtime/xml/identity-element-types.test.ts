/**
 * Identity constraints whose field is an element's own value, for each way the element gets its
 * type: a named simple type (the model's first type, index 0), a complex type with simple content
 * (the value's built-in is that content's), a built-in named by xsi:type (no model type at all) and
 * an anonymous type. Values are compared in the built-in's value space (XSD 1.0 Part 1 §3.11.4,
 * Part 2 §3.2.3 decimal), so `1.0` and `1` are one key whichever way the type came; a value that
 * is not valid is compared as its text.
 */
import { describe, expect, it } from 'vitest';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:simpleType name="amount"><xs:restriction base="xs:decimal"/></xs:simpleType>
  <xs:complexType name="priced"><xs:simpleContent><xs:extension base="xs:decimal">
    <xs:attribute name="unit" type="xs:string"/>
  </xs:extension></xs:simpleContent></xs:complexType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="n" type="amount" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="p" type="priced" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="x" minOccurs="0" maxOccurs="unbounded"/>
    <xs:element name="a" minOccurs="0" maxOccurs="unbounded">
      <xs:simpleType><xs:restriction base="xs:decimal"/></xs:simpleType>
    </xs:element>
  </xs:sequence></xs:complexType>
  <xs:unique name="un"><xs:selector xpath="n"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="up"><xs:selector xpath="p"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="ux"><xs:selector xpath="x"/><xs:field xpath="."/></xs:unique>
  <xs:unique name="ua"><xs:selector xpath="a"/><xs:field xpath="."/></xs:unique>
  </xs:element>`);

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const codes = async (body: string) =>
  (await verdictOnAllPaths(`<r ${XS}>${body}</r>`, model)).errors.map((e) => e.code);

describe('identity constraints on element values, by where the type comes from', () => {
  it('the named simple type is the first of the model (index 0), the case a sign slip would miss', () => {
    const first = model.types[0];
    expect(first?.k === 'simple' && first.name).toBe('amount');
  });

  it.each([
    ['a named simple type derived from decimal', '<n>1.0</n><n>1</n>'],
    ['a complex type with decimal simple content', '<p unit="EUR">1.0</p><p>01</p>'],
    ['a built-in named by xsi:type', '<x xsi:type="xs:decimal">1.0</x><x xsi:type="xs:decimal">+1</x>'],
    ['a built-in integer type named by xsi:type', '<x xsi:type="xs:int">007</x><x xsi:type="xs:int">7</x>'],
    ['an anonymous simple type', '<a>2.50</a><a>2.5</a>'],
  ])('equal decimal values: %s is a DuplicateKey', async (_name, body) => {
    expect(await codes(body)).toEqual(['DuplicateKey']);
  });

  it.each([
    ['a named simple type', '<n>1.0</n><n>1.01</n>'],
    ['a complex type with simple content', '<p>1</p><p>10</p>'],
    ['a built-in named by xsi:type', '<x xsi:type="xs:decimal">1</x><x xsi:type="xs:decimal">-1</x>'],
    ['a string and a decimal of the same text', '<x xsi:type="xs:string">1</x><x xsi:type="xs:decimal">1</x>'],
  ])('different values: %s', async (_name, body) => {
    expect(await codes(body)).toEqual([]);
  });

  it('a value that is not valid is compared as its text, not coerced into a decimal', async () => {
    const found = await codes('<n>01x</n><n>1x</n>');
    expect(found).not.toContain('DuplicateKey');
    expect(found.length).toBe(2);
  });
});
