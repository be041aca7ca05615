/**
 * An element ref carries only its occurrences (and an id and annotation): a type, value
 * constraint, nillable, form, block or inline type on it is XsdInvalid (identity constraints in a
 * ref: check-identity-constraints.ts).
 * @see XSD 1.0 Part 1 §3.3.3 (src-element 2.2)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const wrapRef = (ref: string) => `<xs:element name="g" type="xs:int"/>
<xs:complexType name="T"><xs:sequence>${ref}</xs:sequence></xs:complexType>`;

describe('element refs', () => {
  const refused = [
    '<xs:element ref="g" type="xs:int"/>',
    '<xs:element ref="g" default="1"/>',
    '<xs:element ref="g" fixed="1"/>',
    '<xs:element ref="g" nillable="true"/>',
    '<xs:element ref="g" form="qualified"/>',
    '<xs:element ref="g" block="#all"/>',
    '<xs:element ref="g"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element>',
  ];
  for (const ref of refused) {
    it(`refuses ${ref}`, () => {
      const d = diagnosticOf(() => parseSnippet(wrapRef(ref)));
      expect(d.code).toBe('XsdInvalid');
      expect(d.message).toMatch(/xs:element with ref cannot/);
    });
  }
  it('accepts occurrences, an id and an annotation, and nothing else is needed', () => {
    expect(() =>
      parseSnippet(wrapRef('<xs:element ref="g" id="r1" minOccurs="0" maxOccurs="2"><xs:annotation/></xs:element>')),
    ).not.toThrow();
    expect(() => parseSnippet(wrapRef('<xs:element ref="g" form="qualified"/>'))).toThrow();
  });
});
