/**
 * identityKey as the value equality of identity constraints (XSD 1.0 Part 1 §3.11.4 clause 3,
 * Part 2 value spaces): two keys are equal exactly when the typed values are. Decimal-derived
 * values compare by their decimal value (`1.0` = `01` = `+1`, `-0` = `0`), string-derived ones
 * as strings, float and double are distinct primitives, hexBinary and base64Binary compare their
 * octets, QName and NOTATION their expanded names; values of different primitives never match.
 */
import { describe, expect, it } from 'vitest';
import { identityKey, shownValue } from '../../../../runtime/xml/identity-values.js';

/** The key of a value kept as text (the checker's normalized string). */
const text = (b: string | undefined, v: string) => identityKey(b, v, v);
const same = (a: string, b: string) => expect(a).toBe(b);
const differ = (a: string, b: string) => expect(a).not.toBe(b);

describe('decimal values (Part 2 §3.2.3: one value, many lexical forms)', () => {
  it('leading zeros, a plus sign and trailing fraction zeros do not change the value', () => {
    same(text('decimal', '007'), text('decimal', '7'));
    same(text('decimal', '0012'), text('decimal', '12'));
    same(text('decimal', '+1'), text('decimal', '1'));
    same(text('decimal', '1.50'), text('decimal', '1.5'));
    same(text('decimal', '1.0'), text('decimal', '1'));
    same(text('decimal', '.5'), text('decimal', '0.5'));
    same(text('decimal', '000'), text('decimal', '0'));
  });

  it('zero has one value whatever its sign', () => {
    same(text('decimal', '-0'), text('decimal', '0'));
    same(text('decimal', '-0.00'), text('decimal', '+0'));
  });

  it('different decimals differ: sign, integer digits, fraction digits', () => {
    differ(text('decimal', '-1'), text('decimal', '1'));
    differ(text('decimal', '10'), text('decimal', '1'));
    differ(text('decimal', '10'), text('decimal', '0'));
    differ(text('decimal', '17'), text('decimal', '7'));
    differ(text('decimal', '1.5'), text('decimal', '1'));
    differ(text('decimal', '1.05'), text('decimal', '1.5'));
  });

  it('the shown value is the canonical decimal', () => {
    expect(shownValue(text('decimal', '+0012.50'))).toBe('12.5');
    expect(shownValue(text('decimal', '-001.0'))).toBe('-1');
    expect(shownValue(text('decimal', '1.0'))).toBe('1');
    expect(shownValue(text('decimal', '.5'))).toBe('0.5');
    expect(shownValue(text('decimal', '-0'))).toBe('0');
    expect(shownValue(text('decimal', '10'))).toBe('10');
  });

  it('collapsed whitespace around a decimal is not part of it', () => {
    same(text('decimal', ' 1.0 '), text('decimal', '1'));
  });

  it('every built-in derived from decimal shares its value space', () => {
    const forms: [string, string, string][] = [
      ['integer', '+0012', '12'],
      ['nonPositiveInteger', '-007', '-7'],
      ['negativeInteger', '-01', '-1'],
      ['nonNegativeInteger', '+03', '3'],
      ['positiveInteger', '004', '4'],
      ['long', '+05', '5'],
      ['int', '06', '6'],
      ['short', '+07', '7'],
      ['byte', '-08', '-8'],
      ['unsignedLong', '09', '9'],
      ['unsignedInt', '010', '10'],
      ['unsignedShort', '+011', '11'],
      ['unsignedByte', '012', '12'],
    ];
    for (const [b, lexical, canonical] of forms) {
      same(text(b, lexical), text('decimal', `${canonical}.0`));
      expect(shownValue(text(b, lexical))).toBe(canonical);
    }
  });

  it('an integer type held as a number equals the same decimal', () => {
    same(identityKey('int', 5, '5'), text('decimal', '5.0'));
    same(identityKey('unsignedByte', 12, '012'), text('integer', '+12'));
  });
});

describe('float and double (Part 2 §3.2.4, §3.2.5)', () => {
  it('float and double are distinct primitives: 1 as float is not 1 as double, nor decimal 1', () => {
    differ(identityKey('float', 1, '1'), identityKey('double', 1, '1'));
    differ(identityKey('float', 1, '1'), text('decimal', '1'));
    differ(identityKey('double', 1, '1'), text('decimal', '1'));
  });

  it('within one type equal numbers are equal: 1.0E0 = 1, -0 = 0, NaN = NaN', () => {
    same(identityKey('double', 1, '1.0E0'), identityKey('double', 1, '1'));
    same(identityKey('float', -0, '-0'), identityKey('float', 0, '0'));
    same(identityKey('double', Number.NaN, 'NaN'), identityKey('double', Number.NaN, 'NaN'));
    differ(identityKey('float', 1, '1'), identityKey('float', 2, '2'));
  });
});

describe('string-derived values (Part 2 §3.3)', () => {
  it('every built-in derived from string, and anySimpleType, compares as a string', () => {
    const strings = [
      'string',
      'normalizedString',
      'token',
      'language',
      'Name',
      'NCName',
      'ID',
      'IDREF',
      'ENTITY',
      'NMTOKEN',
      'anySimpleType',
    ];
    for (const b of strings) {
      same(text(b, 'en'), text('string', 'en'));
      same(text(b, 'en'), text(undefined, 'en'));
    }
    same(text(undefined, 'abc'), text('token', 'abc'));
  });

  it('strings are not decimals, nor URIs: the same text in another primitive differs', () => {
    differ(text('string', '1'), text('decimal', '1'));
    differ(text('string', 'a'), text('anyURI', 'a'));
    differ(text('string', 'true'), identityKey('boolean', true, 'true'));
    differ(text('string', '2001-01-01'), text('date', '2001-01-01'));
  });

  it('shownValue gives the value text', () => {
    expect(shownValue(text('string', 'abc'))).toBe('abc');
    expect(shownValue(text('anyURI', 'urn:x'))).toBe('urn:x');
  });
});

describe('other primitives kept as text', () => {
  it('anyURI and date/time values compare as their own type, case and spaces kept', () => {
    differ(text('anyURI', 'a'), text('anyURI', 'A'));
    differ(text('anyURI', 'a'), text('anyURI', 'b'));
    differ(text('anyURI', 'a b'), text('anyURI', 'ab'));
    same(text('anyURI', 'urn:x'), text('anyURI', 'urn:x'));
    differ(text('date', '2001-01-01'), text('gYear', '2001-01-01'));
    differ(text('dateTime', '2001-01-01T00:00:00'), text('dateTime', '2001-01-02T00:00:00'));
  });

  it('hexBinary compares its octets: digits in either case; the canonical form is upper case', () => {
    same(text('hexBinary', '0a'), text('hexBinary', '0A'));
    differ(text('hexBinary', '0A'), text('hexBinary', '0B'));
    expect(shownValue(text('hexBinary', '0aff'))).toBe('0AFF');
    differ(text('hexBinary', '0A'), text('string', '0A'));
  });

  it('base64Binary compares its octets: whitespace in the lexical form is not part of them', () => {
    same(text('base64Binary', 'AQ ID'), text('base64Binary', 'AQID'));
    same(text('base64Binary', 'AQ\nI D'), text('base64Binary', 'AQID'));
    differ(text('base64Binary', 'AQID'), text('base64Binary', 'AQIE'));
    expect(shownValue(text('base64Binary', 'AQ ID'))).toBe('AQID');
    differ(text('base64Binary', 'AQID'), text('string', 'AQID'));
  });
});

describe('boolean (Part 2 §3.2.2)', () => {
  it('true and 1 are one value, false and 0 another', () => {
    same(identityKey('boolean', true, '1'), identityKey('boolean', true, 'true'));
    differ(identityKey('boolean', true, 'true'), identityKey('boolean', false, 'false'));
    differ(identityKey('boolean', true, '1'), identityKey('int', 1, '1'));
  });
});

describe('list values (Part 2 §2.5.1.2)', () => {
  it('lists are equal item by item, in order and number', () => {
    same(identityKey(undefined, [1, 2], '1 2'), identityKey(undefined, [1, 2], '1  2'));
    differ(identityKey(undefined, [1], '1'), identityKey(undefined, [2], '2'));
    differ(identityKey(undefined, [1, 2], '1 2'), identityKey(undefined, [2, 1], '2 1'));
    differ(identityKey(undefined, ['a,b'], 'a,b'), identityKey(undefined, ['a', 'b'], 'a b'));
  });

  it('a list is not the atomic value of its single item', () => {
    differ(identityKey(undefined, [1], '1'), identityKey('double', 1, '1'));
    differ(identityKey(undefined, [1], '1'), identityKey('float', 1, '1'));
  });
});

describe('values the checker did not type', () => {
  it('an absent typed value compares as its trimmed text', () => {
    same(identityKey('decimal', undefined, ' x '), text('string', 'x'));
    same(identityKey('decimal', null, ' x '), text('string', 'x'));
    expect(shownValue(identityKey('double', undefined, ' 1 '))).toBe('1');
    expect(shownValue(identityKey('double', null, ' 1 '))).toBe('1');
  });
});
