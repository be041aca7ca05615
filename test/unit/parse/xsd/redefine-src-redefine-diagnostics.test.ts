/**
 * xs:redefine, the src-redefine constraints one by one, each as a whole diagnostic (code,
 * severity, exact message, file, line, column) on a schema written one child per line, and the
 * redefinitions next to them that are valid (a complex type by restriction or in simpleContent, a
 * name written with surrounding whitespace, a self-reference anywhere in the group's particle
 * tree, a third redefinition of one type). xmllint 2.9.14 (`--schema`) agrees on each valid and
 * invalid redefinition here but the names written with whitespace around them: the `name` of a
 * component is an xs:NCName, whose whiteSpace is collapse (Part 2 §3.3.8 and the schema for
 * schemas), so " G " names G; xmllint compares the raw value.
 * @see XSD 1.0 Part 1 §4.2.2 (Including modified component definitions, src-redefine 2–7)
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** The redefined document (no target namespace). */
const BASE = [
  `<xs:schema ${XS}>`,
  '<xs:simpleType name="Size"><xs:restriction base="xs:int"/></xs:simpleType>',
  '<xs:complexType name="Item"><xs:sequence><xs:element name="a" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>',
  '<xs:complexType name="Text"><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>',
  '<xs:group name="G"><xs:sequence><xs:element name="g1" type="xs:int"/></xs:sequence></xs:group>',
  '<xs:group name="H"><xs:sequence><xs:element name="h1" type="xs:int"/></xs:sequence></xs:group>',
  '<xs:attributeGroup name="AG"><xs:attribute name="x" type="xs:int"/></xs:attributeGroup>',
  '<xs:attributeGroup name="AH"><xs:attribute name="h" type="xs:int"/></xs:attributeGroup>',
  '<xs:attribute name="AG" type="xs:int"/>',
  '<xs:element name="G" type="xs:int"/>',
  '</xs:schema>',
].join('\n');

function parseFiles(main: string, files: Record<string, string> = {}): IrSchema {
  const all: Record<string, string> = { 'base.xsd': BASE, ...files };
  return parseXsd({
    source: main,
    file: 'main.xsd',
    schemaId: 'm',
    readInclude: (href) => {
      const source = all[href];
      if (source === undefined) throw new DiagnosticError([]);
      return { source, file: href };
    },
  });
}

/** A schema whose xs:redefine of base.xsd (line 2) has `lines` as its content from line 3 on. */
const redefining = (...lines: string[]) =>
  [`<xs:schema ${XS}>`, '<xs:redefine schemaLocation="base.xsd">', ...lines, '</xs:redefine>', '</xs:schema>'].join(
    '\n',
  );

/** The whole XsdInvalid diagnostic the redefinition `lines` raises. */
const invalid = (...lines: string[]) => diagnosticOf(() => parseFiles(redefining(...lines)));

const at = (message: string, line: number, column = 1, file = 'main.xsd') => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file, line, column },
});

const typeNames = (s: IrSchema) => s.types.map((t) => t.name);

describe('xs:redefine children and names (src-redefine 2, 3)', () => {
  it('refuses a child other than a type, group or attribute group, naming the four allowed', () => {
    expect(
      invalid('<xs:group name="G"><xs:sequence><xs:group ref="G"/></xs:sequence></xs:group>', '<xs:element name="e"/>'),
    ).toEqual(
      at(
        'xs:element is not allowed in xs:redefine (only xs:simpleType, xs:complexType, xs:group and xs:attributeGroup)',
        4,
      ),
    );
  });

  it('refuses a child without a name', () => {
    expect(invalid('<xs:group><xs:sequence><xs:group ref="G"/></xs:sequence></xs:group>')).toEqual(
      at('xs:group in xs:redefine has no name', 3),
    );
    expect(invalid('', '<xs:attributeGroup/>')).toEqual(at('xs:attributeGroup in xs:redefine has no name', 4));
  });

  it('reads a name written with surrounding whitespace as the name (NCName, whiteSpace collapse)', () => {
    const s = parseFiles(
      redefining(
        '<xs:complexType name=" Item "><xs:complexContent><xs:extension base="Item"/></xs:complexContent></xs:complexType>',
      ),
    );
    expect(typeNames(s)).toEqual(['Item', 'Item@original', 'Size', 'Text']);
  });

  it('refuses a component the redefined document does not declare', () => {
    expect(invalid('<xs:attributeGroup name="Nope"><xs:attributeGroup ref="Nope"/></xs:attributeGroup>')).toEqual(
      at('xs:attributeGroup "Nope" is redefined, but the redefined schema has none', 3),
    );
  });

  it('refuses a redefinition of another kind of component of that name', () => {
    expect(invalid('', '', '<xs:simpleType name="Item"><xs:restriction base="Item"/></xs:simpleType>')).toEqual(
      at('xs:simpleType "Item" redefines an xs:complexType, which is another kind', 5),
    );
    expect(
      invalid(
        '<xs:complexType name="Size"><xs:simpleContent><xs:restriction base="Size"/></xs:simpleContent></xs:complexType>',
      ),
    ).toEqual(at('xs:complexType "Size" redefines an xs:simpleType, which is another kind', 3));
  });

  it('refuses a second redefinition of one document’s component, naming where the first is', () => {
    const ext =
      '<xs:complexType name="Item"><xs:complexContent><xs:extension base="Item"/></xs:complexContent></xs:complexType>';
    const other = [
      `<xs:schema ${XS}>`,
      '<xs:redefine schemaLocation="base.xsd">',
      '',
      ext,
      '</xs:redefine>',
      '</xs:schema>',
    ];
    const main = [
      `<xs:schema ${XS}>`,
      '<xs:include schemaLocation="other.xsd"/>',
      '<xs:redefine schemaLocation="base.xsd">',
      ext,
    ];
    const d = diagnosticOf(() =>
      parseFiles([...main, '</xs:redefine>', '</xs:schema>'].join('\n'), { 'other.xsd': other.join('\n') }),
    );
    expect(d).toEqual(at('xs:complexType "Item" of this document is redefined twice (also at other.xsd:4:1)', 4));
  });

  it('keeps every original when a type is redefined three times over (@original, @original2, @original3)', () => {
    const ext = (el: string) =>
      `<xs:complexType name="Item"><xs:complexContent><xs:extension base="Item"><xs:sequence><xs:element name="${el}"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`;
    const doc = (href: string, el: string) =>
      `<xs:schema ${XS}><xs:redefine schemaLocation="${href}">${ext(el)}</xs:redefine></xs:schema>`;
    const s = parseFiles(doc('m2.xsd', 'd'), { 'm2.xsd': doc('m1.xsd', 'c'), 'm1.xsd': doc('base.xsd', 'b') });
    expect(typeNames(s).filter((n) => n.startsWith('Item'))).toEqual([
      'Item',
      'Item@original',
      'Item@original2',
      'Item@original3',
    ]);
  });
});

describe('a redefined type derives from its own name (src-redefine 5)', () => {
  it('accepts a complex type restricted in complexContent or extended in simpleContent', () => {
    const s = parseFiles(
      redefining(
        '<xs:complexType name="Item"><xs:complexContent><xs:restriction base="Item"/></xs:complexContent></xs:complexType>',
        '<xs:complexType name="Text"><xs:simpleContent><xs:extension base="Text"/></xs:simpleContent></xs:complexType>',
      ),
    );
    expect(typeNames(s)).toEqual(['Item', 'Item@original', 'Size', 'Text', 'Text@original']);
    expect(s.types.find((t) => t.name === 'Item')?.derivation).toEqual({
      base: 'Item@original',
      method: 'restriction',
    });
    expect(s.types.find((t) => t.name === 'Text')?.derivation).toEqual({ base: 'Text@original', method: 'extension' });
  });

  it('points at the complex type itself when it has no simpleContent or complexContent', () => {
    const d = invalid(
      '<xs:complexType name=" Item ">',
      '  <xs:sequence>',
      '    <xs:element name="a" type="xs:int"/>',
      '  </xs:sequence>',
      '</xs:complexType>',
    );
    expect(d).toEqual(
      at(
        'redefined xs:complexType "Item" must be an xs:restriction or xs:extension with base="Item" (its original)',
        3,
      ),
    );
  });

  it('points at the derivation step whose base is another type, or that is no restriction', () => {
    const complex = invalid(
      '<xs:complexType name="Item"><xs:complexContent>',
      '  <xs:extension base="xs:anyType"/>',
      '</xs:complexContent></xs:complexType>',
    );
    expect(complex).toEqual(
      at(
        'redefined xs:complexType "Item" must be an xs:restriction or xs:extension with base="Item" (its original)',
        4,
        3,
      ),
    );
    const simple = invalid('<xs:simpleType name="Size">', '  <xs:list itemType="Size"/>', '</xs:simpleType>');
    expect(simple).toEqual(
      at('redefined xs:simpleType "Size" must be an xs:restriction with base="Size" (its original)', 4, 3),
    );
  });
});

describe('a redefined group refers to itself once, with occurrence 1 (src-redefine 6.1)', () => {
  /** Expects the redefinition `lines` to be a valid one. */
  const groupOk = (...lines: string[]) => expect(() => parseFiles(redefining(...lines))).not.toThrow();

  it('finds the self-reference at any depth, after other particles', () => {
    groupOk(
      '<xs:group name="G"><xs:sequence>',
      '  <xs:element name="g0" type="xs:int"/>',
      '  <xs:choice><xs:element name="g2" type="xs:int"/><xs:sequence><xs:group ref="G"/></xs:sequence></xs:choice>',
      '</xs:sequence></xs:group>',
    );
  });

  it('counts only xs:group references to the group itself', () => {
    groupOk(
      '<xs:group name="G">',
      '  <xs:annotation><xs:appinfo><x:group xmlns:x="urn:x" ref="G"/></xs:appinfo></xs:annotation>',
      '  <xs:sequence><xs:group ref="G"/><xs:group ref="H"/><xs:element ref="G"/></xs:sequence>',
      '</xs:group>',
    );
  });

  it('does not count a reference written inside xs:appinfo (not schema markup, §3.13.2)', () => {
    const appinfo = '  <xs:annotation><xs:appinfo><xs:group ref="G" maxOccurs="3"/></xs:appinfo></xs:annotation>';
    const extension = [
      '<xs:group name="G">',
      appinfo,
      '  <xs:sequence><xs:group ref="G"/></xs:sequence>',
      '</xs:group>',
    ];
    expect(() => parseFiles(redefining(...extension))).not.toThrow();
    const restriction = [
      '<xs:group name="G">',
      appinfo,
      '  <xs:sequence><xs:element name="g1" type="xs:int"/></xs:sequence>',
      '</xs:group>',
    ];
    expect(() => parseFiles(redefining(...restriction))).not.toThrow();
  });

  it('points at the second self-reference in document order', () => {
    // (two compositors are also more than a group holds: what this pins is which reference is named)
    const d = invalid(
      '<xs:group name=" G ">',
      '  <xs:sequence><xs:group ref="G"/></xs:sequence>',
      '  <xs:sequence><xs:element name="a"/>',
      '    <xs:group ref="G"/></xs:sequence>',
      '</xs:group>',
    );
    expect(d).toEqual(at('redefined xs:group "G" refers to itself (its original) more than once', 6, 5));
  });

  it('reads a group without a self-reference as a restriction: what it refers to must resolve', () => {
    const d = invalid('<xs:group name="G"><xs:sequence>', '  <xs:element ref="nothing"/>', '</xs:sequence></xs:group>');
    expect(d).toEqual({ ...at('element ref "nothing" names no global element', 4, 3), code: 'XsdUnresolvedRef' });
  });

  it('points at a self-reference that may occur other than once', () => {
    const message = 'the reference to the original of redefined xs:group "G" must have minOccurs and maxOccurs 1';
    expect(
      invalid('<xs:group name=" G "><xs:sequence>', '  <xs:group ref="G" minOccurs="0"/>', '</xs:sequence></xs:group>'),
    ).toEqual(at(message, 4, 3));
    expect(
      invalid('<xs:group name="G"><xs:sequence>', '  <xs:group ref="G" maxOccurs="2"/>', '</xs:sequence></xs:group>'),
    ).toEqual(at(message, 4, 3));
  });
});

describe('a redefined attribute group refers to itself at most once (src-redefine 7.1)', () => {
  it('counts only xs:attributeGroup references to the group itself', () => {
    const lines = [
      '<xs:attributeGroup name="AG">',
      '  <xs:attributeGroup ref="AG"/><xs:attributeGroup ref="AH"/><xs:attribute ref="AG"/>',
      '</xs:attributeGroup>',
    ];
    expect(() => parseFiles(redefining(...lines))).not.toThrow();
  });

  it('points at the second self-reference', () => {
    const d = invalid(
      '<xs:attributeGroup name=" AG ">',
      '  <xs:attributeGroup ref="AG"/>',
      '  <xs:attributeGroup ref="AG"/>',
      '</xs:attributeGroup>',
    );
    expect(d).toEqual(at('redefined xs:attributeGroup "AG" refers to itself (its original) more than once', 5, 3));
  });
});
