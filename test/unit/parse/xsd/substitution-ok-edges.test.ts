/**
 * substitution-ok.ts at its edges, each pinned to the whole diagnostic or the exact members a ref
 * to the head admits:
 * - e-props-correct.4's message names the head's own `final`, else its schema's `finalDefault`;
 * - a type chain that stops at a name that names nothing decides neither e-props-correct.4 nor
 *   Substitution Group OK: the member stays in the head's choice, so mapping the first type that
 *   refers to the head (T, before U) maps the member and reports its type, and a head whose type
 *   names nothing is reported where it is mapped, not refused as a substitution group breach;
 * - {abstract} is an xs:boolean (whitespace collapsed: " true " is true);
 * - the head type's {prohibited substitutions} are a complex type's `block`, else `blockDefault`,
 *   extension among them; a simple type has none, so `blockDefault` does not block members whose
 *   types restrict a simple head type when the head element's own `block` is empty.
 *
 * xmllint 2.9.14 agrees on the admitted members (instances validated by hand), except that it
 * refuses abstract=" true " (against Part 2 §3.2.2: boolean's whiteSpace is collapse) and admits
 * m when the head has no `block` under blockDefault="restriction" (against §3.3.2: the head's
 * {disallowed substitutions} come from blockDefault then).
 *
 * @see XSD 1.0 Part 1 §3.3.1 ({disallowed substitutions}, {substitution group exclusions},
 *      {abstract}), §3.3.6 (e-props-correct.4, Substitution Group OK (Transitive)), §3.4.1
 *      ({prohibited substitutions}); Part 2 §3.2.2 (boolean)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType, IrParticle } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, typeOf } from './xsd-test-helpers.js';

/** Parses `lines` (the schema's children, one a line from line 2) with the schema's `attributes`. */
const parse =
  (lines: string[], attributes = '') =>
  () =>
    parseXsd({
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" ${attributes}>\n${lines.join('\n')}\n</xs:schema>`,
      file: 't.xsd',
      schemaId: 't',
    });
const at = (code: Diagnostic['code'], message: string, line: number, column: number): Diagnostic => ({
  code,
  severity: 'error',
  message,
  location: { file: 't.xsd', line, column },
});

const BASE =
  '<xs:complexType name="Base"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>';
const EXT =
  '<xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base"/></xs:complexContent></xs:complexType>';
const T = '<xs:complexType name="T"><xs:sequence><xs:element ref="h"/></xs:sequence></xs:complexType>';
const U = '<xs:complexType name="U"><xs:sequence><xs:element name="x" type="Missing2"/></xs:sequence></xs:complexType>';

/** The element names a ref to h admits in T. */
function admitted(lines: string[], attributes = ''): string[] {
  const p = (
    (typeOf(parse([...lines, T], attributes)(), 'T') as IrObjectType).particle as unknown as { items: IrParticle[] }
  ).items[0]!;
  if (p.kind === 'element') return [p.name];
  return (p as unknown as { items: IrParticle[] }).items.map((i) => (i as { name: string }).name);
}

describe("e-props-correct.4: the head's final or its schema's finalDefault", () => {
  it("quotes the head's own final", () => {
    const lines = [
      BASE,
      EXT,
      '<xs:element name="h" type="Base" final="extension"/>',
      '<xs:element name="m" type="Ext" substitutionGroup="h"/>',
    ];
    expect(diagnosticOf(parse(lines))).toEqual(
      at(
        'XsdInvalid',
        'element "m" cannot be in the substitution group of "h": its type derives from the head\'s type by extension, which the head\'s final="extension" excludes',
        5,
        1,
      ),
    );
  });
  it("quotes its schema's finalDefault when the head has no final", () => {
    const lines = [
      BASE,
      EXT,
      '<xs:element name="h" type="Base"/>',
      '<xs:element name="m" type="Ext" substitutionGroup="h"/>',
    ];
    expect(diagnosticOf(parse(lines, 'finalDefault="#all"'))).toEqual(
      at(
        'XsdInvalid',
        'element "m" cannot be in the substitution group of "h": its type derives from the head\'s type by extension, which the head\'s schema\'s finalDefault="#all" excludes',
        5,
        1,
      ),
    );
  });
});

describe('a type chain that names nothing decides neither constraint', () => {
  it("keeps a member whose type names nothing in the head's choice", () => {
    const lines = [
      '<xs:element name="h" type="xs:int"/>',
      '<xs:element name="m" type="Missing" substitutionGroup="h"/>',
      T,
      U,
    ];
    expect(diagnosticOf(parse(lines))).toEqual(
      at('XsdUnresolvedType', 'type "Missing" is not defined in this schema or its includes', 3, 1),
    );
  });
  it("keeps a member whose type's base names nothing in the head's choice", () => {
    /** The xs:extension follows 78 characters of start tags: column 79. */
    const member =
      '<xs:element name="m" substitutionGroup="h"><xs:complexType><xs:complexContent><xs:extension base="Missing"/></xs:complexContent></xs:complexType></xs:element>';
    expect(diagnosticOf(parse(['<xs:element name="h"/>', member, T, U]))).toEqual(
      at('XsdUnresolvedType', 'type "Missing" is not defined in this schema or its includes', 3, 79),
    );
  });
  it('reports a head type that names nothing where the head is mapped', () => {
    const lines = [
      '<xs:element name="h" type="Missing"/>',
      '<xs:element name="m" type="xs:int" substitutionGroup="h"/>',
    ];
    expect(diagnosticOf(parse(lines))).toEqual(
      at('XsdUnresolvedType', 'type "Missing" is not defined in this schema or its includes', 2, 1),
    );
  });
});

describe('Substitution Group OK: {abstract} and {prohibited substitutions}', () => {
  it('reads abstract=" true " as true: the head itself is not admitted', () => {
    const lines = [
      '<xs:element name="h" type="xs:int" abstract=" true "/>',
      '<xs:element name="m" type="xs:int" substitutionGroup="h"/>',
    ];
    expect(admitted(lines)).toEqual(['m']);
    expect(admitted([lines[0]!.replace(' true ', ' 1 '), lines[1]!])).toEqual(['m']);
    expect(admitted([lines[0]!.replace(' true ', ' false '), lines[1]!])).toEqual(['h', 'm']);
  });
  it("leaves out a member derived by extension when the head type's block or blockDefault names extension", () => {
    const member = '<xs:element name="m" type="Ext" substitutionGroup="h"/>';
    const noExt = BASE.replace('name="Base"', 'name="Base" block="extension"');
    expect(admitted([noExt, EXT, '<xs:element name="h" type="Base"/>', member])).toEqual(['h']);
    expect(
      admitted([BASE, EXT, '<xs:element name="h" type="Base" block=""/>', member], 'blockDefault="extension"'),
    ).toEqual(['h']);
    expect(admitted([BASE, EXT, '<xs:element name="h" type="Base"/>', member])).toEqual(['h', 'm']);
  });
  it('lets blockDefault block nothing through a simple head type, built-in or named', () => {
    const lines = [
      '<xs:element name="h" type="xs:decimal" block=""/>',
      '<xs:element name="m" type="xs:int" substitutionGroup="h"/>',
    ];
    expect(admitted(lines, 'blockDefault="restriction"')).toEqual(['h', 'm']);
    expect(admitted([lines[0]!.replace(' block=""', ''), lines[1]!], 'blockDefault="restriction"')).toEqual(['h']);
    const named = [
      '<xs:simpleType name="Dec"><xs:restriction base="xs:decimal"/></xs:simpleType>',
      '<xs:simpleType name="Small"><xs:restriction base="Dec"><xs:maxInclusive value="9"/></xs:restriction></xs:simpleType>',
      '<xs:element name="h" type="Dec" block=""/>',
      '<xs:element name="m" type="Small" substitutionGroup="h"/>',
    ];
    expect(admitted(named, 'blockDefault="restriction"')).toEqual(['h', 'm']);
  });
});
