/**
 * Element declarations read one to one (read-element.ts), pinned with whole roots, fields and
 * diagnostics: the children an xs:element may have (one inline type, then identity constraints;
 * anything else is XsdUnsupported at the child; a second type, inline or type=, is XsdInvalid at
 * the child), nillable read as an xs:boolean ("1", whitespace collapsed), block (its own value,
 * even empty, over the schema's blockDefault), and identity constraints carried on the root or
 * the field of the element that declares them.
 *
 * xmllint 2.9.14 refuses the schemas refused here (src-element.3 for two types; a compositor or
 * xs:alternative is no child of xs:element in XSD 1.0) and accepts the others (checked by hand),
 * except nillable=" true ": libxml2 compares the literal, where the schema for schemas types
 * nillable as xs:boolean, whose whitespace is collapsed.
 *
 * @see XSD 1.1 Part 1 §3.3.2 (XML representation of element declarations: content, nillable,
 *      block / blockDefault → {disallowed substitutions}), §3.3.3 (src-element.3), §3.11
 *      (identity constraints); Part 2 §3.3.2 (boolean)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrField, IrObjectType, IrRootElement } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
/** A schema with `body` on line 2. */
const source = (body: string, schemaAttributes = '') =>
  `<xs:schema xmlns:xs="${XS}"${schemaAttributes}>\n${body}\n</xs:schema>`;
const parse = (body: string, schemaAttributes = '') =>
  parseXsd({ source: source(body, schemaAttributes), file: 'a.xsd', schemaId: 'a' });
const fail = (body: string) => diagnosticOf(() => parse(body));
const at = (column: number) => ({ file: 'a.xsd', line: 2, column });
const diagnostic = (code: string, message: string, column: number): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location: at(column),
});
const rootOf = (body: string, schemaAttributes = ''): IrRootElement => {
  const roots = parse(body, schemaAttributes).roots;
  expect(roots).toHaveLength(1);
  return roots[0]!;
};
/** The one field of root `r`'s anonymous complex type. */
const fieldOf = (body: string, schemaAttributes = ''): IrField => {
  const fields = (rootOf(body, schemaAttributes).type as IrObjectType).fields;
  expect(fields).toHaveLength(1);
  return fields[0]!;
};
const INT = { kind: 'primitive', builtin: 'int', facets: {} } as const;
/** `<xs:element name="r"><xs:complexType><xs:sequence>` is 50 characters: the child is at column 51. */
const inSequence = (element: string) =>
  `<xs:element name="r"><xs:complexType><xs:sequence>${element}</xs:sequence></xs:complexType></xs:element>`;

describe('the children of xs:element', () => {
  const TWO_TYPES = 'xs:element may have one type: a type= attribute or one inline type';
  it('a compositor is XsdUnsupported at the child (global and local declarations)', () => {
    expect(fail('<xs:element name="r"><xs:sequence/></xs:element>')).toEqual(
      diagnostic('XsdUnsupported', 'xs:sequence inside xs:element is not supported', 22),
    );
    expect(fail(inSequence('<xs:element name="a"><xs:choice/></xs:element>'))).toEqual(
      diagnostic('XsdUnsupported', 'xs:choice inside xs:element is not supported', 72),
    );
  });
  it('an XSD 1.1 xs:alternative is XsdUnsupported, after an inline type too', () => {
    const body =
      '<xs:element name="r"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType><xs:alternative/></xs:element>';
    expect(fail(body)).toEqual(diagnostic('XsdUnsupported', 'xs:alternative inside xs:element is not supported', 84));
  });
  it('an inline type with type= is XsdInvalid at the inline type', () => {
    const body =
      '<xs:element name="r" type="xs:int"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element>';
    expect(fail(body)).toEqual(diagnostic('XsdInvalid', TWO_TYPES, 36));
    const complex = inSequence('<xs:element name="a" type="xs:int"><xs:complexType/></xs:element>');
    expect(fail(complex)).toEqual(diagnostic('XsdInvalid', TWO_TYPES, 86));
  });
  it('a second inline type is XsdInvalid at the second', () => {
    const body =
      '<xs:element name="r"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType><xs:complexType/></xs:element>';
    expect(fail(body)).toEqual(diagnostic('XsdInvalid', TWO_TYPES, 84));
  });
  it('one inline type followed by identity constraints is read', () => {
    const body =
      '<xs:element name="r"><xs:complexType><xs:attribute name="id" type="xs:int"/></xs:complexType>' +
      '<xs:key name="k"><xs:selector xpath="."/><xs:field xpath="@id"/></xs:key>' +
      '<xs:unique name="u"><xs:selector xpath="."/><xs:field xpath="@id"/></xs:unique></xs:element>';
    expect(rootOf(body).identity).toEqual([
      { name: 'k', kind: 'key', selector: [{ s: ['.'] }], fields: [[{ s: [], a: 'id' }]] },
      { name: 'u', kind: 'unique', selector: [{ s: ['.'] }], fields: [[{ s: [], a: 'id' }]] },
    ]);
  });
});

describe('nillable', () => {
  it.each(['1', 'true', ' true '])('nillable="%s" makes the root and a local element nillable', (value) => {
    expect(rootOf(`<xs:element name="r" type="xs:int" nillable="${value}"/>`)).toStrictEqual({
      name: 'r',
      type: INT,
      nillable: true,
      origin: at(1),
    });
    expect(fieldOf(inSequence(`<xs:element name="a" type="xs:int" nillable="${value}"/>`))).toStrictEqual({
      name: 'a',
      xml: { local: 'a', node: 'element' },
      type: INT,
      occurs: { min: 1, max: 1 },
      nillable: true,
      origin: at(51),
    });
  });
  it.each(['0', 'false'])('nillable="%s" does not', (value) => {
    expect(rootOf(`<xs:element name="r" type="xs:int" nillable="${value}"/>`)).toStrictEqual({
      name: 'r',
      type: INT,
      origin: at(1),
    });
  });
});

describe('block', () => {
  it("is the element's own block= on a root and on a local element", () => {
    expect(rootOf('<xs:element name="r" type="xs:int" block="extension"/>')).toStrictEqual({
      name: 'r',
      type: INT,
      block: ['extension'],
      origin: at(1),
    });
    expect(fieldOf(inSequence('<xs:element name="a" type="xs:int" block="restriction extension"/>'))).toStrictEqual({
      name: 'a',
      xml: { local: 'a', node: 'element' },
      type: INT,
      occurs: { min: 1, max: 1 },
      nillable: false,
      block: ['restriction', 'extension'],
      origin: at(51),
    });
  });
  it('is blockDefault where the element has no block=, and an empty block= overrides it', () => {
    const schema = ' blockDefault="restriction"';
    expect(rootOf('<xs:element name="r" type="xs:int"/>', schema).block).toEqual(['restriction']);
    expect(rootOf('<xs:element name="r" type="xs:int" block="#all"/>', schema).block).toEqual([
      'extension',
      'restriction',
    ]);
    expect(rootOf('<xs:element name="r" type="xs:int" block=""/>', schema)).toStrictEqual({
      name: 'r',
      type: INT,
      origin: at(1),
    });
  });
});

describe('identity constraints', () => {
  it('are carried on the field of the local element that declares them', () => {
    const a =
      '<xs:element name="a"><xs:complexType><xs:sequence><xs:element name="b" type="xs:int" maxOccurs="unbounded"/>' +
      '</xs:sequence></xs:complexType><xs:unique name="u"><xs:selector xpath="b"/><xs:field xpath="."/></xs:unique></xs:element>';
    const field = fieldOf(inSequence(a));
    expect(field.identity).toEqual([{ name: 'u', kind: 'unique', selector: [{ s: ['b'] }], fields: [[{ s: ['.'] }]] }]);
    expect(field.origin).toEqual(at(51));
  });
});
