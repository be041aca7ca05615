/**
 * The whole diagnostic (code, severity, message, location) derivation-controls.ts raises for a
 * derivation control where the schema for schemas does not allow it: `abstract`, `final`,
 * `substitutionGroup` on a local element declaration, `abstract` / `block` / `final` on an
 * anonymous complex type, `final` on an anonymous simple type, an `abstract` that is not an
 * xs:boolean, and a `block` / `final` that is neither `#all` nor a list of the element's methods
 * (the message lists them). xmllint 2.9.14 refuses every schema here too (checked by hand).
 *
 * @see XSD 1.0 Part 1 §3.3.2, §3.4.2, §3.14.2 (XML representations), Appendix A (schema for
 *      schemas: localElement, localComplexType, localSimpleType, derivationSet, blockSet,
 *      simpleDerivationSet); Part 2 §3.2.2 (boolean)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

/** Parses `line` as the only child of an xs:schema, on line 2 of t.xsd. */
const parse = (line: string) => () =>
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${line}\n</xs:schema>`,
    file: 't.xsd',
    schemaId: 't',
  });
const invalid = (message: string, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 't.xsd', line: 2, column },
});

/** `<xs:complexType name="T"><xs:sequence>` is 38 characters: the local element is at column 39. */
const local = (attributes: string) =>
  `<xs:complexType name="T"><xs:sequence><xs:element name="l" ${attributes}/></xs:sequence></xs:complexType>`;
/** `<xs:element name="r">` is 21 characters: the anonymous type is at column 22. */
const anonymous = (type: string) => `<xs:element name="r">${type}</xs:element>`;

describe('top-level-only derivation controls on local declarations', () => {
  it('names a local xs:element and the attribute it cannot have', () => {
    expect(diagnosticOf(parse(local('abstract="true"')))).toEqual(
      invalid('a local xs:element cannot have abstract= (only a top-level one can)', 39),
    );
    expect(diagnosticOf(parse(local('final="#all"')))).toEqual(
      invalid('a local xs:element cannot have final= (only a top-level one can)', 39),
    );
    expect(diagnosticOf(parse(local('substitutionGroup="h"')))).toEqual(
      invalid('a local xs:element cannot have substitutionGroup= (only a top-level one can)', 39),
    );
  });
  it('names an anonymous type by its tag', () => {
    expect(diagnosticOf(parse(anonymous('<xs:complexType abstract="true"/>')))).toEqual(
      invalid('an anonymous xs:complexType cannot have abstract= (only a top-level one can)', 22),
    );
    expect(diagnosticOf(parse(anonymous('<xs:complexType block="extension"/>')))).toEqual(
      invalid('an anonymous xs:complexType cannot have block= (only a top-level one can)', 22),
    );
    expect(diagnosticOf(parse(anonymous('<xs:complexType final="restriction"/>')))).toEqual(
      invalid('an anonymous xs:complexType cannot have final= (only a top-level one can)', 22),
    );
    const simple = '<xs:simpleType final="#all"><xs:restriction base="xs:int"/></xs:simpleType>';
    expect(diagnosticOf(parse(anonymous(simple)))).toEqual(
      invalid('an anonymous xs:simpleType cannot have final= (only a top-level one can)', 22),
    );
  });
  it('lets a local element have block, and a global one abstract, final and substitutionGroup', () => {
    expect(parse(local('block="#all"'))).not.toThrow();
    expect(
      parse(`<xs:element name="h"/><xs:element name="m" abstract="true" final="#all" substitutionGroup="h"/>`),
    ).not.toThrow();
  });
});

describe('values outside the type of a derivation control', () => {
  it('quotes an abstract that is not an xs:boolean', () => {
    expect(diagnosticOf(parse('<xs:element name="e" abstract="yes"/>'))).toEqual(
      invalid('abstract="yes" is not a boolean', 1),
    );
    expect(diagnosticOf(parse('<xs:complexType name="T" abstract="TRUE"/>'))).toEqual(
      invalid('abstract="TRUE" is not a boolean', 1),
    );
  });
  it('lists the methods a block or final may name on that element', () => {
    expect(diagnosticOf(parse('<xs:complexType name="T" block="substitution"/>'))).toEqual(
      invalid('block="substitution" on xs:complexType must be #all or a list of extension, restriction', 1),
    );
    expect(diagnosticOf(parse('<xs:element name="e" block="list"/>'))).toEqual(
      invalid('block="list" on xs:element must be #all or a list of extension, restriction, substitution', 1),
    );
    const simple = '<xs:simpleType name="S" final="extension"><xs:restriction base="xs:int"/></xs:simpleType>';
    expect(diagnosticOf(parse(simple))).toEqual(
      invalid('final="extension" on xs:simpleType must be #all or a list of list, union, restriction', 1),
    );
  });
  it("lists the methods the schema's finalDefault and blockDefault may name", () => {
    const schema = (attributes: string) => () =>
      parseXsd({
        source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${attributes}/>`,
        file: 't.xsd',
        schemaId: 't',
      });
    const at1 = (message: string) => ({ ...invalid(message, 1), location: { file: 't.xsd', line: 1, column: 1 } });
    expect(diagnosticOf(schema('finalDefault="substitution"'))).toEqual(
      at1('finalDefault="substitution" on xs:schema must be #all or a list of extension, restriction, list, union'),
    );
    expect(diagnosticOf(schema('blockDefault="list"'))).toEqual(
      at1('blockDefault="list" on xs:schema must be #all or a list of extension, restriction, substitution'),
    );
    expect(schema('finalDefault="restriction list" blockDefault="substitution restriction"')).not.toThrow();
  });
});
