/**
 * Which types take an element's value constraint (check-value-constraints.ts), each refusal as a
 * whole diagnostic at the declaration: a named complex type is followed to its content (element-only
 * content refused); mixed content only when its particle can match no element at all (no particle,
 * a choice with one emptiable branch, a sequence whose items are all emptiable; not an element or
 * an xs:any that must occur); a second declaration of an element name in one content model is
 * checked against its own value with the field's type. An attribute use fixing a value on a
 * global declaration without a fixed value is not compared with anything.
 *
 * @see XSD 1.0 Part 1 §3.3.6 (e-props-correct 2: a value constraint needs simple content or
 *      emptiable mixed content, cos-valid-default), §3.9.6 (Particle Emptiable), §3.5.6
 *      (au-props-correct 2)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const at = (line: number, column: number) => ({ file: 'test/t.xsd', line, column });
const invalid = (message: string, line: number, column: number) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: at(line, column),
});
const refused = (body: string) => diagnosticOf(() => parseSnippet(body));
/** A global element E with `default="x"` whose anonymous type is mixed with `particle`. */
const mixedE = (particle: string) =>
  `<xs:element name="E" default="x"><xs:complexType mixed="true">${particle}</xs:complexType></xs:element>`;

describe('value constraints: the type must have simple or emptiable mixed content', () => {
  it('follows a named complex type: element-only content takes no default, at the global element', () => {
    expect(
      refused(`<xs:complexType name="T"><xs:sequence><xs:element name="c"/></xs:sequence></xs:complexType>
<xs:element name="E" type="T" default="x"/>`),
    ).toEqual(invalid('element "E" has a default value but its type has no simple content', 4, 1));
  });

  it('follows a named complex type from a local element with a fixed value', () => {
    expect(
      refused(`<xs:complexType name="T"><xs:sequence><xs:element name="c"/></xs:sequence></xs:complexType>
<xs:complexType name="U"><xs:sequence><xs:element name="L" type="T" fixed="x"/></xs:sequence></xs:complexType>`),
    ).toEqual(invalid('element "L" has a fixed value but its type has no simple content', 4, 39));
  });

  it.each([
    ['no particle at all', '<xs:attribute name="a"/>'],
    [
      'a choice with one optional branch',
      '<xs:choice><xs:element name="b"/><xs:element name="c" minOccurs="0"/></xs:choice>',
    ],
    [
      'a sequence of optional items',
      '<xs:sequence><xs:element name="b" minOccurs="0"/><xs:choice minOccurs="0"><xs:any/></xs:choice></xs:sequence>',
    ],
    [
      'a sequence holding a choice with an empty sequence branch',
      '<xs:sequence><xs:choice><xs:element name="b"/><xs:sequence/></xs:choice></xs:sequence>',
    ],
  ])('takes a default on mixed content with %s', (_what, particle) => {
    expect(() => parseSnippet(mixedE(particle))).not.toThrow();
  });

  it.each([
    ['a wildcard that must occur', '<xs:sequence><xs:any/></xs:sequence>'],
    [
      'an optional item followed by a required one',
      '<xs:sequence><xs:element name="b" minOccurs="0"/><xs:element name="c"/></xs:sequence>',
    ],
    [
      'a choice of required branches',
      '<xs:choice><xs:element name="b"/><xs:sequence><xs:any/></xs:sequence></xs:choice>',
    ],
  ])('refuses a default on mixed content with %s', (_what, particle) => {
    expect(refused(mixedE(particle))).toEqual(
      invalid('element "E" has a default value but its type has mixed content that cannot be empty', 3, 1),
    );
  });
});

describe('value constraints: a second declaration of an element name', () => {
  it('checks its own default against the type of the field of its name', () => {
    expect(
      refused(`<xs:complexType name="T"><xs:sequence><xs:element name="b" type="xs:string"/>
<xs:element name="a" type="xs:int"/><xs:element name="a" type="xs:int" default="x"/></xs:sequence></xs:complexType>`),
    ).toEqual(invalid(`element "a" default value 'x' is not valid: not a valid xs:int`, 4, 37));
  });

  it('uses the element field of that name, not an attribute field of the same name', () => {
    expect(
      refused(`<xs:complexType name="B"><xs:attribute name="a" type="xs:string"/></xs:complexType>
<xs:complexType name="T"><xs:complexContent><xs:extension base="B"><xs:sequence>
<xs:element name="a" type="xs:int"/><xs:element name="a" type="xs:int" default="x"/>
</xs:sequence></xs:extension></xs:complexContent></xs:complexType>`),
    ).toEqual(invalid(`element "a" default value 'x' is not valid: not a valid xs:int`, 5, 37));
  });
});

describe('value constraints: attribute uses of global declarations', () => {
  it('lets a use fix a value on a declaration without one, beside a fixed declaration', () => {
    expect(() =>
      parseSnippet(`<xs:attribute name="b" type="xs:int"/><xs:attribute name="c" type="xs:int" fixed="1"/>
<xs:complexType name="T"><xs:attribute ref="b" fixed="3"/><xs:attribute ref="c" fixed=" 1 "/></xs:complexType>`),
    ).not.toThrow();
  });

  it('compares values, not spellings (au-props-correct 2; xmllint agrees): 01 is 1, 1.0 is 1, 2 is not 1', () => {
    const decls = `<xs:attribute name="i" type="xs:int" fixed="1"/><xs:attribute name="d" type="xs:decimal" fixed="1"/>`;
    expect(() =>
      parseSnippet(`${decls}
<xs:complexType name="T"><xs:attribute ref="i" fixed="01"/><xs:attribute ref="d" fixed="1.0"/></xs:complexType>`),
    ).not.toThrow();
    expect(
      refused(`${decls}
<xs:complexType name="T"><xs:attribute ref="i" fixed="+2"/></xs:complexType>`),
    ).toEqual(invalid(`attribute use of "i" is fixed to '+2', its declaration to '1'`, 4, 26));
  });

  it('compares an untyped declaration as written (xs:anySimpleType keeps whitespace)', () => {
    expect(
      refused(`<xs:attribute name="c" fixed="x"/>
<xs:complexType name="T"><xs:attribute ref="c" fixed=" x"/></xs:complexType>`),
    ).toEqual(invalid(`attribute use of "c" is fixed to ' x', its declaration to 'x'`, 4, 26));
  });
});
