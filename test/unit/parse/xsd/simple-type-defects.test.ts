/**
 * Three defects of the XSD simple-type resolver (generator/parse/xsd/resolve-simple-type.ts) found
 * by the parse area's mutation survivors (2026-12-03), pinned where they were fixed. xmllint
 * 2.9.14 gives the same verdict on each schema (`xmllint --schema`, checked by hand).
 *
 * - XSD 1.1 Part 2 §4.1.6 (st-props-correct.2, no circular definitions): `A` restricting `B` and
 *   `B` restricting `A`, neither with facets, was accepted as two refs to each other; a later
 *   compile then threw a plain Error. xmllint: "The definition is circular".
 * - A namespace URI may hold `#` (`urn:x#y`); the id of a type in it was cut at that `#`, so a
 *   facet restriction of a named type there was refused as an undefined type.
 * - A union whose members are unions of the same types (U_i = union(U_{i-1}, U_{i-1})) took
 *   time doubling per level (50 s at 24 levels): every input must have a time bound
 *   (docs/security.md). It is now resolved once per named type.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { diagnosticOf, ID, parseSnippet, typeOf } from './xsd-test-helpers.js';

const simple = (name: string, body: string) => `<xs:simpleType name="${name}">${body}</xs:simpleType>`;
const restrict = (base: string, facets: string) => `<xs:restriction base="${base}">${facets}</xs:restriction>`;
const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});

describe('a circular restriction without facets', () => {
  it('A restricts B restricts A: refused at the definition that closes the cycle', () => {
    const d = diagnosticOf(() =>
      parseSnippet([simple('A', restrict('B', '')), simple('B', restrict('A', ''))].join('\n')),
    );
    expect(d).toEqual(invalid('circular type derivation through "A"', 4, 1));
  });

  it('a type restricting itself', () => {
    const d = diagnosticOf(() => parseSnippet(simple('A', restrict('A', ''))));
    expect(d).toEqual(invalid('circular type derivation through "A"', 3, 1));
  });

  it('a chain that ends in a built-in still reads, as refs', () => {
    const s = parseSnippet([simple('A', restrict('B', '')), simple('B', restrict('xs:int', ''))].join('\n'));
    expect(typeOf(s, 'A')).toEqual({ kind: 'ref', target: ID('B') });
    expect(typeOf(s, 'B')).toEqual({ kind: 'primitive', builtin: 'int', facets: {} });
  });
});

describe('a target namespace holding "#"', () => {
  it('a facet restriction of a named type in it is read', () => {
    const body = [
      simple('A', restrict('xs:int', '')),
      simple('B', restrict('t:A', '<xs:maxInclusive value="5"/>')),
    ].join('\n');
    const source = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:x#y" targetNamespace="urn:x#y">
${body}
</xs:schema>
`;
    const s = parseSnippet('', { source });
    expect(typeOf(s, '{urn:x#y}B')).toEqual({ kind: 'primitive', builtin: 'int', facets: { maxInclusive: '5' } });
  });
});

describe('unions of unions', () => {
  it('40 levels of U_i = union(U_{i-1}, U_{i-1}) read at once, and a restriction of the last checks its values', () => {
    const n = 40;
    const body = [simple('U0', '<xs:union memberTypes="xs:int xs:date"/>')];
    for (let i = 1; i <= n; i++) body.push(simple(`U${i}`, `<xs:union memberTypes="U${i - 1} U${i - 1}"/>`));
    body.push(simple('R', restrict(`U${n}`, '<xs:enumeration value="7"/><xs:enumeration value="2026-12-03"/>')));
    const s = parseSnippet(body.join('\n'));
    expect(typeOf(s, 'R')).toMatchObject({ kind: 'union', values: ['7', '2026-12-03'] });
  });

  it('an enumeration value no member accepts is still refused through the flattened members', () => {
    const body = [
      simple('U0', '<xs:union memberTypes="xs:int xs:date"/>'),
      simple('U1', '<xs:union memberTypes="U0 U0"/>'),
      simple('R', restrict('U1', '<xs:enumeration value="x"/>')),
    ].join('\n');
    expect(diagnosticOf(() => parseSnippet(body)).message).toMatch(/"x"/);
  });

  it("a member union's own facets still apply (it is not flattened away)", () => {
    const body = [
      simple('Small', restrict('xs:int', '<xs:maxInclusive value="3"/>')),
      simple('V', `<xs:restriction base="xs:string"><xs:enumeration value="a"/></xs:restriction>`),
      simple('U0', '<xs:union memberTypes="Small V"/>'),
      simple('U1', restrict('U0', '<xs:enumeration value="1"/><xs:enumeration value="a"/>')),
      simple('U2', '<xs:union memberTypes="U1 U1"/>'),
      simple('R', restrict('U2', '<xs:enumeration value="9"/>')),
    ].join('\n');
    expect(diagnosticOf(() => parseSnippet(body)).message).toMatch(/"9"/);
  });
});
