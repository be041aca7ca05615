/**
 * complexContent extension as resolve-complex-type.ts combines it with its base: the base's
 * attribute wildcard and open attributes are inherited and unioned with the extension's, the
 * content is mixed when the step says so over an empty base or when the base is mixed and the step
 * adds no content, and the particles are concatenated with an empty base or own compositor left
 * out (a required empty xs:choice is not empty: nothing satisfies it).
 *
 * @see XSD 1.0 Part 1 §3.4.2 (complex content: explicit content, clauses 2.1.1-2.1.3 and 3.1;
 * attribute wildcard for extension: the union of the local and the base wildcard), §3.10.6
 * (Attribute Wildcard Union), §3.4.6 (cos-ct-extends)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { fieldsOf, ID, obj } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const str = { kind: 'primitive', builtin: 'string', facets: {} };

const elementA = { name: 'a', xml: { local: 'a', node: 'element' }, type: str, occurs: one, nillable: false };
const elementB = { name: 'b', xml: { local: 'b', node: 'element' }, type: str, occurs: one, nillable: false };
const seqA = { kind: 'sequence', occurs: one, items: [{ kind: 'element', name: 'a', occurs: one }] };
const seqB = { kind: 'sequence', occurs: one, items: [{ kind: 'element', name: 'b', occurs: one }] };

function extend(base: string, step: string): IrObjectType {
  return obj(`<xs:complexType name="B">${base}</xs:complexType>
    <xs:complexType name="T"><xs:complexContent><xs:extension base="B">${step}</xs:extension></xs:complexContent></xs:complexType>`);
}

describe('complexContent extension of xs:anyType', () => {
  it('keeps its own content and attributes and records no base', () => {
    const t = obj(`<xs:complexType name="T"><xs:complexContent><xs:extension base="xs:anyType">
      <xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence>
      <xs:attribute name="x" type="xs:int"/>
    </xs:extension></xs:complexContent></xs:complexType>`);
    expect(t.base).toBeUndefined();
    expect(fieldsOf(t)).toEqual([
      elementA,
      {
        name: 'x',
        xml: { local: 'x', node: 'attribute' },
        type: { kind: 'primitive', builtin: 'int', facets: {} },
        occurs: { min: 0, max: 1 },
        nillable: false,
      },
    ]);
    expect(t.particle).toEqual(seqA);
  });
});

describe('complexContent extension: attribute wildcards', () => {
  it('inherits the base wildcard when the step has none', () => {
    const t = extend('<xs:anyAttribute namespace="urn:a"/>', '<xs:attribute name="x" type="xs:string"/>');
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:a'] } });
  });

  it("is open with the step's own wildcard when the base has none", () => {
    const t = extend('<xs:attribute name="x" type="xs:string"/>', '<xs:anyAttribute namespace="urn:b"/>');
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:b'] } });
  });

  it("unions the step's namespaces with the base's; the step's processContents wins", () => {
    const t = extend(
      '<xs:anyAttribute namespace="urn:a"/>',
      '<xs:anyAttribute namespace="urn:b" processContents="lax"/>',
    );
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'lax', namespaces: { in: ['urn:b', 'urn:a'] } });
  });

  it('is closed when neither the base nor the step has a wildcard', () => {
    const t = extend('<xs:attribute name="x" type="xs:string"/>', '<xs:attribute name="y" type="xs:string"/>');
    expect(t).toEqual({
      kind: 'object',
      fields: t.fields,
      content: 'empty',
      particle: null,
      base: ID('B'),
    });
    expect(t.fields.map((f) => f.name)).toEqual(['x', 'y']);
  });
});

describe('complexContent extension: mixed', () => {
  it('an extension with mixed="true" of an empty element-only base is mixed', () => {
    const t = extend(
      '<xs:attribute name="x" type="xs:string"/>',
      '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>',
    );
    expect(t.content).toBe('sequence');
    const m = obj(`<xs:complexType name="B"><xs:attribute name="x" type="xs:string"/></xs:complexType>
      <xs:complexType name="T"><xs:complexContent mixed="true"><xs:extension base="B">
        <xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>
      </xs:extension></xs:complexContent></xs:complexType>`);
    expect(m.content).toBe('mixed');
    expect(m.particle).toEqual(seqB);
  });

  it('an extension adding only attributes to a mixed base keeps its mixed content (clause 3.1)', () => {
    const t = obj(`<xs:complexType name="B" mixed="true"/>
      <xs:complexType name="T"><xs:complexContent><xs:extension base="B">
        <xs:attribute name="x" type="xs:string"/>
      </xs:extension></xs:complexContent></xs:complexType>`);
    expect(t.content).toBe('mixed');
    expect(t.fields.map((f) => f.name)).toEqual(['x']);
  });
});

describe('complexContent extension: element declarations', () => {
  it("the base's declaration of a name comes first; a global element ref of the same name does not replace it", () => {
    // Element Declarations Consistent (cos-element-consistent) only asks for the same type: nillable may differ.
    const t = obj(`<xs:element name="a" type="xs:string"/>
      <xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:string" nillable="true"/></xs:sequence></xs:complexType>
      <xs:complexType name="T"><xs:complexContent><xs:extension base="B">
        <xs:sequence><xs:element ref="a"/></xs:sequence>
      </xs:extension></xs:complexContent></xs:complexType>`);
    expect(fieldsOf(t)).toEqual([{ ...elementA, occurs: { min: 2, max: 'unbounded' }, nillable: true }]);
  });
});

describe('complexContent extension: particles', () => {
  it('a base without a particle leaves the own particle alone', () => {
    const t = extend(
      '<xs:attribute name="x" type="xs:string"/>',
      '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>',
    );
    expect(t.particle).toEqual(seqB);
    expect(fieldsOf(t)[0]).toEqual(elementB);
  });

  it.each([
    ['an empty xs:sequence', '<xs:sequence/>'],
    ['an empty xs:all', '<xs:all/>'],
    ['an empty xs:choice with minOccurs 0', '<xs:choice minOccurs="0"/>'],
  ])('a base particle that is %s contributes nothing', (_what, particle) => {
    const t = extend(particle, '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>');
    expect(t.particle).toEqual(seqB);
    expect(t.content).toBe('sequence');
  });

  it('a non-empty base xs:choice with minOccurs 0 is kept before the own particle', () => {
    const t = extend(
      '<xs:choice minOccurs="0"><xs:element name="a" type="xs:string"/></xs:choice>',
      '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>',
    );
    expect(t.particle).toEqual({
      kind: 'sequence',
      occurs: one,
      items: [
        { kind: 'choice', occurs: { min: 0, max: 1 }, items: [{ kind: 'element', name: 'a', occurs: one }] },
        seqB,
      ],
    });
  });

  it('a required empty xs:choice in the base is kept before the own particle', () => {
    const t = extend('<xs:choice/>', '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>');
    expect(t.particle).toEqual({
      kind: 'sequence',
      occurs: one,
      items: [{ kind: 'choice', occurs: one, items: [] }, seqB],
    });
  });

  it('a non-empty base xs:choice is kept before the own particle', () => {
    const t = extend(
      '<xs:choice><xs:element name="a" type="xs:string"/></xs:choice>',
      '<xs:sequence><xs:element name="b" type="xs:string"/></xs:sequence>',
    );
    expect(t.particle).toEqual({
      kind: 'sequence',
      occurs: one,
      items: [{ kind: 'choice', occurs: one, items: [{ kind: 'element', name: 'a', occurs: one }] }, seqB],
    });
    expect(fieldsOf(t)).toEqual([elementA, elementB]);
  });

  it.each([
    ['an empty xs:sequence', '<xs:sequence/>'],
    ['an empty xs:all', '<xs:all/>'],
    ['an empty xs:choice with minOccurs 0', '<xs:choice minOccurs="0"/>'],
  ])('an own particle that is %s leaves the base particle alone', (_what, particle) => {
    const t = extend('<xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence>', particle);
    expect(t.particle).toEqual(seqA);
    expect(fieldsOf(t)).toEqual([elementA]);
  });
});
