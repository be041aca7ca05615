/**
 * A `default` or `fixed` value must be valid for its declaration's type (XSD 1.0 Part 1 §3.3.6
 * e-props-correct 2, §3.2.6 a-props-correct 2): the front end rejects the schema with a located
 * `XsdInvalid` at the declaration. Before, such schemas loaded (a default the type's pattern or
 * bounds exclude, an xs:ID with a value constraint, a default on element-only content).
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const answer =
  '<xs:simpleType name="answer"><xs:restriction base="xs:boolean"><xs:pattern value="true"/></xs:restriction></xs:simpleType>';
const small =
  '<xs:simpleType name="small"><xs:restriction base="xs:int"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>';

describe('value constraints are valid for their type', () => {
  it.each([
    [
      'a global element default the pattern excludes',
      `<xs:element name="E" type="answer" default="false"/>${answer}`,
      /element "E" default value 'false' is not valid: does not match pattern true/,
    ],
    [
      'a global attribute default the pattern excludes',
      `<xs:attribute name="A" type="answer" default="0"/>${answer}`,
      /attribute "A" default value '0' is not valid/,
    ],
    [
      'a local element fixed value above a bound',
      `<xs:element name="R"><xs:complexType><xs:sequence><xs:element name="n" type="small" fixed="12"/></xs:sequence></xs:complexType></xs:element>${small}`,
      /element "n" fixed value '12' is not valid: must be <= 9/,
    ],
    [
      'a local attribute default not of its built-in',
      '<xs:element name="R"><xs:complexType><xs:attribute name="n" type="xs:int" default="x"/></xs:complexType></xs:element>',
      /attribute "n" default value 'x' is not valid/,
    ],
    [
      'an xs:ID attribute with a default',
      '<xs:attribute name="id" type="xs:ID" default="a1"/>',
      /attribute "id" has a default value but its type is xs:ID/,
    ],
    [
      'a default on element-only content',
      '<xs:element name="R" default="x"><xs:complexType><xs:sequence><xs:element name="c"/></xs:sequence></xs:complexType></xs:element>',
      /element "R" has a default value but its type has no simple content/,
    ],
    [
      'a default on mixed content that cannot be empty',
      '<xs:element name="R" default="x"><xs:complexType mixed="true"><xs:sequence><xs:element name="c"/></xs:sequence></xs:complexType></xs:element>',
      /mixed content that cannot be empty/,
    ],
    [
      'an attribute use changing the fixed value of its declaration',
      '<xs:attribute name="a" fixed="123"/><xs:element name="R"><xs:complexType><xs:attribute ref="a" fixed="abc"/></xs:complexType></xs:element>',
      /attribute use of "a" is fixed to 'abc', its declaration to '123'/,
    ],
  ])('%s: XsdInvalid at the declaration', (_what, body, message) => {
    const d = diagnosticOf(() => parseSnippet(body));
    expect(d.code).toBe('XsdInvalid');
    expect(d.message).toMatch(message);
    expect(d.location).toMatchObject({ file: 'test/t.xsd', line: 3 });
  });

  it.each([
    ['a default the type allows', `<xs:element name="E" type="answer" default="true"/>${answer}`],
    [
      'a fixed value of simple content',
      '<xs:element name="R" fixed="3"><xs:complexType><xs:simpleContent><xs:extension base="xs:int"><xs:attribute name="a"/></xs:extension></xs:simpleContent></xs:complexType></xs:element>',
    ],
    [
      'a default on emptiable mixed content',
      '<xs:element name="R" default="x"><xs:complexType mixed="true"><xs:sequence minOccurs="0"><xs:element name="c"/></xs:sequence></xs:complexType></xs:element>',
    ],
    ['a whitespace-collapsed default', `<xs:element name="E" type="small" default="  7 "/>${small}`],
    [
      'an attribute use repeating the fixed value',
      '<xs:attribute name="a" type="xs:int" fixed="5"/><xs:element name="R"><xs:complexType><xs:attribute ref="a" fixed=" 5 "/></xs:complexType></xs:element>',
    ],
  ])('%s: loads', (_what, body) => {
    expect(() => parseSnippet(body)).not.toThrow();
  });
});
