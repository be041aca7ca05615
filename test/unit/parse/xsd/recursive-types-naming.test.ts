/**
 * The named types recursive-types.ts makes for anonymous complex types that contain themselves:
 * one type per anonymous type however often it is reached, anonymous types that do not contain
 * themselves stay inline however often they are reached, the type keeps the anonymous type's
 * documentation, and distinct anonymous types of elements with the same name get distinct names
 * (`n@anonymous`, `n@anonymous2`, `n@anonymous3`), also while several of them are still open.
 * @see XSD 1.0 Part 1 §3.3.2 (an element declaration's anonymous type is one component),
 *      §3.4.2 (anonymous complex types), §3.8.6 (a group may contain itself through an element)
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType, IrType } from '../../../../generator/ir/ir-types.js';
import { ID, parseSnippet, root, typeOf } from './xsd-test-helpers.js';

const ref = (name: string): IrType => ({ kind: 'ref', target: ID(name) });
const fieldTypes = (t: IrType) => (t as IrObjectType).fields.map((f) => [f.name, f.type]);

/** Group `g` with an optional element `n` whose anonymous type holds `g` again (recursive) or not. */
const group = (g: string, recursive: boolean) =>
  `<xs:group name="${g}"><xs:sequence><xs:element name="n" minOccurs="0"><xs:complexType><xs:sequence>
    ${recursive ? `<xs:group ref="${g}"/>` : '<xs:element name="leaf" type="xs:int"/>'}
  </xs:sequence></xs:complexType></xs:element></xs:sequence></xs:group>`;
const usesOf = (type: string, g: string) =>
  `<xs:complexType name="${type}"><xs:sequence><xs:group ref="${g}"/></xs:sequence></xs:complexType>`;

describe('recursive anonymous types: one named type each', () => {
  it('a recursive anonymous type reached from two types is one named type both refer to', () => {
    const s = parseSnippet(`${group('G', true)}${usesOf('A', 'G')}${usesOf('B', 'G')}`);
    expect(s.types.map((t) => t.name)).toEqual(['A', 'B', 'n@anonymous']);
    expect(fieldTypes(typeOf(s, 'A'))).toEqual([['n', ref('n@anonymous')]]);
    expect(fieldTypes(typeOf(s, 'B'))).toEqual([['n', ref('n@anonymous')]]);
    expect(fieldTypes(typeOf(s, 'n@anonymous'))).toEqual([['n', ref('n@anonymous')]]);
  });

  it('an anonymous type that does not contain itself stays inline, however often it is reached', () => {
    const s = parseSnippet(`${group('G', false)}${usesOf('A', 'G')}${usesOf('B', 'G')}`);
    expect(s.types.map((t) => t.name)).toEqual(['A', 'B']);
    for (const name of ['A', 'B']) {
      const [[field, type]] = fieldTypes(typeOf(s, name)) as [[string, IrType]];
      expect(field).toBe('n');
      expect(fieldTypes(type)).toEqual([['leaf', { kind: 'primitive', builtin: 'int', facets: {} }]]);
    }
  });
});

describe('recursive anonymous types: documentation', () => {
  const element = (annotation: string) =>
    parseSnippet(`<xs:element name="node"><xs:complexType>${annotation}<xs:sequence>
      <xs:element ref="node" minOccurs="0"/></xs:sequence></xs:complexType></xs:element>`);

  it('keeps the documentation of the anonymous type', () => {
    const s = element('<xs:annotation><xs:documentation>A tree node.</xs:documentation></xs:annotation>');
    const t = s.types.find((x) => x.name === 'node@anonymous');
    expect(t?.doc).toBe('A tree node.');
  });

  it('has no doc property without documentation', () => {
    const s = element('');
    const t = s.types.find((x) => x.name === 'node@anonymous');
    expect(t).toBeDefined();
    expect(Object.keys(t!).sort()).toEqual(['id', 'name', 'origin', 'type']);
  });
});

describe('recursive anonymous types: names', () => {
  it('numbers the types of elements with the same name, one after the other', () => {
    const s = parseSnippet(
      `${group('G1', true)}${group('G2', true)}${group('G3', true)}${usesOf('T1', 'G1')}${usesOf('T2', 'G2')}${usesOf('T3', 'G3')}`,
    );
    expect(s.types.map((t) => t.name)).toEqual(['T1', 'T2', 'T3', 'n@anonymous', 'n@anonymous2', 'n@anonymous3']);
    expect(fieldTypes(typeOf(s, 'T1'))).toEqual([['n', ref('n@anonymous')]]);
    expect(fieldTypes(typeOf(s, 'T2'))).toEqual([['n', ref('n@anonymous2')]]);
    expect(fieldTypes(typeOf(s, 'T3'))).toEqual([['n', ref('n@anonymous3')]]);
  });

  it('numbers the types of elements with the same name that are open at the same time', () => {
    // Global a holds G's local a, which holds the global a, G (itself) and H; H's local a holds H.
    const s = parseSnippet(`
      <xs:element name="a"><xs:complexType><xs:sequence><xs:group ref="G"/></xs:sequence></xs:complexType></xs:element>
      <xs:group name="G"><xs:sequence><xs:element name="a" minOccurs="0"><xs:complexType><xs:sequence>
        <xs:element ref="a" minOccurs="0"/><xs:group ref="G"/><xs:group ref="H"/>
      </xs:sequence></xs:complexType></xs:element></xs:sequence></xs:group>
      <xs:group name="H"><xs:sequence><xs:element name="a" minOccurs="0"><xs:complexType><xs:sequence>
        <xs:group ref="H"/>
      </xs:sequence></xs:complexType></xs:element></xs:sequence></xs:group>`);
    expect(s.types.map((t) => t.name)).toEqual(['a@anonymous', 'a@anonymous2', 'a@anonymous3']);
    expect(root(s, 'a').type).toEqual(ref('a@anonymous'));
    expect(fieldTypes(typeOf(s, 'a@anonymous'))).toEqual([['a', ref('a@anonymous2')]]);
    expect(fieldTypes(typeOf(s, 'a@anonymous3'))).toEqual([['a', ref('a@anonymous3')]]);
  });
});
