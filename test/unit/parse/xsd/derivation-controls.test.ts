/**
 * abstract / final / block and their schema defaults: values of their types (a boolean; #all alone
 * or a list of the methods the element may name), and none of the top-level-only ones on local
 * declarations and anonymous types.
 * @see XSD 1.0 Part 1 Appendix A (schema for schemas), §3.3.2, §3.4.2
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

const refused: [string, string][] = [
  ['abstract not a boolean', '<xs:element name="e" abstract="True"/>'],
  ['abstract a list', '<xs:element name="e" abstract="true false"/>'],
  ['abstract empty on a complex type', '<xs:complexType name="T" abstract=""/>'],
  ['element final naming substitution', '<xs:element name="e" final="restriction substitution"/>'],
  ['element final with an unknown method', '<xs:element name="e" final="Extension"/>'],
  ['#all with other methods', '<xs:element name="e" block="#all substitution"/>'],
  ['complex type final naming list', '<xs:complexType name="T" final="list"/>'],
  [
    'simple type final naming extension',
    '<xs:simpleType name="S" final="extension"><xs:restriction base="xs:string"/></xs:simpleType>',
  ],
  [
    'abstract on a local element',
    '<xs:element name="r"><xs:complexType><xs:sequence><xs:element name="l" abstract="false"/></xs:sequence></xs:complexType></xs:element>',
  ],
  [
    'final on a local element',
    '<xs:complexType name="T"><xs:sequence><xs:element name="l" final="#all"/></xs:sequence></xs:complexType>',
  ],
  ['block on an anonymous complex type', '<xs:element name="r"><xs:complexType block="#all"/></xs:element>'],
  [
    'final on an anonymous simple type',
    '<xs:element name="r"><xs:simpleType final="list"><xs:restriction base="xs:int"/></xs:simpleType></xs:element>',
  ],
];

describe('derivation controls', () => {
  for (const [what, body] of refused) {
    it(`refuses ${what}`, () => {
      const d = diagnosticOf(() => parseSnippet(body));
      expect(d.code).toBe('XsdInvalid');
      expect(d.location.line).toBe(3);
    });
  }
  it('refuses a schema default outside its set, and nothing else', () => {
    const schema = (attrs: string) => () =>
      parseXsd({
        source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${attrs}>
          <xs:element name="e" abstract=" 1 " final=" extension  restriction " block="substitution"/>
          <xs:element name="f" abstract="0" final="" block="#all"/>
          <xs:complexType name="T" abstract="false" final="#all" block=" restriction"/>
          <xs:simpleType name="S" final="list union restriction"><xs:restriction base="xs:int"/></xs:simpleType>
          <xs:element name="r"><xs:complexType><xs:sequence><xs:element name="l" block="extension" nillable="true"/></xs:sequence></xs:complexType></xs:element>
        </xs:schema>`,
        file: 't.xsd',
        schemaId: 't',
      });
    expect(diagnosticOf(schema('finalDefault="substitution"')).code).toBe('XsdInvalid');
    expect(diagnosticOf(schema('blockDefault="list"')).code).toBe('XsdInvalid');
    expect(schema('finalDefault="extension list union" blockDefault="#all"')).not.toThrow();
  });
});
