/**
 * Document-wide schema constraints (generator/parse/xsd/check-schema-document.ts) and the
 * children a simple type's restriction may have: each an `XsdInvalid` located at the offending
 * element.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const simple = (attrs: string, inner = '<xs:restriction base="xs:string"/>') =>
  `<xs:simpleType name="T"${attrs}>${inner}</xs:simpleType>`;

describe('schema document constraints', () => {
  it.each([
    ['an id that is not an NCName', simple(' id="123"'), /id="123" on xs:simpleType is not an NCName/],
    ['an empty id', simple(' id=""'), /id="" on xs:simpleType is not an NCName/],
    [
      'an id used twice',
      `${simple(' id="a"')}<xs:element name="e" id="a"/>`,
      /id "a" is used twice in this schema document/,
    ],
    ['a name that is not an NCName', '<xs:element name="1e"/>', /name="1e" on xs:element is not an NCName/],
    [
      'an annotation after the restriction',
      simple('', '<xs:restriction base="xs:string"/><xs:annotation/>'),
      /xs:annotation must be the first child of xs:simpleType/,
    ],
    [
      'two annotations',
      simple('', '<xs:annotation/><xs:annotation/><xs:restriction base="xs:string"/>'),
      /xs:annotation must be the first child/,
    ],
    [
      'a named local simple type',
      '<xs:element name="e"><xs:simpleType name="L"><xs:restriction base="xs:string"/></xs:simpleType></xs:element>',
      /a local xs:simpleType must not have a name/,
    ],
    [
      'an attribute in a simple restriction',
      simple('', '<xs:restriction base="xs:int"><xs:attribute name="a"/></xs:restriction>'),
      /xs:attribute is not allowed in the xs:restriction of a simple type/,
    ],
    [
      'simple content in a simple type',
      simple('', '<xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent>'),
      /xs:simpleContent is not allowed in xs:simpleType/,
    ],
    [
      'text in a schema element',
      '<xs:notation name="n" public="p">text</xs:notation>',
      /character data is not allowed in xs:notation/,
    ],
    [
      'an attribute in the XML Schema namespace',
      '<xs:notation name="n" public="p" xs:b="c"/>',
      /attribute xs:b on xs:notation is in the XML Schema namespace/,
    ],
    ['an unknown unqualified attribute', '<xs:annotation foo="bar"/>', /xs:annotation has no attribute foo/],
    ['a notation without identifiers', '<xs:notation name="n"/>', /needs a public or a system identifier/],
    [
      'an element inside a notation',
      '<xs:notation name="n" public="p"><xs:all/></xs:notation>',
      /xs:all is not allowed in xs:notation/,
    ],
    [
      'an annotation inside an annotation',
      '<xs:annotation><xs:annotation/></xs:annotation>',
      /xs:annotation is not allowed in xs:annotation/,
    ],
    [
      'two inline base types',
      simple(
        '',
        '<xs:restriction><xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:restriction>',
      ),
      /more than one inline xs:simpleType/,
    ],
  ])('%s is invalid', (_what, body, message) => {
    const d = diagnosticOf(() => parseSnippet(body));
    expect(d.code).toBe('XsdInvalid');
    expect(d.message).toMatch(message);
    expect(d.location.line).toBe(3);
  });

  it('accepts annotations anywhere at the top level, ids and names that are NCNames', () => {
    expect(() =>
      parseSnippet(
        `<xs:annotation/><xs:element name="q" qspec:note="x" type="xs:string"/>${simple(' id="t1"', '<xs:annotation/><xs:restriction base="xs:string"/>')}<xs:annotation/><xs:element name="e" id="e1"/>`,
      ),
    ).not.toThrow();
  });

  it('allows length beside the minLength a built-in list type already has', () => {
    expect(() =>
      parseSnippet(
        simple('', '<xs:restriction base="xs:IDREFS"><xs:length value="5"/><xs:minLength value="1"/></xs:restriction>'),
      ),
    ).not.toThrow();
    expect(() =>
      parseSnippet(
        simple('', '<xs:restriction base="xs:string"><xs:length value="5"/><xs:minLength value="1"/></xs:restriction>'),
      ),
    ).toThrow(/xs:length cannot be used with/);
  });
});
