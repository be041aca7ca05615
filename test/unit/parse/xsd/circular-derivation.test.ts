/**
 * Circular derivation of complex types (check-circular-derivation.ts), pinned to the whole
 * diagnostic: a cycle of base= steps (complexContent or simpleContent) is refused at the first
 * type met twice; in a no-namespace schema whose default namespace is the XSD namespace,
 * unprefixed base names name the schema's own types (qspec's reading, lookup-type-name.ts), while
 * an xs:-prefixed name, or an unprefixed one in a schema with a target namespace, stays a
 * built-in name and never reaches a type of the schema; a base that is not a QName is refused as
 * written (whitespace collapsed), and a step without base= as such.
 *
 * xmllint 2.9.14 refuses every schema refused here (checked by hand); for the XSD-default-
 * namespace schema it reports the unprefixed names as unresolved built-ins instead, as XSD
 * itself reads them (qspec resolves them to the schema's own types on purpose).
 *
 * @see XSD 1.0 Part 1 §3.4.6 (ct-props-correct 3: no circular definitions), §3.4.2 ({base type
 *      definition}), §3.15.2 (QName resolution), §4.2.3 (import); Part 2 §3.2.18 (QName)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd, type XsdInput } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const parse =
  (source: string, extra: Partial<XsdInput> = {}) =>
  () =>
    parseXsd({ source, file: 'a.xsd', schemaId: 'a', ...extra });
const diagnostic = (code: string, message: string, line: number, column: number, file = 'a.xsd'): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location: { file, line, column },
});
/** A schema prefixing the XSD namespace with xs:, its children one a line from line 2. */
const prefixed = (...lines: string[]) => `<xs:schema xmlns:xs="${XS}">\n${lines.join('\n')}\n</xs:schema>`;
/** `<xs:complexType name="X"><xs:complexContent>` is 44 characters: the step is at column 45. */
const derived = (name: string, step: string) =>
  `<xs:complexType name="${name}"><xs:complexContent>${step}</xs:complexContent></xs:complexType>`;

describe('a cycle of base types', () => {
  it('is refused at the first type met twice (following bases from the first type declared)', () => {
    const source = prefixed(
      derived('C', '<xs:extension base="A"/>'),
      derived('A', '<xs:restriction base="B"><xs:sequence/></xs:restriction>'),
      derived('B', '<xs:extension base="A"/>'),
    );
    expect(diagnosticOf(parse(source))).toEqual(diagnostic('XsdInvalid', 'circular type derivation through "A"', 3, 1));
  });
  it('is found through simpleContent too', () => {
    const source = prefixed(
      '<xs:complexType name="A"><xs:simpleContent><xs:restriction base="B"/></xs:simpleContent></xs:complexType>',
      '<xs:complexType name="B"><xs:simpleContent><xs:extension base="A"/></xs:simpleContent></xs:complexType>',
    );
    expect(diagnosticOf(parse(source))).toEqual(diagnostic('XsdInvalid', 'circular type derivation through "A"', 2, 1));
  });
});

describe('base names in a no-namespace schema whose default namespace is XSD', () => {
  it("unprefixed, name the schema's own types: a cycle among them is refused here", () => {
    const source = `<schema xmlns="${XS}">
<complexType name="A"><complexContent><extension base="B"/></complexContent></complexType>
<complexType name="B"><complexContent><restriction base="A"><sequence/></restriction></complexContent></complexType>
</schema>`;
    expect(diagnosticOf(parse(source))).toEqual(diagnostic('XsdInvalid', 'circular type derivation through "A"', 2, 1));
  });
  it('prefixed with the XSD namespace, name built-ins only (xs:A is no built-in, not the type A)', () => {
    const source = `<schema xmlns="${XS}" xmlns:xs="${XS}">
<complexType name="A"><complexContent><extension base="xs:A"/></complexContent></complexType>
</schema>`;
    expect(diagnosticOf(parse(source))).toEqual(
      diagnostic('XsdUnresolvedType', '"xs:A" is not an XSD built-in type', 2, 39),
    );
  });
});

describe('base names in a schema with a target namespace whose default namespace is XSD', () => {
  it('unprefixed, name built-ins only, not the types of an imported no-namespace document', () => {
    const main = `<schema xmlns="${XS}" targetNamespace="urn:t" xmlns:t="urn:t">
<import schemaLocation="b.xsd"/>
<complexType name="T"><complexContent><extension base="A"/></complexContent></complexType>
</schema>`;
    // b.xsd's A extends t:T: were T's base the imported A, the two would form a cycle.
    const imported = prefixed(
      '<xs:import namespace="urn:t"/>',
      derived('A', '<xs:extension base="t:T"/>').replace('<xs:complexType', '<xs:complexType xmlns:t="urn:t"'),
    );
    const d = diagnosticOf(parse(main, { readInclude: (href) => ({ source: imported, file: href }) }));
    expect(d).toEqual(diagnostic('XsdUnresolvedType', '"A" is not an XSD built-in type', 3, 39));
  });
});

describe('a base that names nothing usable', () => {
  it('is refused as written, without the surrounding whitespace, when it is not a QName', () => {
    const source = prefixed(derived('A', '<xs:extension base=" :B "/>'));
    expect(diagnosticOf(parse(source))).toEqual(diagnostic('XsdInvalid', '":B" is not a valid QName', 2, 45));
  });
  it('is refused as missing when the step has no base=', () => {
    const source = prefixed(derived('A', '<xs:restriction><xs:sequence/></xs:restriction>'));
    expect(diagnosticOf(parse(source))).toEqual(diagnostic('XsdInvalid', 'xs:restriction has no base', 2, 45));
  });
});
