/**
 * Built-in values as the facets see them, called directly: the number a float/double literal
 * stands for, the order the bounds facets use, equality for enumerations and the length the
 * length facets measure.
 * @see XSD 1.0 Part 2 §3.2.2 (boolean), §3.2.4–3.2.5 (float, double: NaN equals itself and is
 *      incomparable with every other value; INF is above every other non-NaN value), §3.2.6
 *      (duration order), §3.2.15–3.2.16 (hexBinary, base64Binary: sequences of octets), §3.3.3,
 *      §3.3.10, §3.3.12 (NMTOKENS, IDREFS, ENTITIES), §4.3.1 (length: characters, octets, items;
 *      every QName/NOTATION value satisfies it)
 */
import { describe, expect, it } from 'vitest';
import { compareIn, equalIn, lengthOf, numberOf } from '../../../../runtime/xml/value-order.js';

describe('numberOf', () => {
  it('maps INF and -INF to the infinities and other literals to their number', () => {
    expect(numberOf('INF')).toBe(Number.POSITIVE_INFINITY);
    expect(numberOf('-INF')).toBe(Number.NEGATIVE_INFINITY);
    expect(numberOf('1.5E2')).toBe(150);
    expect(numberOf('-0.25')).toBe(-0.25);
    expect(numberOf('NaN')).toBeNaN();
  });

  it('maps the empty string to 0 as Number does, not to an infinity', () => {
    expect(numberOf('')).toBe(0);
  });
});

describe('compareIn: float and double', () => {
  it.each(['float', 'double'])('%s orders numbers by value', (t) => {
    expect(compareIn(t, '1', '2')).toBe(-1);
    expect(compareIn(t, '2', '1')).toBe(1);
    expect(compareIn(t, '1', '1.0')).toBe(0);
    expect(compareIn(t, '1.0E0', '1')).toBe(0);
    expect(compareIn(t, '-1.5', '-1.25')).toBe(-1);
    expect(compareIn(t, '1e1', '9.99')).toBe(1);
  });

  it.each(['float', 'double'])('%s puts INF above and -INF below every other non-NaN value', (t) => {
    expect(compareIn(t, 'INF', '3.4E38')).toBe(1);
    expect(compareIn(t, '3.4E38', 'INF')).toBe(-1);
    expect(compareIn(t, '-INF', '-3.4E38')).toBe(-1);
    expect(compareIn(t, '-3.4E38', '-INF')).toBe(1);
    expect(compareIn(t, '-INF', 'INF')).toBe(-1);
    expect(compareIn(t, 'INF', 'INF')).toBe(0);
    expect(compareIn(t, '-INF', '-INF')).toBe(0);
  });

  it.each(['float', 'double'])('%s: NaN equals itself', (t) => {
    expect(compareIn(t, 'NaN', 'NaN')).toBe(0);
  });

  it.each(['float', 'double'])('%s: NaN is incomparable with any other value, INF included', (t) => {
    for (const other of ['0', '1', '-1', 'INF', '-INF']) {
      expect(compareIn(t, 'NaN', other)).toBeNaN();
      expect(compareIn(t, other, 'NaN')).toBeNaN();
    }
  });

  it('only the literal NaN is NaN: a string outside the (case-sensitive) lexical space is not', () => {
    expect(compareIn('double', 'nan', 'NaN')).toBeNaN();
    expect(compareIn('double', 'NaN', 'nan')).toBeNaN();
  });

  it('0 and -0 are one value', () => {
    expect(compareIn('double', '0', '-0')).toBe(0);
    expect(compareIn('float', '-0.0', '0')).toBe(0);
  });
});

describe('compareIn: other types', () => {
  it('orders decimals exactly', () => {
    expect(compareIn('decimal', '0.1', '0.10')).toBe(0);
    expect(compareIn('long', '9007199254740993', '9007199254740992')).toBe(1);
  });

  it('orders calendar values and durations', () => {
    expect(compareIn('date', '2020-01-01', '2019-12-31')).toBe(1);
    expect(compareIn('dateTime', '2000-01-01T00:00:00Z', '2000-01-01T01:00:00+01:00')).toBe(0);
    expect(compareIn('duration', 'P1D', 'PT24H')).toBe(0);
    expect(compareIn('duration', 'P1D', 'PT25H')).toBe(-1);
  });

  it('has no order for types without one: strings that look like durations or numbers', () => {
    expect(compareIn('string', 'P1D', 'P2D')).toBeNaN();
    expect(compareIn('string', '1', '2')).toBeNaN();
    expect(compareIn('boolean', 'false', 'true')).toBeNaN();
    expect(compareIn('hexBinary', '00', '01')).toBeNaN();
  });
});

describe('equalIn: by value', () => {
  it('is true for identical strings of any type', () => {
    expect(equalIn('string', 'a', 'a')).toBe(true);
    expect(equalIn('anyURI', 'http://x/', 'http://x/')).toBe(true);
    expect(equalIn('string', 'a', 'b')).toBe(false);
    expect(equalIn('string', 'a', 'A')).toBe(false);
  });

  it.each([
    ['float', '1', '1.0', true],
    ['float', '100', '1E2', true],
    ['float', '1', '2', false],
    ['float', 'NaN', 'NaN', true],
    ['float', '-0', '0', true],
    ['double', '0.5', '5E-1', true],
    ['double', '0.5', '0.25', false],
    ['double', 'INF', '1E308', false],
    ['decimal', '1.0', '1', true],
    ['int', '+7', '07', true],
    ['duration', 'P1D', 'PT24H', true],
    ['duration', 'P1Y', 'P12M', true],
    ['duration', 'P1Y', 'P365D', false],
    ['date', '2000-01-01Z', '2000-01-01+00:00', true],
    ['dateTime', '2000-01-01T00:00:00Z', '2000-01-01T00:00:00+00:00', true],
  ])('%s %s = %s is %s', (t, a, b, want) => {
    expect(equalIn(t, a, b)).toBe(want);
    expect(equalIn(t, b, a)).toBe(want);
  });

  it('does not equate by number on types without a numeric value space', () => {
    expect(equalIn('string', '1', '1.0')).toBe(false);
    expect(equalIn('token', 'P1D', 'PT24H')).toBe(false);
  });
});

describe('equalIn: boolean', () => {
  // {true, 1} is one value and {false, 0} the other (§3.2.2.1).
  const truthy = new Set(['true', '1']);
  const literals = ['true', 'false', '1', '0'];
  for (const a of literals)
    for (const b of literals) {
      const want = truthy.has(a) === truthy.has(b);
      it(`${a} = ${b} is ${want}`, () => expect(equalIn('boolean', a, b)).toBe(want));
    }
});

describe('equalIn: binary types', () => {
  it('hexBinary ignores the case of hex digits', () => {
    expect(equalIn('hexBinary', '0A', '0a')).toBe(true);
    expect(equalIn('hexBinary', '0a', '0A')).toBe(true);
    expect(equalIn('hexBinary', 'aBcD', 'AbCd')).toBe(true);
    expect(equalIn('hexBinary', '0A', '0B')).toBe(false);
    expect(equalIn('hexBinary', '0a', '0b')).toBe(false);
    expect(equalIn('hexBinary', '0A', '0A0A')).toBe(false);
  });

  it('the case of letters matters outside hexBinary', () => {
    expect(equalIn('string', '0A', '0a')).toBe(false);
    expect(equalIn('base64Binary', 'YWJj', 'ywjj')).toBe(false);
    expect(equalIn('NMTOKEN', 'ab', 'AB')).toBe(false);
  });

  it('base64Binary ignores whitespace between characters', () => {
    expect(equalIn('base64Binary', 'YW Jj', 'YWJj')).toBe(true);
    expect(equalIn('base64Binary', 'YWJj', 'YW Jj')).toBe(true);
    expect(equalIn('base64Binary', 'YW Jj', 'YWJ\nj')).toBe(true);
    expect(equalIn('base64Binary', 'Y\tW\rJj', 'YWJj')).toBe(true);
    expect(equalIn('base64Binary', 'YWJj', 'YWJk')).toBe(false);
    expect(equalIn('base64Binary', 'YW Jj', 'YWJk')).toBe(false);
    expect(equalIn('base64Binary', 'YQ==', 'YWI=')).toBe(false);
  });

  it('whitespace is not ignored outside base64Binary', () => {
    expect(equalIn('string', 'a b', 'ab')).toBe(false);
    expect(equalIn('hexBinary', '0A', '0 A')).toBe(false);
  });
});

describe('lengthOf', () => {
  it('counts hexBinary octets: two hex digits each', () => {
    expect(lengthOf('hexBinary', '')).toBe(0);
    expect(lengthOf('hexBinary', '0A')).toBe(1);
    expect(lengthOf('hexBinary', '0A1bFF')).toBe(3);
  });

  it.each([
    ['', 0],
    ['YWJj', 3],
    ['YWI=', 2],
    ['YQ==', 1],
    ['YWJjZA==', 4],
    ['YWJjZGU=', 5],
    ['YWJjZGVm', 6],
    ['YW Jj', 3],
    ['YWJj\nZA ==', 4],
    ['Y Q = =', 1],
    ['YW\tI\r=', 2],
  ])('counts base64Binary octets of %j as %i', (v, n) => {
    expect(lengthOf('base64Binary', v)).toBe(n);
  });

  it('has no length for QName and NOTATION', () => {
    expect(lengthOf('QName', 'xs:string')).toBeUndefined();
    expect(lengthOf('NOTATION', 'p:gif')).toBeUndefined();
  });

  it.each(['NMTOKENS', 'IDREFS', 'ENTITIES'])('counts the items of %s', (t) => {
    expect(lengthOf(t, 'a')).toBe(1);
    expect(lengthOf(t, 'a b')).toBe(2);
    expect(lengthOf(t, 'a bc def')).toBe(3);
    expect(lengthOf(t, '')).toBe(0);
  });

  it('counts characters of the other types, not items', () => {
    expect(lengthOf('string', 'a b')).toBe(3);
    expect(lengthOf('token', 'a bc def')).toBe(8);
    expect(lengthOf('NMTOKEN', 'abc')).toBe(3);
    expect(lengthOf('string', '')).toBe(0);
  });

  it('counts a character outside the BMP once', () => {
    expect(lengthOf('string', String.fromCodePoint(0x10000))).toBe(1);
    expect(lengthOf('string', String.fromCodePoint(0x103ff))).toBe(1);
    expect(lengthOf('string', String.fromCodePoint(0x10ffff))).toBe(1);
    expect(lengthOf('string', '😀é')).toBe(2);
    expect(lengthOf('string', `a${String.fromCodePoint(0x1d11e)}b`)).toBe(3);
  });

  it('counts BMP characters at and above the surrogate block', () => {
    expect(lengthOf('string', '\ud7ff')).toBe(1);
    expect(lengthOf('string', '\ue000')).toBe(1);
    expect(lengthOf('string', '\ufffd')).toBe(1);
    expect(lengthOf('string', 'Ａ\ue000\ufffd')).toBe(3);
  });
});
