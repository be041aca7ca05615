/**
 * The structure of an xs:simpleType as generator/parse/xsd/read-simple-type.ts reads it, against
 * the schema for schemas (XSD 1.1 Part 2 §4.1.2, XML representation of simple type definitions):
 *   simpleType:  (annotation?, (restriction | list | union))
 *   restriction: base= XOR one inline simpleType, then facets only (no attribute, attributeGroup,
 *                anyAttribute, sequence, choice, all, group: those belong to complex types)
 *   list:        itemType= XOR one inline simpleType
 *   union:       memberTypes= and/or inline simpleTypes, at least one member in all
 * and the base of a simple type must be a simple type (§4.1.6 st-props-correct, §3.16.3): neither
 * xs:anyType nor a complex type. Each refusal is pinned as a whole diagnostic. xmllint 2.9.14
 * refuses every one of these schemas too (`xmllint --schema`, checked by hand: "The content is
 * not valid", "mutually exclusive", "Either the attribute ... must be present", "is not a simple
 * type"); the union with blank memberTypes only makes it fail with an internal error.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});
/** A named simple type whose body is `body`, on line 3 of the wrapped schema (column 25 is its child). */
const simple = (body: string) => `<xs:simpleType name="A">${body}</xs:simpleType>`;
const refused = (body: string) => diagnosticOf(() => parseSnippet(simple(body)));
const INT = { kind: 'primitive', builtin: 'int', facets: {} };
const DATE = { kind: 'primitive', builtin: 'date', facets: {} };

describe('xs:simpleType holds one restriction, list or union', () => {
  it('an empty xs:simpleType is refused at itself', () => {
    expect(refused('')).toEqual(invalid('xs:simpleType needs a restriction, list or union', 3, 1));
  });

  it('an xs:simpleType with only an annotation is refused at itself', () => {
    expect(refused('<xs:annotation/>')).toEqual(invalid('xs:simpleType needs a restriction, list or union', 3, 1));
  });

  it('a second body after the first is refused at the second', () => {
    expect(refused('<xs:restriction base="xs:int"/><xs:list itemType="xs:int"/>')).toEqual(
      invalid('unexpected xs:list after xs:restriction', 3, 56),
    );
  });

  it('one body after an annotation reads', () => {
    expect(typeOf(parseSnippet(simple('<xs:annotation/><xs:list itemType="xs:int"/>')), 'A')).toEqual({
      kind: 'list',
      item: INT,
    });
  });
});

describe('the base of a restriction, the item type of a list', () => {
  it('base= and an inline xs:simpleType both: refused at the restriction', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType>';
    expect(refused(`<xs:restriction base="xs:int">${inline}</xs:restriction>`)).toEqual(
      invalid('xs:restriction has both base= and an inline xs:simpleType', 3, 25),
    );
  });

  it('itemType= and an inline xs:simpleType both: refused at the list', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType>';
    expect(refused(`<xs:list itemType="xs:int">${inline}</xs:list>`)).toEqual(
      invalid('xs:list has both itemType= and an inline xs:simpleType', 3, 25),
    );
  });

  it('a restriction of xs:anyType is refused (it is not a simple type)', () => {
    expect(refused('<xs:restriction base="xs:anyType"/>')).toEqual(
      invalid('xs:anyType cannot be the base of a simple type', 3, 25),
    );
  });

  it('a list of xs:anyType is refused', () => {
    expect(refused('<xs:list itemType="xs:anyType"/>')).toEqual(
      invalid('xs:anyType cannot be the base of a simple type', 3, 25),
    );
  });

  it('a restriction of a complex type is refused', () => {
    const d = diagnosticOf(() => parseSnippet(`${simple('<xs:restriction base="C"/>')}<xs:complexType name="C"/>`));
    expect(d).toEqual(invalid('"C" is a complex type; a simple type must derive from a simple type', 3, 25));
  });

  it('a list of a complex type is refused', () => {
    const d = diagnosticOf(() => parseSnippet(`${simple('<xs:list itemType="C"/>')}<xs:complexType name="C"/>`));
    expect(d).toEqual(invalid('"C" is a complex type; a simple type must derive from a simple type', 3, 25));
  });

  it('a restriction of a named simple type reads as a ref to it', () => {
    const s = parseSnippet(
      `${simple('<xs:restriction base="B"/>')}<xs:simpleType name="B"><xs:list itemType="xs:int"/></xs:simpleType>`,
    );
    expect(typeOf(s, 'A')).toEqual({ kind: 'ref', target: 'test/schemas/t.xsd#B' });
  });

  it('a restriction with neither base= nor an inline type is refused at the restriction', () => {
    expect(refused('<xs:restriction/>')).toEqual(
      invalid('xs:restriction needs base= or an inline xs:simpleType', 3, 25),
    );
  });

  it('a list with neither itemType= nor an inline type is refused at the list', () => {
    expect(refused('<xs:list/>')).toEqual(invalid('xs:list needs itemType= or an inline xs:simpleType', 3, 25));
  });

  it('a list with two inline item types is refused at the second', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType>';
    expect(refused(`<xs:list>${inline}${inline}</xs:list>`)).toEqual(
      invalid('xs:list has more than one inline xs:simpleType', 3, 96),
    );
  });

  it('an inline base after a facet is refused at the inline type (XSD 1.1 Part 1 §3.16.2: simpleType?, then facets)', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType>';
    expect(refused(`<xs:restriction><xs:maxLength value="3"/>${inline}</xs:restriction>`)).toEqual(
      invalid('the inline xs:simpleType of xs:restriction must come before its facets', 3, 66),
    );
  });

  it('an annotation before the inline base is allowed', () => {
    const inlineDate = '<xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType>';
    const restriction = `<xs:restriction><xs:annotation/>${inlineDate}<xs:pattern value="2.*"/></xs:restriction>`;
    expect(typeOf(parseSnippet(simple(restriction)), 'A')).toEqual({ ...DATE, facets: { patterns: ['2.*'] } });
  });

  it('an inline base and an inline item type read in place', () => {
    const inlineDate = '<xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType>';
    expect(typeOf(parseSnippet(simple(`<xs:restriction>${inlineDate}</xs:restriction>`)), 'A')).toEqual(DATE);
    expect(typeOf(parseSnippet(simple(`<xs:list>${inlineDate}</xs:list>`)), 'A')).toEqual({ kind: 'list', item: DATE });
  });
});

describe('a simple type restriction holds facets, not complex type content', () => {
  const cases: [string, string][] = [
    ['<xs:attribute name="a"/>', 'xs:attribute'],
    ['<xs:attributeGroup ref="g"/>', 'xs:attributeGroup'],
    ['<xs:anyAttribute/>', 'xs:anyAttribute'],
    ['<xs:sequence/>', 'xs:sequence'],
    ['<xs:choice/>', 'xs:choice'],
    ['<xs:all/>', 'xs:all'],
    ['<xs:group ref="g"/>', 'xs:group'],
  ];
  for (const [child, tag] of cases) {
    it(`${tag} in the restriction is refused at the child`, () => {
      const extra = '<xs:attributeGroup name="g"/><xs:group name="g"><xs:sequence/></xs:group>';
      const d = diagnosticOf(() =>
        parseSnippet(`${simple(`<xs:restriction base="xs:int">${child}</xs:restriction>`)}${extra}`),
      );
      expect(d).toEqual(invalid(`${tag} is not allowed in the xs:restriction of a simple type`, 3, 55));
    });
  }
});

describe('the members of a union', () => {
  it('memberTypes with surrounding and repeated blanks reads each name once', () => {
    expect(typeOf(parseSnippet(simple('<xs:union memberTypes="  xs:int \t\n xs:date "/>')), 'A')).toEqual({
      kind: 'union',
      members: [INT, DATE],
    });
  });

  it('only inline members, no memberTypes: read in place', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType>';
    expect(typeOf(parseSnippet(simple(`<xs:union>${inline}</xs:union>`)), 'A')).toEqual({
      kind: 'union',
      members: [DATE],
    });
  });

  it('memberTypes first, then inline members', () => {
    const inline = '<xs:simpleType><xs:restriction base="xs:date"/></xs:simpleType>';
    expect(typeOf(parseSnippet(simple(`<xs:union memberTypes="xs:int">${inline}</xs:union>`)), 'A')).toEqual({
      kind: 'union',
      members: [INT, DATE],
    });
  });

  it('an element other than xs:simpleType in a union is refused at it', () => {
    expect(refused('<xs:union memberTypes="xs:int"><xs:element name="e"/></xs:union>')).toEqual(
      invalid('xs:element is not allowed in xs:union', 3, 56),
    );
  });

  for (const [what, body] of [
    ['no memberTypes and no inline member', '<xs:union/>'],
    ['blank memberTypes', '<xs:union memberTypes=" \t "/>'],
    ['only an annotation', '<xs:union><xs:annotation/></xs:union>'],
  ]) {
    it(`a union with ${what} is refused at the union`, () => {
      expect(refused(body!)).toEqual(invalid('xs:union has no member types', 3, 25));
    });
  }
});

describe('an anonymous restriction of an anonymous restriction, in a redefined attribute group', () => {
  // src-redefine 7.2.2 / §3.4.6 clause 2.1.2: the restricting attribute's type must derive from the
  // original's; an anonymous type derives from what its restriction's base is, inline bases included.
  const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
  const base = `<xs:schema ${XS}><xs:attributeGroup name="AG"><xs:attribute name="y" type="xs:decimal"/></xs:attributeGroup></xs:schema>`;
  const parse = (builtin: string) => {
    const inner = `<xs:simpleType><xs:restriction base="${builtin}"/></xs:simpleType>`;
    const y = `<xs:attribute name="y"><xs:simpleType><xs:restriction>${inner}</xs:restriction></xs:simpleType></xs:attribute>`;
    const source = `<xs:schema ${XS}><xs:redefine schemaLocation="b.xsd"><xs:attributeGroup name="AG">${y}</xs:attributeGroup></xs:redefine></xs:schema>`;
    return () =>
      parseXsd({ source, file: 'main.xsd', schemaId: 'm', readInclude: () => ({ source: base, file: 'b.xsd' }) });
  };

  it('int through two anonymous steps restricts decimal', () => {
    expect(parse('xs:int')).not.toThrow();
  });

  it('boolean through two anonymous steps does not restrict decimal', () => {
    expect(diagnosticOf(parse('xs:boolean'))).toMatchObject({
      code: 'XsdInvalid',
      message: expect.stringMatching(/"y" .*its type is not derived from the original's/),
    });
  });
});
