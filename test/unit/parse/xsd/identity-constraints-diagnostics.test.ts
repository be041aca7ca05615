/**
 * The whole diagnostic (code, severity, message, file, line, column) of each local constraint
 * on an identity-constraint definition (check-identity-constraints.ts): not in an element
 * reference, a name that is an NCName (whitespace collapsed), an xs:selector first, only
 * xs:field after it, an `xpath` on each, the element's inline type before its constraints, and
 * names unique per target namespace ("first declared at" pointing at the first one).
 *
 * xmllint 2.9.14 agrees on each schema below (refused at the same element, the accepted one
 * valid), except two where libxml2 is lax: it compares identity-constraint names without
 * collapsing whitespace, so it takes `name=" u "` and `name="u"` for two names (an xs:NCName value
 * is whitespace-collapsed, XSD Part 2 §4.3.6, so they are one name); and it takes the field
 * `@b/c`, outside the §3.11.6 field grammar (an attribute step is the last one), refusing that
 * schema only for its keyref.
 *
 * @see XSD 1.0 Part 1 §3.11.2 (XML representation: `<unique name=NCName>` with content
 *      (annotation?, (selector, field+)); selector and field have a required xpath), §3.3.2
 *      (xs:element: (annotation?, (simpleType | complexType)?, (unique | key | keyref)*);
 *      an element ref has only an annotation, src-element 2.2), §3.17.2 (one symbol space for
 *      the identity constraints of a target namespace)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

/** Body lines start at line 3 of the wrapped document (xsd-test-helpers.ts `wrap`). */
const body = (...lines: string[]) => lines.join('\n');
const at = (line: number, column: number) => ({ file: 'test/t.xsd', line, column });
const invalid = (message: string, line: number, column: number) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: at(line, column),
});

describe('identity constraints: where they are written', () => {
  it('refuses one inside an element reference, at the constraint', () => {
    const schema = body(
      '<xs:element name="a" type="xs:int"/>',
      '<xs:element name="r"><xs:complexType><xs:sequence>',
      '  <xs:element ref="a">',
      '    <xs:key name="k"><xs:selector xpath="."/><xs:field xpath="."/></xs:key>',
      '  </xs:element>',
      '</xs:sequence></xs:complexType></xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:key is not allowed in an element reference (xs:element ref=...)', 6, 5),
    );
  });

  it('refuses an inline complex type after the constraints, at the type', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:unique name="u"><xs:selector xpath="a"/><xs:field xpath="@b"/></xs:unique>',
      '  <xs:complexType/>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:complexType must come before the identity constraints of xs:element', 5, 3),
    );
  });

  it('refuses an inline simple type after the constraints, at the type', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k"><xs:selector xpath="."/><xs:field xpath="."/></xs:key>',
      '  <xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:simpleType must come before the identity constraints of xs:element', 5, 3),
    );
  });

  it('looks for a late type after the constraint itself, not after the first child', () => {
    // Both types come before the key: the one wrong thing is that there are two of them.
    const schema = body(
      '<xs:element name="r">',
      '  <xs:complexType/>',
      '  <xs:simpleType><xs:restriction base="xs:string"/></xs:simpleType>',
      '  <xs:key name="k"><xs:selector xpath="."/><xs:field xpath="."/></xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:element may have one type: a type= attribute or one inline type', 5, 3),
    );
  });

  it('accepts an annotation, then the inline type, then several constraints', () => {
    // xmllint: valid. Only what follows a constraint must not be a type; the annotation and the
    // type before it are in their places.
    const schema = body(
      '<xs:element name="r">',
      '  <xs:annotation><xs:documentation>root</xs:documentation></xs:annotation>',
      '  <xs:complexType><xs:attribute name="b"/></xs:complexType>',
      '  <xs:unique name="u"><xs:selector xpath="."/><xs:field xpath="@b"/></xs:unique>',
      '  <xs:key name="k"><xs:selector xpath="."/><xs:field xpath="@b"/></xs:key>',
      '</xs:element>',
    );
    const r = parseSnippet(schema).roots.find((x) => x.name === 'r');
    expect(r?.identity?.map((c) => `${c.kind} ${c.name}`)).toEqual(['unique u', 'key k']);
  });
});

describe('identity constraints: name', () => {
  it('refuses a constraint without a name, at the constraint', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key><xs:selector xpath="."/><xs:field xpath="."/></xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:key needs a name', 4, 3));
  });

  it('refuses a name of only whitespace (collapsed, it is empty), at the constraint', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:unique name=" \t"><xs:selector xpath="."/><xs:field xpath="."/></xs:unique>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:unique needs a name', 4, 3));
  });

  it('refuses a second constraint whose name is the first one\u2019s once whitespace is collapsed', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:unique name=" u "><xs:selector xpath="a"/><xs:field xpath="b"/></xs:unique>',
      '  <xs:key name="u"><xs:selector xpath="a"/><xs:field xpath="b"/></xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('duplicate identity constraint "u" (first declared at test/t.xsd:4:3)', 5, 3),
    );
  });

  it('points "first declared at" to the first declaration, on another element', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k"><xs:selector xpath="a"/><xs:field xpath="b"/></xs:key>',
      '</xs:element>',
      '<xs:element name="s">',
      '    <xs:unique name="k"><xs:selector xpath="a"/><xs:field xpath="b"/></xs:unique>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('duplicate identity constraint "k" (first declared at test/t.xsd:4:3)', 7, 5),
    );
  });
});

describe('identity constraints: selector and fields', () => {
  it('refuses a field where the selector belongs, at that field', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k">',
      '    <xs:field xpath="a"/>',
      '    <xs:field xpath="b"/>',
      '  </xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:key "k" needs an xs:selector first', 5, 5));
  });

  it('refuses a constraint with no content, at the constraint', () => {
    const schema = body('<xs:element name="r">', '  <xs:unique name="u"/>', '</xs:element>');
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:unique "u" needs an xs:selector first', 4, 3));
  });

  it('refuses a second selector where a field belongs, at that selector', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k">',
      '    <xs:selector xpath="a"/>',
      '    <xs:selector xpath="b"/>',
      '  </xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:selector is not allowed in xs:key', 6, 5));
  });

  it('refuses anything else after the selector, at it, even when a field comes first', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:keyref name="kr" refer="k">',
      '    <xs:selector xpath="a"/>',
      '    <xs:field xpath="@b"/>',
      '    <xs:any/>',
      '  </xs:keyref>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:any is not allowed in xs:keyref', 7, 5));
  });

  it('refuses a selector without an xpath, at the selector', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k">',
      '    <xs:selector/>',
      '    <xs:field xpath="a"/>',
      '  </xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:selector needs an xpath', 5, 5));
  });

  it('refuses a field without an xpath, at the field', () => {
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k">',
      '    <xs:selector xpath="a"/>',
      '    <xs:field xpath="@b"/>',
      '    <xs:field/>',
      '  </xs:key>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(invalid('xs:field needs an xpath', 7, 5));
  });

  it('checks a field where it is written, before any keyref is resolved', () => {
    // The keyref names nothing, but the field above it is the first error in the document.
    const schema = body(
      '<xs:element name="r">',
      '  <xs:key name="k"><xs:selector xpath="a"/>',
      '    <xs:field xpath="@b/c"/>',
      '  </xs:key>',
      '  <xs:keyref name="kr" refer="nothing"><xs:selector xpath="a"/><xs:field xpath="@b"/></xs:keyref>',
      '</xs:element>',
    );
    expect(diagnosticOf(() => parseSnippet(schema))).toEqual(
      invalid('xs:field xpath="@b/c" is not in the XPath subset of identity constraints: unexpected "/c"', 5, 5),
    );
  });
});
