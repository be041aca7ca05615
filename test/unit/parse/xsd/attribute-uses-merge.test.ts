/**
 * Pins attribute-uses.ts through parseXsd: how a derived complex type's attribute uses merge over
 * its base's, and the property names of attribute fields.
 *
 * - use="prohibited" in an extension is no attribute use (XSD 1.0 Part 1 §3.2.2: a prohibited
 *   use contributes nothing; §3.4.2 extension: the base's uses plus the step's own), so it leaves
 *   the base attribute in place; xmllint 2.9.14 agrees ("Skipping attribute use prohibition,
 *   since it is pointless when extending a type") and accepts an instance carrying it.
 * - In a restriction it removes the base attribute of that name, wherever it stands among the
 *   base's uses (§3.4.2 clause 3.3.2), and removes nothing when the base has no such attribute.
 * - A type without derivation makes no field for a prohibited attribute.
 * - An attribute whose local name is taken by an element field gets `Attr`, then `Attr_2`,
 *   `Attr_3`, ... until the name is free (the naming rule attribute-uses.ts documents: "`Attr`
 *   appended on a clash (then `_2`, ...)"; the IR field name is the TypeScript-facing one).
 */
import { describe, expect, it } from 'vitest';
import { obj } from './xsd-test-helpers.js';

const BASE =
  '<xs:complexType name="B"><xs:attribute name="a" type="xs:string"/><xs:attribute name="b" type="xs:int"/><xs:attribute name="c" type="xs:string"/></xs:complexType>';

const derive = (derivation: 'extension' | 'restriction', body: string) =>
  obj(
    `${BASE}<xs:complexType name="T"><xs:complexContent><xs:${derivation} base="B">${body}</xs:${derivation}></xs:complexContent></xs:complexType>`,
  );

const attributeNames = (body: string, derivation: 'extension' | 'restriction') =>
  derive(derivation, body).fields.map((f) => [f.name, f.xml.local, f.xml.node]);

describe('use="prohibited" in an extension', () => {
  it('keeps the base attribute of that name, in its place and with its type', () => {
    const t = derive('extension', '<xs:attribute name="a" use="prohibited"/><xs:attribute name="d" type="xs:string"/>');
    expect(t.fields.map((f) => [f.name, f.xml.local, f.xml.node])).toEqual([
      ['a', 'a', 'attribute'],
      ['b', 'b', 'attribute'],
      ['c', 'c', 'attribute'],
      ['d', 'd', 'attribute'],
    ]);
    expect(t.fields[0]?.type).toEqual({ kind: 'primitive', builtin: 'string', facets: {} });
  });

  it('adds nothing when the base has no attribute of that name', () => {
    expect(attributeNames('<xs:attribute name="z" use="prohibited"/>', 'extension')).toEqual([
      ['a', 'a', 'attribute'],
      ['b', 'b', 'attribute'],
      ['c', 'c', 'attribute'],
    ]);
  });
});

describe('use="prohibited" in a restriction', () => {
  it("removes the base's first attribute", () => {
    expect(attributeNames('<xs:attribute name="a" use="prohibited"/>', 'restriction')).toEqual([
      ['b', 'b', 'attribute'],
      ['c', 'c', 'attribute'],
    ]);
  });

  it("removes the base's middle and last attributes", () => {
    expect(
      attributeNames(
        '<xs:attribute name="c" use="prohibited"/><xs:attribute name="b" use="prohibited"/>',
        'restriction',
      ),
    ).toEqual([['a', 'a', 'attribute']]);
  });

  it('removes nothing when the base has no attribute of that name', () => {
    expect(attributeNames('<xs:attribute name="z" use="prohibited"/>', 'restriction')).toEqual([
      ['a', 'a', 'attribute'],
      ['b', 'b', 'attribute'],
      ['c', 'c', 'attribute'],
    ]);
  });

  it('an attribute restated without prohibition replaces the base one in place', () => {
    const t = derive('restriction', '<xs:attribute name="b" type="xs:int" use="required"/>');
    expect(t.fields.map((f) => [f.name, f.occurs])).toEqual([
      ['a', { min: 0, max: 1 }],
      ['b', { min: 1, max: 1 }],
      ['c', { min: 0, max: 1 }],
    ]);
  });
});

describe('a type without derivation', () => {
  it('makes no field for a prohibited attribute', () => {
    const t = obj(
      '<xs:complexType name="T"><xs:attribute name="p" use="prohibited"/><xs:attribute name="q" type="xs:string"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.xml.local])).toEqual([['q', 'q']]);
  });
});

describe('attribute property names', () => {
  it('Attr, then Attr_2 and Attr_3 while the name is taken by an element field', () => {
    const t = obj(`<xs:complexType name="T"><xs:sequence>
<xs:element name="x" type="xs:string"/><xs:element name="xAttr" type="xs:string"/><xs:element name="xAttr_2" type="xs:string"/>
</xs:sequence><xs:attribute name="x" type="xs:string"/></xs:complexType>`);
    expect(t.fields.map((f) => [f.name, f.xml.local, f.xml.node])).toEqual([
      ['x', 'x', 'element'],
      ['xAttr', 'xAttr', 'element'],
      ['xAttr_2', 'xAttr_2', 'element'],
      ['xAttr_3', 'x', 'attribute'],
    ]);
  });

  it('Attr_2 when only the name and the Attr name are taken', () => {
    const t = obj(`<xs:complexType name="T"><xs:sequence>
<xs:element name="y" type="xs:string"/><xs:element name="yAttr" type="xs:string"/>
</xs:sequence><xs:attribute name="y" type="xs:string"/></xs:complexType>`);
    expect(t.fields.map((f) => f.name)).toEqual(['y', 'yAttr', 'yAttr_2']);
  });
});
