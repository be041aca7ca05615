/**
 * `final` and `finalDefault` on type definitions: no extension or restriction of a complex type,
 * no restriction, list or union of a simple type, that the base's {final} excludes; the same
 * default for a substitution-group head's {substitution group exclusions}.
 * @see XSD 1.0 Part 1 §3.4.6, §3.14.6, §3.3.6 (e-props-correct.4)
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const parse =
  (body: string, schemaAttributes = '') =>
  () =>
    parseXsd({
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${schemaAttributes}>\n${body}\n</xs:schema>`,
      file: 't.xsd',
      schemaId: 't',
    });
const complexBase = (final: string) => `<xs:complexType name="B" ${final}><xs:sequence/></xs:complexType>`;
const extension =
  '<xs:complexType name="D"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType>';
const restriction =
  '<xs:complexType name="D"><xs:complexContent><xs:restriction base="B"><xs:sequence/></xs:restriction></xs:complexContent></xs:complexType>';
const simpleBase = (final: string) =>
  `<xs:simpleType name="S" ${final}><xs:restriction base="xs:int"/></xs:simpleType>`;
const simple = {
  restriction: '<xs:simpleType name="R"><xs:restriction base="S"/></xs:simpleType>',
  list: '<xs:simpleType name="L"><xs:list itemType="S"/></xs:simpleType>',
  union: '<xs:simpleType name="U"><xs:union memberTypes="xs:string S"/></xs:simpleType>',
};

describe('type final', () => {
  it('refuses a complex derivation the base final (or finalDefault) excludes, at the derivation step', () => {
    for (const [base, derived, attrs] of [
      [complexBase('final="extension"'), extension, ''],
      [complexBase('final="#all"'), restriction, ''],
      [complexBase(''), extension, 'finalDefault="extension"'],
      [complexBase(''), restriction, 'finalDefault="#all"'],
    ] as const) {
      const d = diagnosticOf(parse(`${base}\n${derived}`, attrs));
      expect(d.code, `${base} ${derived} ${attrs}`).toBe('XsdInvalid');
      expect(d.message).toMatch(/cannot derive from "B" by (extension|restriction)/);
      expect(d.location.line).toBe(3);
    }
    expect(parse(`${complexBase('final="restriction"')}\n${extension}`)).not.toThrow();
    expect(parse(`${complexBase('final=""')}\n${restriction}`, 'finalDefault="#all"')).not.toThrow();
  });
  it('refuses a simple restriction, list or union the base final excludes', () => {
    for (const [method, derived] of Object.entries(simple)) {
      expect(diagnosticOf(parse(`${simpleBase(`final="${method}"`)}\n${derived}`)).code, method).toBe('XsdInvalid');
      expect(diagnosticOf(parse(`${simpleBase('final="#all"')}\n${derived}`)).code, method).toBe('XsdInvalid');
      expect(diagnosticOf(parse(`${simpleBase('')}\n${derived}`, `finalDefault="${method}"`)).code).toBe('XsdInvalid');
      const others = ['restriction', 'list', 'union'].filter((m) => m !== method).join(' ');
      expect(parse(`${simpleBase(`final="${others}"`)}\n${derived}`)).not.toThrow();
    }
    // finalDefault's extension does not apply to simple types.
    expect(parse(`${simpleBase('')}\n${simple.restriction}`, 'finalDefault="extension"')).not.toThrow();
  });
  it('checks anonymous types too', () => {
    const anonymous = `<xs:element name="e"><xs:complexType><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType></xs:element>`;
    expect(diagnosticOf(parse(`${complexBase('final="extension"')}\n${anonymous}`)).code).toBe('XsdInvalid');
  });
  it("takes a substitution-group head's exclusions from finalDefault", () => {
    const decls = `${complexBase('final=""')}\n${extension}
      <xs:element name="h" type="B"/><xs:element name="m" type="D" substitutionGroup="h"/>`;
    const d = diagnosticOf(parse(decls, 'finalDefault="extension"'));
    expect(d.message).toMatch(/substitution group of "h".*finalDefault/);
    expect(parse(decls.replace('name="h"', 'name="h" final="restriction"'), 'finalDefault="extension"')).not.toThrow();
  });
});
