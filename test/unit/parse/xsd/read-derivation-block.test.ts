/**
 * The substitutions a complex type or an element declaration blocks, as the IR records them
 * (read-derivation.ts `readBlock`): a complex type's {prohibited substitutions} and an element's
 * {disallowed substitutions}, restricted to extension / restriction (what xsi:type can use).
 * - the `block` attribute, else the schema's `blockDefault`; a `block` that is present wins even
 *   when empty (XSD 1.1 Part 1 §3.4.2.1 and §3.3.2.1, {prohibited substitutions} /
 *   {disallowed substitutions});
 * - `#all` is both extension and restriction; a list names each method once (a set); on an
 *   element, and in `blockDefault`, `substitution` is allowed and is not an xsi:type derivation,
 *   so it is not recorded; nothing left means no `block` at all;
 * - a complex type that blocks something records a derivation even when it has no explicit base:
 *   a restriction of xs:anyType (§3.4.2.3, {base type definition} of a complex type with
 *   neither simple nor complex content).
 * Every schema used here is valid for xmllint 2.9.14.
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType, IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { namedType, parseSnippet, root } from './xsd-test-helpers.js';

const ANY_TYPE = '{http://www.w3.org/2001/XMLSchema}anyType';
const BOTH = ['extension', 'restriction'];

/** Parses `body` in a schema whose start tag also carries `schemaAttrs`. */
function parseWith(schemaAttrs: string, body: string): IrSchema {
  return parseXsd({
    source: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${schemaAttrs}>
${body}
</xs:schema>
`,
    file: 'test/t.xsd',
    schemaId: 'test/schemas/t.xsd',
  });
}

/** The `derivation` of a plain complex type blocking `block` (a restriction of xs:anyType). */
const plainBlocking = (block: string[]) => ({ base: ANY_TYPE, method: 'restriction', block });

describe('readBlock: a complex type’s own block', () => {
  const cases: [string, string[]][] = [
    ['extension', ['extension']],
    ['restriction', ['restriction']],
    ['#all', BOTH],
    [' restriction ', ['restriction']],
    ['restriction extension', ['restriction', 'extension']],
    ['  extension \t restriction\n extension  ', BOTH],
  ];
  for (const [value, block] of cases) {
    it(`block=${JSON.stringify(value)} records ${JSON.stringify(block)}`, () => {
      const s = parseSnippet(`<xs:complexType name="T" block="${value}"/>`);
      expect(namedType(s, 'T').derivation).toStrictEqual(plainBlocking(block));
    });
  }

  it('block="" blocks nothing: no derivation for a plain complex type', () => {
    const t = namedType(parseSnippet('<xs:complexType name="T" block=""/>'), 'T');
    expect(t.derivation).toBeUndefined();
    expect('derivation' in t).toBe(false);
  });

  it('a derived complex type keeps its base and method next to the block', () => {
    const s =
      parseSnippet(`<xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>
      <xs:complexType name="X" block="restriction"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType>
      <xs:complexType name="S" block="#all"><xs:simpleContent><xs:extension base="xs:int"/></xs:simpleContent></xs:complexType>`);
    expect(namedType(s, 'X').derivation).toStrictEqual({ base: 'B', method: 'extension', block: ['restriction'] });
    expect(namedType(s, 'S').derivation).toStrictEqual({
      base: '{http://www.w3.org/2001/XMLSchema}int',
      method: 'extension',
      block: BOTH,
    });
  });

  it('a derived complex type that blocks nothing has no block key at all', () => {
    const s = parseSnippet(`<xs:complexType name="B"/>
      <xs:complexType name="X"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType>
      <xs:complexType name="Y" block=""><xs:complexContent><xs:restriction base="B"/></xs:complexContent></xs:complexType>`);
    expect(namedType(s, 'X').derivation).toStrictEqual({ base: 'B', method: 'extension' });
    expect(namedType(s, 'Y').derivation).toStrictEqual({ base: 'B', method: 'restriction' });
  });
});

describe('readBlock: blockDefault', () => {
  it('blockDefault="#all" applies to complex types and elements without block', () => {
    const s = parseWith(
      'blockDefault="#all"',
      `<xs:complexType name="T"/><xs:complexType name="D"><xs:complexContent><xs:extension base="T"/></xs:complexContent></xs:complexType>
      <xs:element name="e" type="T"/>`,
    );
    expect(namedType(s, 'T').derivation).toStrictEqual(plainBlocking(BOTH));
    expect(namedType(s, 'D').derivation).toStrictEqual({ base: 'T', method: 'extension', block: BOTH });
    expect(root(s, 'e').block).toStrictEqual(BOTH);
  });

  it('a block attribute, even empty, overrides blockDefault', () => {
    const s = parseWith(
      'blockDefault="#all"',
      `<xs:complexType name="T" block=""/><xs:complexType name="U" block="extension"/>
      <xs:element name="e" type="T" block=""/><xs:element name="f" type="T" block="restriction"/>`,
    );
    expect(namedType(s, 'T').derivation).toBeUndefined();
    expect(namedType(s, 'U').derivation).toStrictEqual(plainBlocking(['extension']));
    expect(root(s, 'e').block).toBeUndefined();
    expect('block' in root(s, 'e')).toBe(false);
    expect(root(s, 'f').block).toStrictEqual(['restriction']);
  });

  it('blockDefault="substitution" blocks no xsi:type derivation: nothing recorded', () => {
    const s = parseWith(
      'blockDefault="substitution"',
      `<xs:complexType name="T"/><xs:element name="e" type="T"/>
      <xs:complexType name="W"><xs:sequence><xs:element name="l" type="xs:string"/></xs:sequence></xs:complexType>`,
    );
    expect(namedType(s, 'T').derivation).toBeUndefined();
    expect(root(s, 'e').block).toBeUndefined();
    const w = namedType(s, 'W').type as IrObjectType;
    expect(w.fields.map((f) => [f.name, f.block])).toEqual([['l', undefined]]);
  });

  it('blockDefault="substitution restriction" keeps restriction only', () => {
    const s = parseWith(
      'blockDefault=" substitution  restriction "',
      `<xs:complexType name="T"/><xs:element name="e" type="T"/>`,
    );
    expect(namedType(s, 'T').derivation).toStrictEqual(plainBlocking(['restriction']));
    expect(root(s, 'e').block).toStrictEqual(['restriction']);
  });

  it('blockDefault="" (or none) blocks nothing', () => {
    for (const attrs of ['blockDefault=""', '']) {
      const s = parseWith(attrs, `<xs:complexType name="T"/><xs:element name="e" type="T"/>`);
      expect(namedType(s, 'T').derivation, attrs).toBeUndefined();
      expect('block' in root(s, 'e'), attrs).toBe(false);
    }
  });
});

describe('readBlock: element declarations', () => {
  const cases: [string, string[] | undefined][] = [
    ['substitution', undefined],
    ['extension', ['extension']],
    ['restriction substitution', ['restriction']],
    ['substitution  extension restriction', BOTH],
    ['#all', BOTH],
    ['restriction restriction', ['restriction']],
  ];
  for (const [value, block] of cases) {
    it(`a global element with block=${JSON.stringify(value)} records ${JSON.stringify(block)}`, () => {
      const e = root(parseSnippet(`<xs:element name="e" type="xs:string" block="${value}"/>`), 'e');
      expect(e.block).toStrictEqual(block);
      expect('block' in e).toBe(block !== undefined);
    });
  }

  it('a local element declaration records its own block, or blockDefault', () => {
    const s = parseWith(
      'blockDefault="extension"',
      `<xs:complexType name="W"><xs:sequence>
        <xs:element name="a" type="xs:string" block="#all"/>
        <xs:element name="b" type="xs:string" block="substitution"/>
        <xs:element name="c" type="xs:string"/>
      </xs:sequence></xs:complexType>`,
    );
    const w = namedType(s, 'W').type as IrObjectType;
    expect(w.fields.map((f) => [f.name, f.block])).toEqual([
      ['a', BOTH],
      ['b', undefined],
      ['c', ['extension']],
    ]);
  });
});
