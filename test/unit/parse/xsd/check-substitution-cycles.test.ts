/**
 * Circular substitution groups (e-props-correct 6) are refused whether or not the elements have
 * types of their own, at the element that closes the cycle, with the cycle named in order; chains
 * and shared heads (XSD 1.1 lists of heads) that do not loop load. xmllint 2.9.14 refuses the
 * typed two-element cycle too ("The element declaration 'b' defines a circular substitution group to
 * element declaration 'a'").
 *
 * @see XSD 1.0 Part 1 §3.3.6 (e-props-correct 6); XSD 1.1 Part 1 §3.3.6.1
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

/** Parses `lines` as the children of an xs:schema, from line 2 of t.xsd. */
const parse = (lines: string[]) => () =>
  parseXsd({
    source: ['<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">', ...lines, '</xs:schema>'].join('\n'),
    file: 't.xsd',
    schemaId: 't',
  });
const circular = (cycle: string, line: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message: `circular substitution group: ${cycle}`,
  location: { file: 't.xsd', line, column: 1 },
});

describe('circular substitution groups', () => {
  it('two elements with types of their own', () => {
    const lines = [
      '<xs:element name="a" type="xs:string" substitutionGroup="b"/>',
      '<xs:element name="b" type="xs:string" substitutionGroup="a"/>',
    ];
    expect(diagnosticOf(parse(lines))).toEqual(circular('"a" → "b" → "a"', 3));
  });

  it('an element that is its own head', () => {
    expect(diagnosticOf(parse(['<xs:element name="a" type="xs:int" substitutionGroup="a"/>']))).toEqual(
      circular('"a" → "a"', 2),
    );
  });

  it('a cycle reached from a chain names only the cycle, at the element closing it', () => {
    const lines = [
      '<xs:element name="m" type="xs:int" substitutionGroup="x"/>',
      '<xs:element name="x" type="xs:int" substitutionGroup="y"/>',
      '<xs:element name="y" type="xs:int" substitutionGroup="z"/>',
      '<xs:element name="z" type="xs:int" substitutionGroup="x"/>',
    ];
    expect(diagnosticOf(parse(lines))).toEqual(circular('"x" → "y" → "z" → "x"', 5));
  });

  it('a cycle through the second head of a list', () => {
    const lines = [
      '<xs:element name="h" type="xs:int"/>',
      '<xs:element name="a" type="xs:int" substitutionGroup="h b"/>',
      '<xs:element name="b" type="xs:int" substitutionGroup="a"/>',
    ];
    expect(diagnosticOf(parse(lines))).toEqual(circular('"a" → "b" → "a"', 4));
  });
});

describe('substitution groups without a cycle', () => {
  it('a long chain and two members sharing heads (a diamond) load', () => {
    const chain = Array.from(
      { length: 50 },
      (_, i) => `<xs:element name="e${i}" type="xs:int"${i > 0 ? ` substitutionGroup="e${i - 1}"` : ''}/>`,
    );
    const diamond = [
      '<xs:element name="top" type="xs:int"/>',
      '<xs:element name="l" type="xs:int" substitutionGroup="top"/>',
      '<xs:element name="r" type="xs:int" substitutionGroup="top"/>',
      '<xs:element name="low" type="xs:int" substitutionGroup="l r"/>',
      '<xs:element name="lower" type="xs:int" substitutionGroup="low top"/>',
    ];
    expect(() => parse([...chain, ...diamond])()).not.toThrow();
  });
});
