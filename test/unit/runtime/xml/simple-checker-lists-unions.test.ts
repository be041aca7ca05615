/**
 * xs:list and xs:union in the simple-type check (`compileSimple`) and in the engine: the empty
 * list, item-wise list equality, enumerations on lists and unions (checked on the collapsed
 * value, with messages listing the allowed values), union member selection for fixed-value
 * equality, and the two flags a union passes on to the engine (it never accepts every string;
 * it needs the instance's namespaces when a member is a QName). Engine verdicts agree with
 * xmllint --schema (libxml2 2.9.14).
 *
 * @see XSD 1.0 Part 2 §2.5.1.2 (list datatypes: a list of zero items is a value), §2.5.1.3 (union
 *      datatypes), §4.3.1.3 (length of a list counts items), §4.3.5 (enumeration), §3.2.18 (QName);
 *      XSD 1.1 Part 2 §2.2.3 (values of distinct primitives are never equal), Part 1 §3.3.4.4
 *      (cvc-elt 5.2.2.2.2: the actual value equals the fixed value)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { SimpleModel } from '../../../../runtime/schema-model.js';
import { compileSimple } from '../../../../runtime/xml/simple-checker.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const intList: SimpleModel = { b: 'string', list: { b: 'int' } };

describe('xs:list', () => {
  it('accepts the empty list: zero items of any item type', () => {
    const c = compileSimple(intList);
    expect(c.check('')).toBeUndefined();
    expect(c.check(' \n\t ')).toBeUndefined();
    expect(c.coerce('')).toEqual([]);
    expect(c.coerce('  ')).toEqual([]);
  });

  it('counts zero items against minLength and length', () => {
    expect(compileSimple({ ...intList, facets: { minLength: 1 } }).check('')).toMatch(/minLength\D*1/);
    expect(compileSimple({ ...intList, facets: { length: 0 } }).check('')).toBeUndefined();
    expect(compileSimple({ ...intList, facets: { maxLength: 0 } }).check(' ')).toBeUndefined();
  });

  it('names the item that is not valid', () => {
    expect(compileSimple(intList).check('1 x2 3')).toContain("'x2'");
  });

  it('equal: same length and every item equal in the item type', () => {
    const c = compileSimple(intList);
    expect(c.equal(' 1  2 ', '01 +2')).toBe(true);
    expect(c.equal('1 2', '1 3')).toBe(false);
    expect(c.equal('1 2', '3 2')).toBe(false);
    expect(c.equal('1 2', '1 2 3')).toBe(false);
    expect(c.equal('', '')).toBe(true);
  });

  const listEnum: SimpleModel = { ...intList, enum: ['1 2', '3'] };

  it('enumeration: accepts an allowed value once collapsed', () => {
    const c = compileSimple(listEnum);
    expect(c.check('1 2')).toBeUndefined();
    expect(c.check(' 1 \n 2 ')).toBeUndefined();
    expect(c.check('3')).toBeUndefined();
  });

  it('enumeration: rejects another list, listing the allowed values', () => {
    const c = compileSimple(listEnum);
    expect(c.check('1 3')).toContain('1 2, 3');
    expect(c.check('1')).toContain('1 2, 3');
  });
});

describe('xs:union', () => {
  const intOrBool: SimpleModel = { b: 'string', union: [{ b: 'int' }, { b: 'boolean' }] };

  it('enumeration: accepts an allowed value once collapsed, rejects others with the list', () => {
    const c = compileSimple({ ...intOrBool, enum: ['1', 'true'] });
    expect(c.check('1')).toBeUndefined();
    expect(c.check(' true ')).toBeUndefined();
    expect(c.check('2')).toContain('1, true');
    expect(c.check('false')).toContain('1, true');
  });

  it('pattern: applies to the collapsed value', () => {
    const c = compileSimple({ ...intOrBool, facets: { patterns: ['\\d'] } });
    expect(c.check(' 7 ')).toBeUndefined();
    expect(c.check('12')).toContain('\\d');
  });

  it('equal: two forms of the same member value are equal', () => {
    const c = compileSimple(intOrBool);
    expect(c.equal('1', ' 01 ')).toBe(true);
    expect(c.equal('0', '-0')).toBe(true);
    expect(c.equal('1', '2')).toBe(false);
  });

  it('equal: values taken by members of different primitives are not equal', () => {
    // '01' fails the first member's pattern, so it is the string '01', not the int 1.
    const c = compileSimple({ b: 'string', union: [{ b: 'int', facets: { patterns: ['\\d'] } }, { b: 'string' }] });
    expect(c.equal('1', '01')).toBe(false);
    expect(c.equal('01', '1')).toBe(false);
    expect(c.equal('01', '01')).toBe(true);
    // ' 1' is not the string of the first member (pattern), so it is the int 1, not the string '1'.
    const d = compileSimple({ b: 'string', union: [{ b: 'string', facets: { patterns: ['\\d+'] } }, { b: 'int' }] });
    expect(d.equal('1', ' 1')).toBe(false);
    expect(d.equal(' 1', '1')).toBe(false);
    expect(d.equal(' 1', '1\n')).toBe(true);
    expect(d.equal(' 1', '01')).toBe(false);
  });

  it('never accepts every string, even when a member would', () => {
    expect(compileSimple({ b: 'string', union: [{ b: 'string' }] }).acceptsAll).toBe(false);
    expect(compileSimple(intOrBool).acceptsAll).toBe(false);
  });

  it('needs the instance namespaces when any member is a QName', () => {
    expect(compileSimple({ b: 'string', union: [{ b: 'int' }, { b: 'QName' }] }).qname).toBe(true);
    expect(compileSimple({ b: 'string', union: [{ b: 'QName' }, { b: 'int' }] }).qname).toBe(true);
    expect(compileSimple(intOrBool).qname).toBe(false);
  });
});

describe('lists and unions in the engine (verdicts as xmllint)', () => {
  const model = buildXmlSchemaModel(
    parseXsd({
      file: 'lu.xsd',
      schemaId: 'lu',
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:simpleType name="IntList"><xs:list itemType="xs:int"/></xs:simpleType>
  <xs:simpleType name="IntListEnum"><xs:restriction base="IntList">
    <xs:enumeration value="1 2"/><xs:enumeration value="3"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="IU"><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType>
  <xs:simpleType name="SU"><xs:union memberTypes="xs:string"/></xs:simpleType>
  <xs:simpleType name="IUE"><xs:restriction base="IU">
    <xs:enumeration value="1"/><xs:enumeration value="true"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="IQ"><xs:union memberTypes="xs:int xs:QName"/></xs:simpleType>
  <xs:element name="r"><xs:complexType><xs:choice maxOccurs="unbounded">
    <xs:element name="l" type="IntList"/>
    <xs:element name="le" type="IntListEnum"/>
    <xs:element name="u" type="IU"/>
    <xs:element name="su" type="SU"/>
    <xs:element name="ue" type="IUE"/>
    <xs:element name="q" type="IQ"/>
    <xs:element name="qa"><xs:complexType><xs:attribute name="v" type="IQ"/></xs:complexType></xs:element>
  </xs:choice></xs:complexType></xs:element>
</xs:schema>`,
    }),
  );

  const verdict = async (body: string) =>
    (await verdictOnAllPaths(`<r xmlns:p="urn:p">${body}</r>`, model)).errors.length === 0;

  it.each([
    ['an empty int list', '<l></l>', true],
    ['a list item that is not an int', '<l>1 x</l>', false],
    ['a listed list value, collapsed', '<le> 1 \n 2 </le>', true],
    ['a list value not listed', '<le>1 3</le>', false],
    ['a union value no member accepts', '<u>x</u>', false],
    ['a union value of the second member', '<u> true </u>', true],
    ['any text for a union of xs:string', '<su> x </su>', true],
    ['a union value listed by its enumeration', '<ue> true </ue>', true],
    ['a union value its enumeration leaves out', '<ue>2</ue>', false],
    ['a QName member with a bound prefix', '<q>p:x</q>', true],
    ['a QName member with an unbound prefix', '<q>z:x</q>', false],
    ['an int member of the QName union', '<q>5</q>', true],
    ['a QName member in an attribute, bound prefix', '<qa v="p:x"/>', true],
    ['a QName member in an attribute, unbound prefix', '<qa v="z:x"/>', false],
  ])('%s: %s', async (_name, body, valid) => {
    expect(await verdict(body)).toBe(valid);
  });
});
