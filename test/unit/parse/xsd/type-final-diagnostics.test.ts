/**
 * `final` / `finalDefault` of type definitions (check-type-final.ts), pinned to the whole
 * diagnostic: which {final} refused the derivation (the base's own `final`, or its schema's
 * `finalDefault`), the base as written (a QName's surrounding whitespace collapsed), derivations
 * through simpleContent, a simple base extended by a complex type (only XSD 1.0's restriction,
 * list and union count for a simple type's {final}), an empty memberTypes, and what is not a type
 * definition at all (xs:appinfo content, foreign elements). A definition missing its base or its
 * body, or a simple type naming a complex type, is refused for that, not as a {final} breach.
 *
 * xmllint 2.9.14 gives the same verdict on every schema here (checked by hand), except for
 * ` B `: it does not collapse the whitespace of a QName attribute, which Part 2 §3.2.18 requires.
 *
 * @see XSD 1.0 Part 1 §3.4.2 and §3.14.2 ({final}, finalDefault), §3.4.6 (cos-ct-extends 1.1,
 *      1.2; derivation-ok-restriction 1), §3.14.6 (st-props-correct, cos-list-of-atomic,
 *      cos-st-restricts), §3.13.2 (xs:appinfo content is not interpreted); Part 2 §3.2.18 (QName)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

/** Parses `lines` (the schema's children, one a line from line 2) with the schema's `attributes`. */
const parse =
  (lines: string[], attributes = '') =>
  () =>
    parseXsd({
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:my="urn:my" ${attributes}>\n${lines.join('\n')}\n</xs:schema>`,
      file: 't.xsd',
      schemaId: 't',
    });
const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 't.xsd', line, column },
});

const complexBase = (final: string) => `<xs:complexType name="B" ${final}><xs:sequence/></xs:complexType>`;
const simpleBase = (final: string) =>
  `<xs:simpleType name="S" ${final}><xs:restriction base="xs:int"/></xs:simpleType>`;
/** `<xs:complexType name="D"><xs:complexContent>` is 44 characters: the step is at column 45. */
const complexStep = (step: string) =>
  `<xs:complexType name="D"><xs:complexContent>${step}</xs:complexContent></xs:complexType>`;
/** `<xs:simpleType name="R">` is 24 characters: the body is at column 25. */
const simpleStep = (body: string) => `<xs:simpleType name="R">${body}</xs:simpleType>`;

describe('a derivation that {final} excludes', () => {
  it("names the base's own final", () => {
    expect(diagnosticOf(parse([complexBase('final="extension"'), complexStep('<xs:extension base="B"/>')]))).toEqual(
      invalid('cannot derive from "B" by extension: final="extension" excludes it', 3, 45),
    );
    expect(
      diagnosticOf(parse([simpleBase('final="list union"'), simpleStep('<xs:union memberTypes="xs:string S"/>')])),
    ).toEqual(invalid('cannot derive from "S" by union: final="list union" excludes it', 3, 25));
  });
  it("names its schema's finalDefault when the base has no final", () => {
    const restriction = complexStep('<xs:restriction base="B"><xs:sequence/></xs:restriction>');
    expect(diagnosticOf(parse([complexBase(''), restriction], 'finalDefault="#all"'))).toEqual(
      invalid('cannot derive from "B" by restriction: its schema\'s finalDefault="#all" excludes it', 3, 45),
    );
    expect(diagnosticOf(parse([simpleBase(''), simpleStep('<xs:list itemType="S"/>')], 'finalDefault="list"'))).toEqual(
      invalid('cannot derive from "S" by list: its schema\'s finalDefault="list" excludes it', 3, 25),
    );
  });
  it('names the base without the whitespace around the written QName', () => {
    expect(diagnosticOf(parse([complexBase('final="#all"'), complexStep('<xs:extension base=" B "/>')]))).toEqual(
      invalid('cannot derive from "B" by extension: final="#all" excludes it', 3, 45),
    );
    expect(
      diagnosticOf(parse([simpleBase('final="restriction"'), simpleStep('<xs:restriction base="  S "/>')])),
    ).toEqual(invalid('cannot derive from "S" by restriction: final="restriction" excludes it', 3, 25));
  });
  it('is found through simpleContent too', () => {
    const base =
      '<xs:complexType name="B" final="extension"><xs:simpleContent><xs:extension base="xs:int"/></xs:simpleContent></xs:complexType>';
    const derived =
      '<xs:complexType name="D"><xs:simpleContent><xs:extension base="B"/></xs:simpleContent></xs:complexType>';
    expect(diagnosticOf(parse([base, derived]))).toEqual(
      invalid('cannot derive from "B" by extension: final="extension" excludes it', 3, 44),
    );
  });
});

describe('derivations {final} does not exclude', () => {
  it('a complex type extending a simple type whose final is #all (XSD 1.0: only restriction, list and union)', () => {
    const derived =
      '<xs:complexType name="D"><xs:simpleContent><xs:extension base="S"/></xs:simpleContent></xs:complexType>';
    expect(parse([simpleBase('final="#all"'), derived])).not.toThrow();
  });
  it('a union whose memberTypes is empty or blank (its members are inline)', () => {
    for (const memberTypes of ['', '  ']) {
      const union = simpleStep(
        `<xs:union memberTypes="${memberTypes}"><xs:simpleType><xs:restriction base="S"/></xs:simpleType></xs:union>`,
      );
      expect(parse([simpleBase('final="union list"'), union]), `"${memberTypes}"`).not.toThrow();
    }
  });
  it('derivation elements in xs:appinfo, directly or inside a foreign element (not type definitions)', () => {
    const appinfo = (content: string) =>
      `<xs:element name="e" type="xs:int"><xs:annotation><xs:appinfo>${content}</xs:appinfo></xs:annotation></xs:element>`;
    for (const content of [
      '<xs:restriction base="S"/>',
      '<xs:list itemType="S"/>',
      '<my:simpleType><xs:restriction base="S"/></my:simpleType>',
      '<my:complexType><xs:complexContent><xs:extension base="B"/></xs:complexContent></my:complexType>',
    ]) {
      expect(parse([simpleBase('final="#all"'), complexBase('final="#all"'), appinfo(content)]), content).not.toThrow();
    }
  });
});

describe('definitions refused for something else first', () => {
  it('an extension or restriction without base=', () => {
    expect(diagnosticOf(parse([complexBase('final="#all"'), complexStep('<xs:extension/>')]))).toEqual(
      invalid('xs:extension has no base', 3, 45),
    );
  });
  it('a simple type without restriction, list or union', () => {
    expect(diagnosticOf(parse([simpleBase('final="#all"'), '<xs:simpleType name="R"/>']))).toEqual(
      invalid('xs:simpleType needs a restriction, list or union', 3, 1),
    );
  });
  it("a simple type that names a complex type (whatever that type's final)", () => {
    expect(diagnosticOf(parse([complexBase('final="#all"'), simpleStep('<xs:restriction base="B"/>')]))).toEqual(
      invalid('"B" is a complex type; a simple type must derive from a simple type', 3, 25),
    );
  });
});
