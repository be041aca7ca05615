/**
 * An enumeration on a list or union type constrains the value space, not the text (XSD 1.0 Part 2
 * §4.3.5): a list value is enumerated when it equals an enumeration value item by item (`01 2`
 * equals `1 2` as a list of xs:int), a union value when a member type takes both and finds them
 * equal (`01` equals `1` as xs:int; XSD 1.1 Part 2 §2.2.3: values of different members are never
 * equal). Before, both compared the collapsed text. Engine verdicts agree with xmllint --schema
 * (libxml2 2.9.14), which accepts `01 2` and `01` here.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { SimpleModel } from '../../../../runtime/schema-model.js';
import { compileSimple } from '../../../../runtime/xml/simple-checker.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const listEnum: SimpleModel = { b: 'string', list: { b: 'int' }, enum: ['1 2', '3'] };
const unionEnum: SimpleModel = { b: 'string', union: [{ b: 'int' }, { b: 'boolean' }], enum: ['1', 'true'] };

describe('list and union enumerations compare values', () => {
  it('a list equal item by item to an enumerated list is allowed', () => {
    const c = compileSimple(listEnum);
    expect([c.check('01 2'), c.check('+1 002'), c.check(' 03 ')]).toEqual([undefined, undefined, undefined]);
    expect(c.check('1 3')).toBe('not one of the allowed values (1 2, 3)');
    expect(c.check('2 1')).toBe('not one of the allowed values (1 2, 3)');
    expect(c.check('1 2 3')).toBe('not one of the allowed values (1 2, 3)');
  });

  it('a union value equal to an enumerated value under the same member is allowed', () => {
    const c = compileSimple(unionEnum);
    expect([c.check('01'), c.check('+1'), c.check('true')]).toEqual([undefined, undefined, undefined]);
    // `1` as xs:int, never the boolean true; `0`/`false` are not listed
    expect(c.check('false')).toBe('not one of the allowed values (1, true)');
    expect(c.check('0')).toBe('not one of the allowed values (1, true)');
    expect(c.check('2')).toBe('not one of the allowed values (1, true)');
  });

  const model = buildXmlSchemaModel(
    parseXsd({
      file: 'e.xsd',
      schemaId: 'e',
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="LE"><xs:restriction><xs:simpleType><xs:list itemType="xs:int"/></xs:simpleType>
    <xs:enumeration value="1 2"/><xs:enumeration value="3"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="UE"><xs:restriction><xs:simpleType><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType>
    <xs:enumeration value="1"/><xs:enumeration value="true"/></xs:restriction></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:choice maxOccurs="unbounded">
    <xs:element name="le" type="LE"/><xs:element name="ue" type="UE"/>
  </xs:choice></xs:complexType></xs:element>
</xs:schema>`,
    }),
  );

  it.each([
    ['<le>01 2</le>', true],
    ['<le> 1  02 </le>', true],
    ['<le>1 3</le>', false],
    ['<ue>01</ue>', true],
    ['<ue>true</ue>', true],
    ['<ue>false</ue>', false],
  ])('engine: %s is valid: %s', async (body, valid) => {
    expect((await verdictOnAllPaths(`<r>${body}</r>`, model)).valid).toBe(valid);
  });
});
