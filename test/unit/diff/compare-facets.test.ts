/**
 * Facet comparison for the diff (generator/diff/schema/compare-facets.ts): exact decimal order
 * (negative, fractional, huge and exponent bounds) and, for every constraining facet, which change
 * is a narrowing and which a widening (XSD 1.1 Part 2 §4.3). Also end to end through
 * diffDocuments: the rule, severity and message a negative bound change produces.
 */
import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../generator/diff/diff-documents.js';
import { compareDecimal, compareFacets } from '../../../generator/diff/schema/compare-facets.js';
import type { IrFacets, IrType } from '../../../generator/ir/ir-types.js';
import { doc, el, obj, schema } from './ir-builders.js';

describe('compareDecimal', () => {
  // [a, b, sign of a - b]
  const rows: [string, string, -1 | 0 | 1][] = [
    ['1', '2', -1],
    ['2', '1', 1],
    ['10', '9', 1],
    ['9', '10', -1],
    ['7', '7', 0],
    ['-1', '-2', 1],
    ['-2', '-1', -1],
    ['-10', '-9', -1],
    ['-9', '-10', 1],
    ['-1', '1', -1],
    ['1', '-1', 1],
    ['-5', '3', -1],
    ['3', '-5', 1],
    ['0', '-0', 0],
    ['-0', '0', 0],
    ['0.0', '0', 0],
    ['-0.0', '+0', 0],
    ['0', '-0.5', 1],
    ['-0.5', '0', -1],
    ['-0', '-0.5', 1],
    ['0.5', '-0', 1],
    ['-0.5', '-0.25', -1],
    ['-0.25', '-0.5', 1],
    ['-1.5', '-1.25', -1],
    ['-1.25', '-1.5', 1],
    ['1.5', '1.25', 1],
    ['1.25', '1.5', -1],
    ['1.50', '1.5', 0],
    ['007', '7', 0],
    ['-007', '-7', 0],
    ['+3', '3', 0],
    [' 4 ', '4', 0],
    ['.9', '0.5', 1],
    ['0.5', '.9', -1],
    ['-.9', '-0.5', -1],
    ['5.', '5', 0],
    ['9223372036854775807', '9223372036854775806', 1],
    ['-9223372036854775808', '-9223372036854775807', -1],
    ['18446744073709551615', '18446744073709551616', -1],
    ['0.1000000000000000000001', '0.1', 1],
    ['1e-7', '0.5', -1],
    ['1e+21', '999999999999999999999', 1],
    ['1.5E2', '150', 0],
    ['-2.5e-3', '-0.0025', 0],
    ['-1E3', '-999', -1],
    ['INF', '1e300', 1],
    ['-INF', '-1e300', -1],
    ['-INF', 'INF', -1],
    ['INF', 'INF', 0],
    ['-INF', '-INF', 0],
  ];
  it.each(rows)('compareDecimal(%j, %j) has sign %i', (a, b, want) => {
    expect(Math.sign(compareDecimal(a, b))).toBe(want);
    expect(Math.sign(compareDecimal(b, a))).toBe(want === 0 ? 0 : -want);
  });

  it('returns only -1, 0 or 1', () => {
    expect(compareDecimal('100', '1')).toBe(1);
    expect(compareDecimal('-100', '-1')).toBe(-1);
    expect(compareDecimal('1', '1.0')).toBe(0);
  });

  it('is NaN for a value that is not a number', () => {
    expect(compareDecimal('abc', '1')).toBeNaN();
    expect(compareDecimal('1', '')).toBeNaN();
    expect(compareDecimal('.', '1')).toBeNaN();
    expect(compareDecimal('1e', '1')).toBeNaN();
    expect(compareDecimal('a1', '1')).toBeNaN();
    expect(compareDecimal('1x', '1')).toBeNaN();
    expect(compareDecimal('xINF', '1')).toBeNaN();
    expect(compareDecimal('INFx', '1')).toBeNaN();
    expect(compareDecimal('1', '-')).toBeNaN();
  });
});

describe('compareFacets: narrowed or widened per facet', () => {
  // [facet, from, to, narrowed]
  const rows: [keyof IrFacets, string | number, string | number, boolean][] = [
    ['maxLength', 256, 128, true],
    ['maxLength', 128, 256, false],
    ['minLength', 1, 2, true],
    ['minLength', 2, 0, false],
    ['length', 5, 6, true],
    ['length', 6, 5, true],
    ['totalDigits', 10, 5, true],
    ['totalDigits', 5, 10, false],
    ['fractionDigits', 4, 2, true],
    ['fractionDigits', 2, 4, false],
    ['minInclusive', '0', '1', true],
    ['minInclusive', '1', '0', false],
    ['maxInclusive', '100', '99', true],
    ['maxInclusive', '99', '100', false],
    // negative bounds: a lower bound moving up (-10 → -5) narrows, an upper one moving down narrows
    ['minInclusive', '-10', '-5', true],
    ['minInclusive', '-5', '-10', false],
    ['maxInclusive', '-5', '-10', true],
    ['maxInclusive', '-10', '-5', false],
    ['minExclusive', '-1.5', '-1.25', true],
    ['minExclusive', '-1.25', '-1.5', false],
    ['maxExclusive', '-0.25', '-0.5', true],
    ['maxExclusive', '-0.5', '-0.25', false],
    // crossing zero
    ['minInclusive', '-1', '1', true],
    ['minInclusive', '1', '-1', false],
    ['maxInclusive', '1', '-1', true],
    ['maxInclusive', '-1', '1', false],
    ['maxExclusive', '0.5', '0.75', false],
    ['maxExclusive', '0.75', '0.5', true],
    ['maxInclusive', '9223372036854775807', '9223372036854775806', true],
    ['minInclusive', '-9223372036854775808', '-9223372036854775807', true],
  ];
  it.each(rows)('%s %j → %j: narrowed=%j', (facet, from, to, narrowed) => {
    expect(compareFacets({ [facet]: from }, { [facet]: to })).toStrictEqual([
      { facet, narrowed, from: String(from), to: String(to) },
    ]);
  });

  it('an unchanged facet, even written differently as a number and a string, is no change', () => {
    expect(compareFacets({ maxLength: 5, minInclusive: '-3' }, { maxLength: 5, minInclusive: '-3' })).toStrictEqual([]);
    expect(compareFacets({}, {})).toStrictEqual([]);
  });

  it('an unchanged exact length, pattern set or non-numeric bound is no change', () => {
    expect(compareFacets({ length: 5 }, { length: 5 })).toStrictEqual([]);
    expect(compareFacets({ minInclusive: 'P1D' }, { minInclusive: 'P1D' })).toStrictEqual([]);
    expect(compareFacets({ totalDigits: 3, fractionDigits: 0 }, { totalDigits: 3, fractionDigits: 0 })).toStrictEqual(
      [],
    );
  });

  it('a bound written differently but equal in value is no change', () => {
    expect(compareFacets({ minInclusive: '-1.50' }, { minInclusive: '-1.5' })).toStrictEqual([]);
    expect(compareFacets({ maxInclusive: '100' }, { maxInclusive: '1e2' })).toStrictEqual([]);
  });

  it('an added facet narrows, a removed one widens', () => {
    expect(compareFacets({}, { minInclusive: '-3' })).toStrictEqual([
      { facet: 'minInclusive', narrowed: true, to: '-3' },
    ]);
    expect(compareFacets({ maxExclusive: '-3' }, {})).toStrictEqual([
      { facet: 'maxExclusive', narrowed: false, from: '-3' },
    ]);
  });

  it('a bound that is not a number counts as narrowed (the safe reading)', () => {
    expect(compareFacets({ minInclusive: '0' }, { minInclusive: 'zero' })).toStrictEqual([
      { facet: 'minInclusive', narrowed: true, from: '0', to: 'zero' },
    ]);
  });

  it('reports several facets in a fixed order', () => {
    const got = compareFacets(
      { minLength: 1, maxLength: 10, minInclusive: '-5', maxInclusive: '5' },
      { minLength: 2, maxLength: 20, minInclusive: '-6', maxInclusive: '4' },
    );
    expect(got.map((c) => [c.facet, c.narrowed])).toStrictEqual([
      ['minLength', true],
      ['maxLength', false],
      ['minInclusive', false],
      ['maxInclusive', true],
    ]);
  });

  it('patterns: an added pattern narrows, a removed one widens', () => {
    expect(compareFacets({ patterns: ['a+', 'b'] }, { patterns: ['b', 'c'] })).toStrictEqual([
      { facet: 'pattern', narrowed: true, to: 'c' },
      { facet: 'pattern', narrowed: false, from: 'a+' },
    ]);
    expect(compareFacets({ patterns: ['x'] }, {})).toStrictEqual([{ facet: 'pattern', narrowed: false, from: 'x' }]);
    expect(compareFacets({}, { patterns: ['x'] })).toStrictEqual([{ facet: 'pattern', narrowed: true, to: 'x' }]);
    expect(compareFacets({ patterns: ['x'] }, { patterns: ['x'] })).toStrictEqual([]);
  });

  it('whiteSpace and format: set or changed narrows, dropped widens', () => {
    expect(compareFacets({}, { whiteSpace: 'collapse' })).toStrictEqual([
      { facet: 'whiteSpace', narrowed: true, to: 'collapse' },
    ]);
    expect(compareFacets({ whiteSpace: 'replace' }, { whiteSpace: 'collapse' })).toStrictEqual([
      { facet: 'whiteSpace', narrowed: true, from: 'replace', to: 'collapse' },
    ]);
    expect(compareFacets({ format: 'email' }, {})).toStrictEqual([{ facet: 'format', narrowed: false, from: 'email' }]);
    expect(compareFacets({ format: 'email' }, { format: 'email' })).toStrictEqual([]);
  });
});

describe('diffDocuments: numeric bound changes', () => {
  const ref: IrType = { kind: 'ref', target: 'x/schemas/t.xsd#T' };
  const bounded = (facets: IrFacets): IrType => ({ kind: 'primitive', builtin: 'decimal', facets });
  const req = (t: IrType) => schema({ T: t }, { ServiceRequest: obj([el('data', ref)]) });
  const resp = (t: IrType) => schema({ T: t }, { ServiceResponse: obj([el('data', ref)]) });

  it('a request minInclusive raised from -10 to -5 is a breaking facet-narrowed', () => {
    const got = diffDocuments(
      doc([req(bounded({ minInclusive: '-10' }))]),
      doc([req(bounded({ minInclusive: '-5' }))]),
    );
    expect(got.map((f) => [f.rule, f.direction, f.severity, f.path, f.message, f.from, f.to])).toEqual([
      ['facet-narrowed', 'request', 'breaking', 'T', 'T: minInclusive -10 → -5', 'minInclusive=-10', 'minInclusive=-5'],
    ]);
  });

  it('a response maxInclusive lowered from -1 to -2 is a facet-narrowed, raised to 3 a facet-widened', () => {
    const base = doc([resp(bounded({ maxInclusive: '-1' }))]);
    expect(diffDocuments(base, doc([resp(bounded({ maxInclusive: '-2' }))])).map((f) => f.rule)).toEqual([
      'facet-narrowed',
    ]);
    expect(diffDocuments(base, doc([resp(bounded({ maxInclusive: '3' }))])).map((f) => f.rule)).toEqual([
      'facet-widened',
    ]);
  });
});
