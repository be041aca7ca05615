/**
 * The IR object of a complex type (complex-parts.ts), pinned whole with toStrictEqual (a key
 * present with the value undefined is not the key absent): the text field of simple content
 * (exactly once, required, never nillable, at the type), the attribute wildcard (its
 * processContents, its namespaces only when it constrains them), `base` only for a derived type,
 * empty content for a top-level compositor with no particles, `abstract` read as an xs:boolean
 * (whitespace collapsed), and the `qspec:open="true"` marker: the attribute `open` in the
 * namespace urn:qspec, nothing else.
 *
 * xmllint 2.9.14 accepts every schema here and validates an empty instance of the empty-content
 * types (checked by hand), except abstract=" true ": libxml2 compares the literal, where the
 * schema for schemas types abstract as xs:boolean, whose whitespace is collapsed.
 *
 * @see XSD 1.1 Part 1 §3.4.2 (complex type XML representation: 3.4.2.2 simple content, 3.4.2.3.3
 *      clause 2.1 empty content, abstract), §3.10.2 (attribute wildcards: namespace,
 *      processContents); Part 2 §3.3.2 (boolean: whiteSpace collapse); generator/ir/ir-types.ts
 *      (IrObjectType: anyAttribute namespaces "absent: any", open)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
/** The IR of type `name` in a schema whose children are on line 2 (qspec: bound to urn:qspec). */
function objectOf(body: string, name = 'T', schemaAttributes = ''): IrObjectType {
  const source = `<xs:schema xmlns:xs="${XS}" xmlns:qspec="urn:qspec"${schemaAttributes}>\n${body}\n</xs:schema>`;
  const t = parseXsd({ source, file: 'a.xsd', schemaId: 'a' }).types.find((x) => x.name === name);
  expect(t, name).toBeDefined();
  return t!.type as IrObjectType;
}
const at = (column: number) => ({ file: 'a.xsd', line: 2, column });
const INT = { kind: 'primitive', builtin: 'int', facets: {} } as const;
const EMPTY = { kind: 'object', fields: [], content: 'empty', particle: null } as const;

describe('simple content', () => {
  it('is one required, non-nillable text field "value" at the type, after the attributes', () => {
    const body =
      '<xs:complexType name="T"><xs:simpleContent><xs:extension base="xs:int"><xs:attribute name="unit" type="xs:int"/>' +
      '<xs:anyAttribute namespace="##other" processContents="lax"/></xs:extension></xs:simpleContent></xs:complexType>';
    expect(objectOf(body)).toStrictEqual({
      kind: 'object',
      fields: [
        {
          name: 'unit',
          xml: { local: 'unit', node: 'attribute' },
          type: INT,
          occurs: { min: 0, max: 1 },
          nillable: false,
          origin: at(72),
        },
        {
          name: 'value',
          xml: { local: '#text', node: 'text' },
          type: INT,
          occurs: { min: 1, max: 1 },
          nillable: false,
          origin: at(1),
        },
      ],
      content: 'simple',
      particle: null,
      openAttributes: true,
      // ##other in a no-namespace schema: any namespace but none (XSD 1.0 reading of not-absent).
      anyAttribute: { process: 'lax', namespaces: { not: '' } },
    });
  });
});

describe('the attribute wildcard', () => {
  it('without namespace= allows any namespace: no namespaces key; no base for an underived type', () => {
    expect(objectOf('<xs:complexType name="T"><xs:anyAttribute/></xs:complexType>')).toStrictEqual({
      ...EMPTY,
      openAttributes: true,
      anyAttribute: { process: 'strict' },
    });
  });
  it('with a namespace list keeps the list (##local as the empty namespace) and processContents', () => {
    const body =
      '<xs:complexType name="T"><xs:attribute name="a" type="xs:int"/><xs:anyAttribute namespace="urn:a ##local" processContents="skip"/></xs:complexType>';
    expect(objectOf(body, '{urn:t}T', ' targetNamespace="urn:t"')).toStrictEqual({
      kind: 'object',
      fields: [
        {
          name: 'a',
          xml: { local: 'a', node: 'attribute' },
          type: INT,
          occurs: { min: 0, max: 1 },
          nillable: false,
          origin: at(26),
        },
      ],
      content: 'empty',
      particle: null,
      openAttributes: true,
      anyAttribute: { process: 'skip', namespaces: { in: ['urn:a', ''] } },
    });
  });
});

describe('base', () => {
  it('is the id of the type a complexContent extension derives from', () => {
    const body =
      '<xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>' +
      '<xs:complexType name="T"><xs:complexContent><xs:extension base="B"><xs:sequence/></xs:extension></xs:complexContent></xs:complexType>';
    const a = {
      name: 'a',
      xml: { local: 'a', node: 'element' },
      type: INT,
      occurs: { min: 1, max: 1 },
      nillable: false,
      origin: at(39),
    };
    const sequence = {
      kind: 'sequence',
      items: [{ kind: 'element', name: 'a', occurs: { min: 1, max: 1 } }],
      occurs: { min: 1, max: 1 },
    };
    expect(objectOf(body, 'B')).toStrictEqual({ kind: 'object', fields: [a], content: 'sequence', particle: sequence });
    expect(objectOf(body)).toStrictEqual({
      kind: 'object',
      fields: [a],
      content: 'sequence',
      particle: sequence,
      base: 'a#B',
    });
  });
});

describe('a top-level compositor with no particles', () => {
  it.each([['<xs:sequence/>'], ['<xs:all/>'], ['<xs:choice minOccurs="0"/>'], ['<xs:sequence minOccurs="0"/>']])(
    '%s is empty content',
    (compositor) => {
      expect(objectOf(`<xs:complexType name="T">${compositor}</xs:complexType>`)).toStrictEqual(EMPTY);
    },
  );
  it('an empty xs:all before an attribute leaves the attribute alone', () => {
    const body = '<xs:complexType name="T"><xs:all/><xs:attribute name="a" type="xs:int"/></xs:complexType>';
    expect(objectOf(body)).toStrictEqual({
      ...EMPTY,
      fields: [
        {
          name: 'a',
          xml: { local: 'a', node: 'attribute' },
          type: INT,
          occurs: { min: 0, max: 1 },
          nillable: false,
          origin: at(35),
        },
      ],
    });
  });
});

describe('abstract', () => {
  it.each([' true ', '1', '\ttrue\n'])('abstract="%s" is true (xs:boolean, whitespace collapsed)', (value) => {
    expect(objectOf(`<xs:complexType name="T" abstract="${value}"><xs:sequence/></xs:complexType>`)).toStrictEqual({
      ...EMPTY,
      abstract: true,
    });
  });
  it('abstract="false" is no abstract key', () => {
    expect(objectOf('<xs:complexType name="T" abstract="false"><xs:sequence/></xs:complexType>')).toStrictEqual(EMPTY);
  });
});

describe('the qspec:open marker', () => {
  it('qspec:open="true", surrounding whitespace collapsed, marks the type open', () => {
    for (const value of ['true', ' true ']) {
      expect(objectOf(`<xs:complexType name="T" qspec:open="${value}"><xs:sequence/></xs:complexType>`)).toStrictEqual({
        ...EMPTY,
        open: true,
      });
    }
  });
  it.each([
    ['qspec:open="false"', 'open set to false'],
    ['qspec:closed="true"', 'another urn:qspec attribute set to true'],
    ['qspec:openx="true"', 'an attribute whose name only starts with open'],
    ['xmlns:q="urn:other" q:open="true"', 'open in another namespace'],
  ])('%s (%s) leaves the type closed', (attributes) => {
    expect(objectOf(`<xs:complexType name="T" ${attributes}><xs:sequence/></xs:complexType>`)).toStrictEqual(EMPTY);
  });
});
