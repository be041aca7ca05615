/**
 * Substitution groups under `block` and `final`: which members a ref to the head admits
 * (Substitution Group OK (Transitive): the head's `block` or `blockDefault`, the head type's
 * `block`, the derivation methods from the member's type up to the head's), and which member
 * declarations make the schema invalid (e-props-correct.4: type not derived from the head's,
 * or derived by a method the head's `final` excludes).
 * @see XSD 1.0 Part 1 §3.3.6
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType, IrParticle } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet, SCHEMA_ID, typeOf } from './xsd-test-helpers.js';

const TYPES = `
  <xs:complexType name="Base"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base">
    <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:complexType name="Res"><xs:complexContent><xs:restriction base="Base">
    <xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:restriction></xs:complexContent></xs:complexType>
  <xs:complexType name="NoRes" block="restriction"><xs:sequence/></xs:complexType>
  <xs:complexType name="NoResR"><xs:complexContent><xs:restriction base="NoRes"><xs:sequence/></xs:restriction></xs:complexContent></xs:complexType>
  <xs:simpleType name="Small"><xs:restriction base="xs:int"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>
  <xs:simpleType name="IntOrWord"><xs:union memberTypes="xs:int xs:NCName"/></xs:simpleType>`;

/** The element names a ref to `head` admits, with the global declarations in `decls`. */
function admitted(decls: string, head = 'h', schemaAttributes = ''): string[] {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${schemaAttributes}>${TYPES}${decls}
    <xs:complexType name="T"><xs:sequence><xs:element ref="${head}"/></xs:sequence></xs:complexType></xs:schema>`;
  const schema = parseXsd({ source, file: 'test/t.xsd', schemaId: SCHEMA_ID });
  const p = ((typeOf(schema, 'T') as IrObjectType).particle as unknown as { items: IrParticle[] }).items[0]!;
  if (p.kind === 'element') return [p.name];
  return (p as unknown as { items: IrParticle[] }).items.map((i) => (i as { name: string }).name);
}

describe('substitution groups: members a ref to the head admits', () => {
  it('admits no member of a head with block="substitution" (or #all)', () => {
    for (const block of ['substitution', '#all', ' extension  substitution ']) {
      const decls = `<xs:element name="h" type="Base" block="${block}"/>
        <xs:element name="same" type="Base" substitutionGroup="h"/>`;
      expect(admitted(decls), block).toEqual(['h']);
    }
  });
  it('leaves out members derived by a method the head blocks, keeping the others', () => {
    const members = `<xs:element name="same" type="Base" substitutionGroup="h"/>
      <xs:element name="ext" type="Ext" substitutionGroup="h"/>
      <xs:element name="res" type="Res" substitutionGroup="h"/>
      <xs:element name="untyped" substitutionGroup="h"/>`;
    expect(admitted(`<xs:element name="h" type="Base"/>${members}`)).toEqual(['h', 'same', 'ext', 'res', 'untyped']);
    expect(admitted(`<xs:element name="h" type="Base" block="extension"/>${members}`)).toEqual([
      'h',
      'same',
      'res',
      'untyped',
    ]);
    expect(admitted(`<xs:element name="h" type="Base" block="restriction"/>${members}`)).toEqual([
      'h',
      'same',
      'ext',
      'untyped',
    ]);
  });
  it('takes the head block from blockDefault when the head has none', () => {
    const decls = `<xs:element name="h" type="Base"/><xs:element name="ext" type="Ext" substitutionGroup="h"/>`;
    expect(admitted(decls, 'h', 'blockDefault="extension"')).toEqual(['h']);
    expect(admitted(decls, 'h', 'blockDefault="restriction"')).toEqual(['h', 'ext']);
    expect(admitted(decls, 'h', 'blockDefault="substitution"')).toEqual(['h']);
    expect(
      admitted(decls.replace('type="Base"/>', 'type="Base" block=""/>'), 'h', 'blockDefault="substitution"'),
    ).toEqual(['h', 'ext']);
  });
  it("honours the head type's own block", () => {
    const decls = `<xs:element name="h" type="NoRes"/><xs:element name="r" type="NoResR" substitutionGroup="h"/>`;
    expect(admitted(decls)).toEqual(['h']);
  });
  it("honours the block of a type between the member's and the head's (clause 2.3; xmllint agrees)", () => {
    const mid = `<xs:complexType name="Mid" block="extension"><xs:complexContent><xs:extension base="Base">
      <xs:sequence><xs:element name="c" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
      <xs:complexType name="Leaf"><xs:complexContent><xs:extension base="Mid"/></xs:complexContent></xs:complexType>
      <xs:complexType name="LeafR"><xs:complexContent><xs:restriction base="Mid">
      <xs:sequence><xs:element name="a" type="xs:int"/><xs:element name="c" type="xs:int"/></xs:sequence>
      </xs:restriction></xs:complexContent></xs:complexType>`;
    const decls = `${mid}<xs:element name="h" type="Base"/>
      <xs:element name="mid" type="Mid" substitutionGroup="h"/>
      <xs:element name="leaf" type="Leaf" substitutionGroup="h"/>
      <xs:element name="leafR" type="LeafR" substitutionGroup="h"/>`;
    // leaf's derivation (extension) passes Mid, which blocks extension; leafR's passes it too,
    // and the whole derivation (extension to Mid, then restriction) includes extension as well.
    expect(admitted(decls)).toEqual(['h', 'mid']);
    const restrictionOnly = decls.replace('block="extension"', 'block="restriction"');
    expect(admitted(restrictionOnly)).toEqual(['h', 'mid', 'leaf']);
  });

  it('follows an anonymous member type, the built-in hierarchy and union members', () => {
    const anon = `<xs:element name="h" type="Base" block="extension"/>
      <xs:element name="anon" substitutionGroup="h"><xs:complexType><xs:complexContent>
        <xs:extension base="Base"/></xs:complexContent></xs:complexType></xs:element>`;
    expect(admitted(anon)).toEqual(['h']);
    const builtin = `<xs:element name="h" type="xs:decimal" block="restriction"/>
      <xs:element name="i" type="xs:int" substitutionGroup="h"/>
      <xs:element name="small" type="Small" substitutionGroup="h"/>`;
    expect(admitted(builtin)).toEqual(['h']);
    expect(admitted(builtin.replace(' block="restriction"', ''))).toEqual(['h', 'i', 'small']);
    const union = `<xs:element name="h" type="IntOrWord"/><xs:element name="i" type="Small" substitutionGroup="h"/>`;
    expect(admitted(union)).toEqual(['h', 'i']);
    expect(admitted(union.replace('type="IntOrWord"', 'type="IntOrWord" block="restriction"'))).toEqual(['h']);
  });
  it('checks transitive members against the head the ref names', () => {
    const decls = `<xs:element name="h" type="Base" block="extension"/>
      <xs:element name="mid" type="Base" substitutionGroup="h"/>
      <xs:element name="deep" type="Ext" substitutionGroup="mid"/>`;
    expect(admitted(decls)).toEqual(['h', 'mid']);
    expect(admitted(decls, 'mid')).toEqual(['mid', 'deep']);
  });
  it('turns a ref to an abstract head without a substitutable member into a choice of none', () => {
    const schema = parseSnippet(`${TYPES}
      <xs:element name="h" type="Base" abstract="true" block="substitution"/>
      <xs:element name="m" type="Base" substitutionGroup="h"/>
      <xs:element name="lone" type="Base" abstract="1"/>
      <xs:complexType name="T"><xs:sequence>
        <xs:element ref="h" minOccurs="0"/><xs:element ref="lone"/></xs:sequence></xs:complexType>`);
    const seq = (typeOf(schema, 'T') as IrObjectType).particle as unknown as { items: IrParticle[] };
    expect(seq.items).toEqual([
      { kind: 'choice', items: [], occurs: { min: 0, max: 1 } },
      { kind: 'choice', items: [], occurs: { min: 1, max: 1 } },
    ]);
  });
});

describe('substitution groups: e-props-correct.4 at schema load', () => {
  const invalid: [string, string, RegExp][] = [
    [
      'a member type not derived from the head type',
      '<xs:element name="m" type="xs:string" substitutionGroup="h"/>',
      /does not derive/,
    ],
    [
      'a simple member type under a complex head type',
      '<xs:element name="m" type="Small" substitutionGroup="h"/>',
      /does not derive/,
    ],
    ['an extension the head final excludes', '<xs:element name="m" type="Ext" substitutionGroup="f"/>', /by extension/],
    [
      'a restriction the head final excludes',
      '<xs:element name="m" type="Res" substitutionGroup="fr"/>',
      /by restriction/,
    ],
    ['#all', '<xs:element name="m" type="Res" substitutionGroup="fa"/>', /by restriction/],
  ];
  const heads = `<xs:element name="h" type="Base"/>
    <xs:element name="f" type="Base" final="extension"/>
    <xs:element name="fr" type="Base" final="restriction"/>
    <xs:element name="fa" type="Base" final="#all"/>`;
  for (const [what, member, message] of invalid) {
    it(`refuses ${what}`, () => {
      const d = diagnosticOf(() => parseSnippet(`${TYPES}${heads}\n${member}`));
      expect(d.code).toBe('XsdInvalid');
      expect(d.message).toMatch(message);
      expect(d.location.line).toBe(2 + `${TYPES}${heads}\n`.split('\n').length);
    });
  }
  it('refuses only those: members the head final does not exclude load, a chain naming nothing is left to its reader', () => {
    expect(diagnosticOf(() => parseSnippet(`${TYPES}${heads}\n${invalid[2]![1]}`)).code).toBe('XsdInvalid');
    expect(() =>
      parseSnippet(`${TYPES}${heads}
        <xs:element name="m1" type="Res" substitutionGroup="f"/>
        <xs:element name="m2" type="Ext" substitutionGroup="fr"/>
        <xs:element name="m3" substitutionGroup="fa"/>
        <xs:element name="m4" type="Base" substitutionGroup="fa"/>
        <xs:element name="m5" type="xs:int" substitutionGroup="n"/>
        <xs:element name="n" type="xs:decimal"/>
        <xs:element name="m6" type="xs:string" substitutionGroup="any"/>
        <xs:element name="any"/>`),
    ).not.toThrow();
    const d = diagnosticOf(() =>
      parseSnippet(`${TYPES}${heads}
        <xs:complexType name="Broken"><xs:complexContent><xs:extension base="Missing"/></xs:complexContent></xs:complexType>
        <xs:element name="m" type="Broken" substitutionGroup="h"/>`),
    );
    expect(d.code).toBe('XsdUnresolvedType');
  });
});
