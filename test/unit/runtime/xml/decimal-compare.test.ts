/**
 * Exact xs:decimal arithmetic on lexical values (XSD 1.0 Part 2 §3.2.3): the lexical space is
 * an optional sign and digits with an optional decimal point, `(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)`;
 * values compare by the value space (leading and trailing zeros, the sign of zero and `+` do not
 * matter), and totalDigits / fractionDigits count the digits of the value, not of the lexical form.
 */
import { describe, expect, it } from 'vitest';
import { compareDecimal, decimalDigits, decimalParts } from '../../../../runtime/xml/decimal-compare.js';

describe('decimalParts: lexical space', () => {
  it.each([
    ['0', false, '', ''],
    ['-0', false, '', ''],
    ['+0', false, '', ''],
    ['-0.000', false, '', ''],
    ['-.0', false, '', ''],
    ['-0.', false, '', ''],
    ['00', false, '', ''],
    ['5', false, '5', ''],
    ['+5', false, '5', ''],
    ['-5', true, '5', ''],
    ['007', false, '7', ''],
    ['100', false, '100', ''],
    ['1000.0001', false, '1000', '0001'],
    ['-0012.3400', true, '12', '34'],
    ['5.', false, '5', ''],
    ['.5', false, '', '5'],
    ['-.5', true, '', '5'],
    ['0.050', false, '', '05'],
    ['10.10', false, '10', '1'],
  ])('splits %s', (value, negative, int, frac) => {
    expect(decimalParts(value)).toEqual({ negative, int, frac });
  });

  it.each([
    ['the empty string', ''],
    ['a lone point', '.'],
    ['a lone sign', '+'],
    ['a lone minus', '-'],
    ['a sign and a point', '-.'],
    ['two signs', '+-1'],
    ['an exponent (xs:double only)', '1e5'],
    ['an upper-case exponent', '1E5'],
    ['a leading letter', 'x1'],
    ['a trailing letter', '1.5x'],
    ['a leading space', ' 1'],
    ['a trailing space', '1 '],
    ['two points', '1.2.3'],
    ['a comma', '1,5'],
    ['INF', 'INF'],
    ['NaN', 'NaN'],
  ])('rejects %s', (_label, value) => {
    expect(decimalParts(value)).toBeUndefined();
  });
});

describe('compareDecimal', () => {
  it.each([
    ['integers of different lengths', '9', '10', -1],
    ['integers of different lengths, reversed', '10', '9', 1],
    ['integers of the same length', '19', '21', -1],
    ['integers of the same length, reversed', '21', '19', 1],
    ['a number with zeros inside against a shorter one', '100', '99', 1],
    ['leading zeros do not lengthen a number', '0099', '100', -1],
    ['fractions of one length', '1.1', '1.2', -1],
    ['fractions of one length, reversed', '1.2', '1.1', 1],
    ['a shorter fraction that is larger', '1.2', '1.15', 1],
    ['a shorter fraction that is smaller', '1.1', '1.15', -1],
    ['a fraction extending another', '1.5', '1.55', -1],
    ['a fraction extended by another', '1.55', '1.5', 1],
    ['zero against a small positive', '0', '0.0001', -1],
    ['a small positive against zero', '.0001', '0', 1],
    ['the integer part decides before the fraction', '2.0', '1.99999', 1],
    ['a fraction below one against one', '0.999', '1', -1],
    ['beyond 2^53', '9007199254740993', '9007199254740992', 1],
    ['beyond 2^64', '18446744073709551616', '18446744073709551615', 1],
    ['fractions finer than a double', '0.10000000000000000001', '0.1', 1],
  ])('orders %s: %s vs %s', (_label, a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
  });

  it.each([
    ['a negative and a positive', '-1', '1', -1],
    ['a positive and a negative', '1', '-1', 1],
    ['a negative and zero', '-0.5', '0', -1],
    ['zero and a negative', '0', '-0.5', 1],
    ['two negatives of different lengths', '-10', '-9', -1],
    ['two negatives of different lengths, reversed', '-9', '-10', 1],
    ['two negative integers', '-1', '-2', 1],
    ['two negative integers, reversed', '-2', '-1', -1],
    ['two negative fractions', '-1.1', '-1.2', 1],
    ['two negative fractions, reversed', '-1.2', '-1.1', -1],
    ['a large negative and a small positive', '-18446744073709551616', '0.1', -1],
  ])('orders by sign: %s', (_label, a, b, expected) => {
    expect(compareDecimal(a, b)).toBe(expected);
  });

  it.each([
    ['the same literal', '1.1', '1.1'],
    ['an explicit plus', '+5', '5'],
    ['leading zeros', '007', '7'],
    ['trailing fraction zeros', '5', '5.000'],
    ['a trailing point', '5.', '5'],
    ['a leading point', '.5', '0.50'],
    ['negative zero and zero', '-0', '0'],
    ['negative zero and positive zero', '-0.0', '+.0'],
    ['zero in many forms', '000.000', '0'],
    ['negatives with different zeros', '-012.340', '-12.34'],
    ['large integers', '18446744073709551615', '018446744073709551615.0'],
  ])('finds equal values in different lexical forms: %s', (_label, a, b) => {
    // -0 (from negating an equal magnitude) is as good as 0 for a comparison result
    expect(compareDecimal(a, b) === 0).toBe(true);
    expect(compareDecimal(b, a) === 0).toBe(true);
  });

  it('is NaN when either side is not a decimal', () => {
    expect(compareDecimal('x', '1')).toBeNaN();
    expect(compareDecimal('1', 'x')).toBeNaN();
    expect(compareDecimal('', '0')).toBeNaN();
    expect(compareDecimal('0', '.')).toBeNaN();
    expect(compareDecimal('1e3', '1000')).toBeNaN();
  });
});

describe('decimalDigits (totalDigits / fractionDigits of the value)', () => {
  it.each([
    ['0', 1, 0],
    ['-0', 1, 0],
    ['0.000', 1, 0],
    ['.0', 1, 0],
    ['5', 1, 0],
    ['-5', 1, 0],
    ['007', 1, 0],
    ['100', 3, 0],
    ['5.000', 1, 0],
    ['1.50', 2, 1],
    ['0.05', 2, 2],
    ['.123', 3, 3],
    ['-0012.3400', 4, 2],
    ['1000.0001', 8, 4],
    ['18446744073709551615', 20, 0],
  ])('%s has %i total and %i fraction digits', (value, total, fraction) => {
    expect(decimalDigits(value)).toEqual({ total, fraction });
  });

  it.each([[''], ['.'], ['-'], ['1e2'], ['abc']])('is undefined for %j', (value) => {
    expect(decimalDigits(value)).toBeUndefined();
  });
});
