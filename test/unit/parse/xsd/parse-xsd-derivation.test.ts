/**
 * Complex type derivation and attributes: complexContent extension/restriction, simpleContent,
 * abstract types, the qspec open marker, attribute use/default/fixed, attribute groups,
 * anyAttribute and name collisions.
 * @see XSD 1.1 Part 1 §3.4.2, §3.2, §3.5, §3.6
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { ID, parseSnippet, typeOf } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const str = { kind: 'primitive', builtin: 'string', facets: {} };

function obj(body: string, name = 'T'): IrObjectType {
  const t = typeOf(parseSnippet(body), name);
  expect(t.kind).toBe('object');
  return t as IrObjectType;
}

const BASE = `<xs:complexType name="Base" abstract="true">
  <xs:sequence><xs:element name="id" type="xs:long"/><xs:element name="name" type="xs:string" minOccurs="0"/></xs:sequence>
  <xs:attribute name="version" type="xs:int" use="required"/>
  <xs:attribute name="lang" type="xs:string"/>
</xs:complexType>`;

describe('parseXsd: complexContent', () => {
  it('extension flattens base + own fields and sequences the particles', () => {
    const t = obj(`${BASE}<xs:complexType name="T"><xs:complexContent><xs:extension base="Base">
      <xs:sequence><xs:element name="extra" type="xs:boolean" maxOccurs="unbounded"/></xs:sequence>
      <xs:attribute name="flag" type="xs:boolean"/>
    </xs:extension></xs:complexContent></xs:complexType>`);
    expect(t.base).toBe(ID('Base'));
    expect(t.abstract).toBeUndefined();
    expect(t.content).toBe('sequence');
    expect(t.fields.map((f) => [f.name, f.xml.node, f.occurs])).toEqual([
      ['id', 'element', one],
      ['name', 'element', { min: 0, max: 1 }],
      ['extra', 'element', { min: 1, max: 'unbounded' }],
      ['version', 'attribute', one],
      ['lang', 'attribute', { min: 0, max: 1 }],
      ['flag', 'attribute', { min: 0, max: 1 }],
    ]);
    expect(t.particle).toEqual({
      kind: 'sequence',
      occurs: one,
      items: [
        {
          kind: 'sequence',
          occurs: one,
          items: [
            { kind: 'element', name: 'id', occurs: one },
            { kind: 'element', name: 'name', occurs: { min: 0, max: 1 } },
          ],
        },
        {
          kind: 'sequence',
          occurs: one,
          items: [{ kind: 'element', name: 'extra', occurs: { min: 1, max: 'unbounded' } }],
        },
      ],
    });
  });

  it('extension without own particle keeps the base particle; base declared after the derived type', () => {
    const t =
      obj(`<xs:complexType name="T"><xs:complexContent><xs:extension base="Base2"><xs:attribute name="x" type="xs:string"/></xs:extension></xs:complexContent></xs:complexType>
      <xs:complexType name="Base2"><xs:all><xs:element name="a" type="xs:string"/></xs:all></xs:complexType>`);
    expect(t.content).toBe('all');
    expect(t.fields.map((f) => f.name)).toEqual(['a', 'x']);
  });

  it('restriction uses its own content, inherits attributes and honours use="prohibited"', () => {
    const t = obj(`${BASE}<xs:complexType name="T"><xs:complexContent><xs:restriction base="Base">
      <xs:sequence><xs:element name="id" type="xs:long"/></xs:sequence>
      <xs:attribute name="lang" use="prohibited"/>
    </xs:restriction></xs:complexContent></xs:complexType>`);
    expect(t.base).toBe(ID('Base'));
    expect(t.fields.map((f) => f.name)).toEqual(['id', 'version']);
    expect(t.particle).toEqual({
      kind: 'sequence',
      occurs: one,
      items: [{ kind: 'element', name: 'id', occurs: one }],
    });
  });

  it('a use="prohibited" inside an attribute group removes nothing (XSD 1.0 §3.6.2, §3.4.2 clause 3.3.2)', () => {
    const t = obj(`${BASE}<xs:attributeGroup name="G"><xs:attribute name="lang" use="prohibited"/>
      <xs:attribute name="extra" type="xs:int"/></xs:attributeGroup>
      <xs:complexType name="T"><xs:complexContent><xs:restriction base="Base">
      <xs:sequence><xs:element name="id" type="xs:long"/></xs:sequence>
      <xs:attributeGroup ref="G"/>
    </xs:restriction></xs:complexContent></xs:complexType>`);
    expect(t.fields.map((f) => f.name)).toEqual(['id', 'version', 'lang', 'extra']);
  });

  it('restriction of xs:anyType records no base', () => {
    const t = obj(
      `<xs:complexType name="T"><xs:complexContent><xs:restriction base="xs:anyType"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>`,
    );
    expect(t.base).toBeUndefined();
    expect(t.fields.map((f) => f.name)).toEqual(['a']);
  });

  it('abstract="true" is kept on the abstract type', () => {
    expect(obj(BASE, 'Base').abstract).toBe(true);
  });

  it('qspec:open="true" (namespace urn:qspec) marks open content; another namespace does not', () => {
    expect(obj(`<xs:complexType name="T" qspec:open="true"><xs:all/></xs:complexType>`).open).toBe(true);
    const other = obj(`<xs:complexType name="T" xmlns:q2="urn:other" q2:open="true"><xs:all/></xs:complexType>`);
    expect(other.open).toBeUndefined();
  });
});

describe('parseXsd: simpleContent', () => {
  const cases: [string, { given: string; want: object }][] = [
    [
      'extension of a built-in adds attributes and a text field',
      {
        given: `<xs:complexType name="T"><xs:simpleContent><xs:extension base="xs:decimal"><xs:attribute name="unit" type="xs:string" use="required"/></xs:extension></xs:simpleContent></xs:complexType>`,
        want: {
          content: 'simple',
          particle: null,
          fields: [
            { name: 'unit', xml: { local: 'unit', node: 'attribute' }, type: str, occurs: one, nillable: false },
            {
              name: 'value',
              xml: { local: '#text', node: 'text' },
              type: { kind: 'primitive', builtin: 'decimal', facets: {} },
            },
          ],
        },
      },
    ],
    [
      'extension of a named simple type references it',
      {
        given: `<xs:simpleType name="Code"><xs:restriction base="xs:string"><xs:enumeration value="A"/></xs:restriction></xs:simpleType>
          <xs:complexType name="T"><xs:simpleContent><xs:extension base="Code"/></xs:simpleContent></xs:complexType>`,
        want: {
          base: ID('Code'),
          fields: [{ name: 'value', type: { kind: 'ref', target: ID('Code') } }],
        },
      },
    ],
    [
      'extension of a complex type with simple content follows the chain and merges attributes',
      {
        given: `<xs:complexType name="C"><xs:simpleContent><xs:extension base="xs:token"><xs:attribute name="a" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
          <xs:complexType name="B"><xs:simpleContent><xs:extension base="C"/></xs:simpleContent></xs:complexType>
          <xs:complexType name="T"><xs:simpleContent><xs:extension base="B"><xs:attribute name="b" type="xs:int"/></xs:extension></xs:simpleContent></xs:complexType>`,
        want: {
          base: ID('B'),
          fields: [
            { name: 'a', xml: { local: 'a', node: 'attribute' } },
            { name: 'b', xml: { local: 'b', node: 'attribute' } },
            { name: 'value', type: { kind: 'primitive', builtin: 'token', facets: {} } },
          ],
        },
      },
    ],
    [
      'restriction applies facets to the base text type',
      {
        given: `<xs:complexType name="C"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="a" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>
          <xs:complexType name="T"><xs:simpleContent><xs:restriction base="C"><xs:maxLength value="10"/><xs:attribute name="a" type="xs:string" use="required"/></xs:restriction></xs:simpleContent></xs:complexType>`,
        want: {
          base: ID('C'),
          fields: [
            { name: 'a', occurs: one },
            { name: 'value', type: { kind: 'primitive', builtin: 'string', facets: { maxLength: 10 } } },
          ],
        },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(obj(given)).toMatchObject(want);
  });
});

describe('parseXsd: attributes', () => {
  it('maps use, default, fixed, inline types and documentation', () => {
    const t = obj(`<xs:complexType name="T">
      <xs:attribute name="r" type="xs:int" use="required"/>
      <xs:attribute name="d" type="xs:boolean" default="false"/>
      <xs:attribute name="f" type="xs:string" fixed="v1"/>
      <xs:attribute name="any"/>
      <xs:attribute name="e"><xs:annotation><xs:documentation>  An   enum. </xs:documentation></xs:annotation>
        <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="X"/><xs:enumeration value="Y"/></xs:restriction></xs:simpleType></xs:attribute>
    </xs:complexType>`);
    expect(t.content).toBe('empty');
    expect(t.fields).toMatchObject([
      { name: 'r', occurs: one, type: { kind: 'primitive', builtin: 'int' } },
      { name: 'd', occurs: { min: 0, max: 1 }, default: 'false' },
      { name: 'f', fixed: 'v1' },
      { name: 'any', type: { kind: 'primitive', builtin: 'anySimpleType' } },
      { name: 'e', doc: 'An enum.', type: { kind: 'enum', base: 'string', values: ['X', 'Y'] } },
    ]);
    expect(t.fields[0]).not.toHaveProperty('default');
  });

  it('inlines attribute groups (nested) and global attribute refs; anyAttribute → openAttributes', () => {
    const t = obj(`<xs:attribute name="g" type="xs:date" fixed="2020-01-01"/>
      <xs:attributeGroup name="Inner"><xs:attribute name="i" type="xs:string"/><xs:anyAttribute processContents="lax"/></xs:attributeGroup>
      <xs:attributeGroup name="Outer"><xs:attribute name="o" type="xs:string"/><xs:attributeGroup ref="Inner"/></xs:attributeGroup>
      <xs:complexType name="T"><xs:attributeGroup ref="Outer"/><xs:attribute ref="g" use="required"/></xs:complexType>
      <xs:complexType name="U"><xs:attribute name="a" type="xs:string"/><xs:anyAttribute/></xs:complexType>`);
    expect(t.fields.map((f) => [f.name, f.occurs.min, f.fixed])).toEqual([
      ['o', 0, undefined],
      ['i', 0, undefined],
      ['g', 1, '2020-01-01'],
    ]);
    expect(t.openAttributes).toBe(true);
  });

  it('renames an attribute that collides with an element field, or with the text field', () => {
    const t =
      obj(`<xs:complexType name="T"><xs:sequence><xs:element name="id" type="xs:string"/></xs:sequence><xs:attribute name="id" type="xs:string"/></xs:complexType>
      <xs:complexType name="S"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="value" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>`);
    expect(t.fields.map((f) => [f.name, f.xml.local, f.xml.node])).toEqual([
      ['id', 'id', 'element'],
      ['idAttr', 'id', 'attribute'],
    ]);
    const s = typeOf(
      parseSnippet(
        `<xs:complexType name="S"><xs:simpleContent><xs:extension base="xs:string"><xs:attribute name="value" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>`,
      ),
      'S',
    ) as IrObjectType;
    expect(s.fields.map((f) => [f.name, f.xml.node])).toEqual([
      ['valueAttr', 'attribute'],
      ['value', 'text'],
    ]);
  });
});
