/**
 * A redefined attribute group or model group that does not refer to itself restricts its
 * original (src-redefine 6.2, 7.2). For an attribute group, the attribute rules of Derivation
 * Valid (Restriction, Complex) apply: each use matches an original one (required if it is, of a
 * type derived from its type, with its fixed value) or is allowed by the original's wildcard, and
 * every required use of the original is kept; a prohibited use is no use. Each violation is a
 * whole located diagnostic. A restricting model group and its original are both read (each holds
 * exactly one sequence, choice or all; what they refer to resolves); particle restriction itself
 * is not checked (check-redefined-restriction.ts). xmllint 2.9.14 gives the same verdict on each
 * schema here but three: it does not check a fixed value (§3.4.6 clause 2.1.3 does), it takes a
 * group without a compositor (§3.7.2 requires one), and it refuses a use whose original type is
 * anonymous, which qspec by design does not hold against it (the doc of derivesFrom).
 * @see XSD 1.0 Part 1 §4.2.2 (src-redefine 6.2, 7.2), §3.4.6 (clauses 2–4), §3.6.2, §3.14.6
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** A no-namespace document holding `lines` from line 2 on. */
const doc = (...lines: string[]) => [`<xs:schema ${XS}>`, ...lines, '</xs:schema>'].join('\n');

/**
 * base.xsd declares the attribute group AG (`original`, on line 2), the simple types Num and Word
 * (lines 3, 4) and the model group G (line 5); main.xsd redefines it with `lines` from line 3 on.
 */
function parseRedefine(original: string, lines: string[], group = '<xs:sequence><xs:element name="g"/></xs:sequence>') {
  const base = doc(
    `<xs:attributeGroup name="AG">${original}</xs:attributeGroup>`,
    '<xs:simpleType name="Num"><xs:restriction base="xs:decimal"/></xs:simpleType>',
    '<xs:simpleType name="Word"><xs:restriction base="xs:token"/></xs:simpleType>',
    `<xs:group name="G">${group}</xs:group>`,
  );
  const main = [
    `<xs:schema ${XS}>`,
    '<xs:redefine schemaLocation="base.xsd">',
    ...lines,
    '</xs:redefine>',
    '</xs:schema>',
  ];
  return parseXsd({
    source: main.join('\n'),
    file: 'main.xsd',
    schemaId: 'm',
    readInclude: (href) => {
      if (href !== 'base.xsd') throw new DiagnosticError([]);
      return { source: base, file: href };
    },
  });
}

/** Redefines AG by `uses`, the xs:attributeGroup start tag on line 3 and each use on a line of its own. */
const restrictAG = (original: string, ...uses: string[]): IrSchema =>
  parseRedefine(original, ['<xs:attributeGroup name=" AG ">', ...uses.map((u) => `  ${u}`), '</xs:attributeGroup>']);

const at = (message: string, line: number, column: number, code = 'XsdInvalid', file = 'main.xsd') => ({
  code,
  severity: 'error',
  message,
  location: { file, line, column },
});

/** The diagnostic of attribute use `name` on `line` (column 3) not restricting the original. */
const useFault = (name: string, why: string, line = 4) =>
  at(`attribute "${name}" of redefined xs:attributeGroup "AG" does not restrict the original: ${why}`, line, 3);

describe('a redefined attribute group restricts the original’s attribute uses (src-redefine 7.2)', () => {
  const X_Y = '<xs:attribute name="x" type="xs:int"/><xs:attribute name="y" type="Num" use="required" fixed="1"/>';

  it('accepts a subset of the uses, each required, derived and fixed as the original is', () => {
    expect(() => restrictAG(X_Y, '<xs:attribute name="y" type="Num" use="required" fixed="1"/>')).not.toThrow();
    expect(() =>
      restrictAG(
        X_Y,
        '<xs:attribute name="x" type="xs:byte" use="required"/>',
        '<xs:attribute name="y" type="Num" use="required" fixed="1"/>',
      ),
    ).not.toThrow();
  });

  it('refuses an optional use of a required attribute', () => {
    const d = diagnosticOf(() => restrictAG(X_Y, '<xs:attribute name="y" type="Num" fixed="1"/>'));
    expect(d).toEqual(useFault('y', 'the original requires it'));
  });

  it('refuses another value for a fixed attribute, or none', () => {
    const other = diagnosticOf(() => restrictAG(X_Y, '<xs:attribute name="y" type="Num" use="required" fixed="2"/>'));
    expect(other).toEqual(useFault('y', 'the original fixes it to "1"'));
    const none = diagnosticOf(() => restrictAG(X_Y, '<xs:attribute name="y" type="Num" use="required"/>'));
    expect(none).toEqual(useFault('y', 'the original fixes it to "1"'));
  });

  it('refuses an attribute the original does not have, at the use', () => {
    const d = diagnosticOf(() =>
      restrictAG(X_Y, '<xs:attribute name="y" type="Num" use="required" fixed="1"/>', '<xs:attribute name="v"/>'),
    );
    expect(d).toEqual(useFault('v', 'the original has no such attribute and no wildcard allowing it', 5));
  });

  it('refuses to leave out a required attribute, at the redefinition', () => {
    const d = diagnosticOf(() => restrictAG(X_Y, '<xs:attribute name="x" type="xs:int"/>'));
    expect(d).toEqual(at('redefined xs:attributeGroup "AG" leaves out the original\'s required attribute "y"', 3, 1));
  });

  it('takes a prohibited use in either group as no use (§3.6.2)', () => {
    // Leaving out an optional attribute by prohibiting it is a restriction; prohibiting a required one leaves it out.
    expect(() =>
      restrictAG(
        X_Y,
        '<xs:attribute name="x" use="prohibited"/>',
        '<xs:attribute name="y" type="Num" use="required" fixed="1"/>',
      ),
    ).not.toThrow();
    const d = diagnosticOf(() => restrictAG(X_Y, '<xs:attribute name="y" type="Num" use="prohibited"/>'));
    expect(d).toEqual(at('redefined xs:attributeGroup "AG" leaves out the original\'s required attribute "y"', 3, 1));
    // An attribute the original only prohibits is one it does not have.
    const added = diagnosticOf(() =>
      restrictAG('<xs:attribute name="p" use="prohibited"/>', '<xs:attribute name="p"/>'),
    );
    expect(added).toEqual(useFault('p', 'the original has no such attribute and no wildcard allowing it'));
  });

  it('refuses an element among the uses', () => {
    const d = diagnosticOf(() => restrictAG(X_Y, '<xs:element name="e"/>'));
    expect(d).toEqual(at('xs:element is not allowed in xs:attributeGroup', 4, 3));
  });
});

describe('the type of a restricting use derives from the original’s (Type Derivation OK (Simple), §3.14.6)', () => {
  const typed = (original: string, use: string) => () =>
    restrictAG(`<xs:attribute name="a"${original}`, `<xs:attribute name="a"${use}`);
  const notDerived = useFault('a', "its type is not derived from the original's");
  const anon = (inner: string) => `><xs:simpleType>${inner}</xs:simpleType></xs:attribute>`;

  it('accepts any type for an original without one (xs:anySimpleType), and takes no type as xs:anySimpleType', () => {
    expect(typed('/>', ' type="xs:int"/>')).not.toThrow();
    expect(typed('/>', anon('<xs:list itemType="xs:int"/>'))).not.toThrow();
    expect(typed(' type="xs:anySimpleType"/>', anon('<xs:union memberTypes="xs:int xs:date"/>'))).not.toThrow();
    expect(diagnosticOf(typed(' type="xs:int"/>', '/>'))).toEqual(notDerived);
  });

  it('follows the named and anonymous restriction steps of the use', () => {
    expect(typed(' type="Num"/>', ' type="Num"/>')).not.toThrow();
    expect(
      typed(' type="xs:decimal"/>', anon('<xs:restriction base="Num"><xs:minInclusive value="0"/></xs:restriction>')),
    ).not.toThrow();
    expect(diagnosticOf(typed(' type="Num"/>', ' type="xs:decimal"/>'))).toEqual(notDerived);
    expect(diagnosticOf(typed(' type="Num"/>', ' type="Word"/>'))).toEqual(notDerived);
    expect(diagnosticOf(typed(' type="xs:int"/>', anon('<xs:restriction base="xs:decimal"/>')))).toEqual(notDerived);
  });

  it('takes an anonymous list or union as derived from xs:anySimpleType only', () => {
    expect(diagnosticOf(typed(' type="xs:string"/>', anon('<xs:list itemType="xs:string"/>')))).toEqual(notDerived);
    expect(diagnosticOf(typed(' type="Num"/>', anon('<xs:union memberTypes="Num"/>')))).toEqual(notDerived);
  });

  it('does not hold an anonymous original type against the use (qspec; xmllint refuses)', () => {
    const int = anon('<xs:restriction base="xs:int"/>');
    expect(typed(int, int)).not.toThrow();
    expect(typed(int, ' type="xs:boolean"/>')).not.toThrow();
  });
});

describe('a redefined model group without a self-reference is read with its original (src-redefine 6.2)', () => {
  const restrictG = (lines: string[], original?: string) => () => parseRedefine('', lines, original);
  const one = 'xs:group must contain exactly one sequence, choice or all';

  it('reads both, so that what the original refers to must resolve', () => {
    expect(restrictG(['<xs:group name="G"><xs:choice><xs:element name="g"/></xs:choice></xs:group>'])).not.toThrow();
    const d = diagnosticOf(
      restrictG(
        ['<xs:group name="G"><xs:sequence/></xs:group>'],
        '<xs:sequence><xs:element ref="none"/></xs:sequence>',
      ),
    );
    expect(d).toEqual(at('element ref "none" names no global element', 5, 33, 'XsdUnresolvedRef', 'base.xsd'));
  });

  it('refuses a redefinition without a compositor, with two, or with another child', () => {
    expect(diagnosticOf(restrictG(['<xs:group name="G">', '</xs:group>']))).toEqual(at(one, 3, 1));
    expect(diagnosticOf(restrictG(['', '<xs:group name="G"><xs:sequence/><xs:choice/></xs:group>']))).toEqual(
      at(one, 4, 1),
    );
    expect(diagnosticOf(restrictG(['<xs:group name="G"><xs:element name="g"/></xs:group>']))).toEqual(at(one, 3, 1));
  });

  it('refuses an original with two compositors, at the original', () => {
    const d = diagnosticOf(restrictG(['<xs:group name="G"><xs:all/></xs:group>'], '<xs:sequence/><xs:sequence/>'));
    expect(d).toEqual(at(one, 5, 1, 'XsdInvalid', 'base.xsd'));
  });
});
