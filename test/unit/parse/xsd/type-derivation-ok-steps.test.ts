/**
 * type-derivation-ok.ts through e-props-correct.4 (a member's type must derive from its head's
 * type by no method the head's `final` excludes), pinned to the whole diagnostic: which type
 * definition an element declaration has (an inline simple or complex type, not an identity
 * constraint; the head's type for a member without one; a circular substitution group has none),
 * each derivation step and its method (a complex type without content restricts xs:anyType,
 * simpleContent and complexContent steps, a built-in's restriction, list and union, a restriction
 * with an inline base), a union's members (memberTypes, inline ones, nested unions), and how a
 * type QName is resolved (target namespace; a no-namespace schema whose default namespace is the
 * XSD namespace names its own types unprefixed, while xs:decimal stays the built-in). A malformed
 * or unknown member type decides nothing here: it is reported where it is mapped.
 *
 * xmllint 2.9.14 gives the same verdict on the well-formed schemas here (checked by hand), except
 * the union ones (it does not finish on them) and the own-type-first rule for an XSD default
 * namespace, which is qspec's (lookup-type-name.ts): xmllint refuses type="Base" there.
 *
 * @see XSD 1.0 Part 1 §3.3.2 ({type definition}), §3.3.6 (e-props-correct.4), §3.4.6 Type
 *      Derivation OK (Complex), §3.14.6 Type Derivation OK (Simple) 2.2.4, §3.15.2 (QName
 *      resolution); Part 2 §3 (built-in hierarchy)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XSD = 'http://www.w3.org/2001/XMLSchema';
/** Parses `lines` (the schema's children, one a line from line 2) with the schema's `attributes`. */
const parse =
  (lines: string[], attributes = '') =>
  () =>
    parseXsd({
      source: `<xs:schema xmlns:xs="${XSD}" ${attributes}>\n${lines.join('\n')}\n</xs:schema>`,
      file: 't.xsd',
      schemaId: 't',
    });
const at = (code: Diagnostic['code'], message: string, line: number, column = 1): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location: { file: 't.xsd', line, column },
});
/** e-props-correct.4 at m (on `line`): derived by `method`, which the head's `by` excludes. */
const excluded = (method: string, by: string, line: number, m = 'm', h = 'h') =>
  at(
    'XsdInvalid',
    `element "${m}" cannot be in the substitution group of "${h}": its type derives from the head's type by ${method}, which the head's ${by} excludes`,
    line,
  );
const notDerived = (line: number) =>
  at(
    'XsdInvalid',
    `element "m" cannot be in the substitution group of "h": its type does not derive from the head's type`,
    line,
  );
const head = (attributes: string) => `<xs:element name="h" ${attributes}/>`;
const member = (attributes: string) => `<xs:element name="m" ${attributes} substitutionGroup="h"/>`;

describe("an element declaration's type definition", () => {
  it('never meets a circular substitution group: it is refused before types are read (check-substitution-cycles.ts)', () => {
    const lines = ['<xs:element name="a" substitutionGroup="b"/>', '<xs:element name="b" substitutionGroup="a"/>'];
    expect(diagnosticOf(parse(lines))).toEqual(at('XsdInvalid', 'circular substitution group: "a" → "b" → "a"', 3));
  });
  it('is xs:anyType for a head with only an identity constraint: xs:int restricts it', () => {
    const h =
      '<xs:element name="h" final="restriction"><xs:unique name="u"><xs:selector xpath="."/><xs:field xpath="@a"/></xs:unique></xs:element>';
    expect(diagnosticOf(parse([h, member('type="xs:int"')]))).toEqual(
      excluded('restriction', 'final="restriction"', 3),
    );
  });
  it("is the head's inline simple type: xs:string does not derive from it", () => {
    const h = '<xs:element name="h"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element>';
    expect(diagnosticOf(parse([h, member('type="xs:string"')]))).toEqual(notDerived(3));
  });
  it("is the head's inline complex type for a member without a type of its own", () => {
    expect(parse(['<xs:element name="h"><xs:complexType/></xs:element>', member('')])).not.toThrow();
  });
});

describe('derivation steps and their methods', () => {
  it('follows the built-in hierarchy by restriction, and leaves an unknown built-in to its reader', () => {
    expect(diagnosticOf(parse([head('type="xs:decimal" final="restriction"'), member('type="xs:int"')]))).toEqual(
      excluded('restriction', 'final="restriction"', 3),
    );
    expect(diagnosticOf(parse([head('type="xs:int"'), member('type="xs:Foo"')]))).toEqual(
      at('XsdUnresolvedType', '"xs:Foo" is not an XSD built-in type', 3),
    );
  });
  it('takes a complex type without simpleContent or complexContent as a restriction of xs:anyType', () => {
    const c = '<xs:complexType name="C"><xs:sequence/></xs:complexType>';
    expect(diagnosticOf(parse([head('final="restriction"'), c, member('type="C"')]))).toEqual(
      excluded('restriction', 'final="restriction"', 4),
    );
  });
  it('follows complexContent and simpleContent extensions', () => {
    const base = '<xs:complexType name="Base"><xs:sequence/></xs:complexType>';
    const ext =
      '<xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base"/></xs:complexContent></xs:complexType>';
    expect(diagnosticOf(parse([base, ext, head('type="Base" final="extension"'), member('type="Ext"')]))).toEqual(
      excluded('extension', 'final="extension"', 5),
    );
    const sc =
      '<xs:complexType name="SC"><xs:simpleContent><xs:extension base="xs:int"/></xs:simpleContent></xs:complexType>';
    expect(diagnosticOf(parse([sc, head('type="xs:int" final="extension"'), member('type="SC"')]))).toEqual(
      excluded('extension', 'final="extension"', 4),
    );
  });
  it('leaves a complexContent without a step, or a step without a base, to its reader', () => {
    const empty = '<xs:complexType name="C"><xs:complexContent/></xs:complexType>';
    expect(diagnosticOf(parse([head(''), empty, member('type="C"')]))).toEqual(
      at('XsdInvalid', 'xs:complexContent needs one xs:extension or xs:restriction', 3, 26),
    );
    const noBase = '<xs:complexType name="C"><xs:complexContent><xs:extension/></xs:complexContent></xs:complexType>';
    expect(diagnosticOf(parse([head(''), noBase, member('type="C"')]))).toEqual(
      at('XsdInvalid', 'xs:extension has no base', 3, 45),
    );
  });
  it('takes a list and a union as restrictions of xs:anySimpleType', () => {
    const list = '<xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType>';
    expect(
      diagnosticOf(parse([head('type="xs:anySimpleType" final="restriction"'), list, member('type="L"')])),
    ).toEqual(excluded('restriction', 'final="restriction"', 4));
    const union = '<xs:simpleType name="V"><xs:union memberTypes="xs:int"/></xs:simpleType>';
    expect(
      diagnosticOf(parse([head('type="xs:anySimpleType" final="restriction"'), union, member('type="V"')])),
    ).toEqual(excluded('restriction', 'final="restriction"', 4));
  });
  it('follows a restriction by its base= or its inline base type', () => {
    const small = '<xs:simpleType name="S"><xs:restriction base="xs:int"/></xs:simpleType>';
    const inline =
      '<xs:simpleType name="S"><xs:restriction><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:restriction></xs:simpleType>';
    for (const s of [small, inline]) {
      expect(diagnosticOf(parse([head('type="xs:int" final="restriction"'), s, member('type="S"')]))).toEqual(
        excluded('restriction', 'final="restriction"', 4),
      );
    }
  });
  it('leaves a simple type without a body, or a restriction without a base, to its reader', () => {
    expect(diagnosticOf(parse([head(''), '<xs:simpleType name="S"/>', member('type="S"')]))).toEqual(
      at('XsdInvalid', 'xs:simpleType needs a restriction, list or union', 3),
    );
    const facetOnly =
      '<xs:simpleType name="S"><xs:restriction><xs:maxInclusive value="3"/></xs:restriction></xs:simpleType>';
    expect(diagnosticOf(parse([head(''), facetOnly, member('type="S"')]))).toEqual(
      at('XsdInvalid', 'xs:restriction needs base= or an inline xs:simpleType', 3, 25),
    );
  });
  it('takes no step through a body other than restriction, list or union', () => {
    const bogus =
      '<xs:simpleType name="S"><xs:element name="x"><xs:simpleType><xs:restriction base="xs:int"/></xs:simpleType></xs:element></xs:simpleType>';
    expect(diagnosticOf(parse([head('type="xs:int" final="restriction"'), bogus, member('type="S"')]))).toEqual(
      at('XsdInvalid', 'xs:element is not allowed in xs:simpleType (restriction, list or union)', 3, 25),
    );
  });
});

describe("a union's members", () => {
  it('derives a member type of a union from it by restriction', () => {
    const union = '<xs:simpleType name="IntOrWord"><xs:union memberTypes="xs:int xs:NCName"/></xs:simpleType>';
    expect(diagnosticOf(parse([head('type="IntOrWord" final="restriction"'), union, member('type="xs:int"')]))).toEqual(
      excluded('restriction', 'final="restriction"', 4),
    );
  });
  it('follows inline member types, a union among them', () => {
    const nested =
      '<xs:simpleType name="W"><xs:union><xs:simpleType><xs:union memberTypes="xs:int"/></xs:simpleType></xs:union></xs:simpleType>';
    expect(parse([head('type="W"'), nested, member('type="xs:int"')])).not.toThrow();
    expect(diagnosticOf(parse([head('type="W"'), nested, member('type="xs:string"')]))).toEqual(notDerived(4));
  });
});

describe('type names', () => {
  it('resolves prefixed names in the target namespace', () => {
    const lines = [
      '<xs:complexType name="Base"><xs:sequence/></xs:complexType>',
      '<xs:complexType name="Ext"><xs:complexContent><xs:extension base="t:Base"/></xs:complexContent></xs:complexType>',
      '<xs:element name="h" type="t:Base" final="extension"/>',
      '<xs:element name="m" type="t:Ext" substitutionGroup="t:h"/>',
    ];
    expect(diagnosticOf(parse(lines, 'targetNamespace="urn:t" xmlns:t="urn:t"'))).toEqual(
      excluded('extension', 'final="extension"', 5, '{urn:t}m', 't:h'),
    );
  });
  it('resolves an unprefixed name to an own type first when the default namespace is the XSD namespace', () => {
    // m and Ext's extension undeclare the default namespace: there, h and Base are plain no-namespace names.
    const lines = [
      '<xs:complexType name="Base"><xs:sequence/></xs:complexType>',
      '<xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base" xmlns=""/></xs:complexContent></xs:complexType>',
      '<xs:element name="h" type="Base" final="extension"/>',
      '<xs:element name="m" type="Ext" substitutionGroup="h" xmlns=""/>',
    ];
    expect(diagnosticOf(parse(lines, `xmlns="${XSD}"`))).toEqual(excluded('extension', 'final="extension"', 5));
  });
  it('keeps a prefixed xs: name the built-in even beside an own type of that local name', () => {
    const lines = [
      '<xs:simpleType name="decimal"><xs:restriction base="xs:string"/></xs:simpleType>',
      '<xs:element name="h" type="xs:decimal" final="restriction"/>',
      '<xs:element name="m" type="xs:int" substitutionGroup="h" xmlns=""/>',
    ];
    expect(diagnosticOf(parse(lines, `xmlns="${XSD}"`))).toEqual(excluded('restriction', 'final="restriction"', 4));
  });
});
