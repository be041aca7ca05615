/**
 * Simple types: built-in lexical spaces (exact integer ranges beyond 2^53, strict dates), facets,
 * enumerations (value-space equality for numbers), lists and unions, and coercion.
 */
import { describe, expect, it } from 'vitest';
import type { SimpleModel } from '../../../../runtime/schema-model.js';
import { compileSimple } from '../../../../runtime/xml/simple-checker.js';

const cases: [string, SimpleModel, string, boolean, unknown?][] = [
  ['boolean true', { b: 'boolean' }, ' true ', true, true],
  ['boolean 0', { b: 'boolean' }, '0', true, false],
  ['boolean yes', { b: 'boolean' }, 'yes', false],
  ['long max', { b: 'long' }, '9223372036854775807', true, '9223372036854775807'],
  ['long max+1', { b: 'long' }, '9223372036854775808', false],
  ['long min', { b: 'long' }, '-9223372036854775808', true],
  ['unsignedLong max', { b: 'unsignedLong' }, '18446744073709551615', true],
  ['unsignedLong negative', { b: 'unsignedLong' }, '-1', false],
  ['unsignedByte 256', { b: 'unsignedByte' }, '256', false],
  ['byte -128', { b: 'byte' }, '-128', true, -128],
  ['short 32768', { b: 'short' }, '32768', false],
  ['positiveInteger 0', { b: 'positiveInteger' }, '0', false],
  ['nonNegativeInteger +0', { b: 'nonNegativeInteger' }, '+0', true, '+0'],
  ['negativeInteger -1', { b: 'negativeInteger' }, '-1', true],
  ['integer with a dot', { b: 'integer' }, '1.0', false],
  ['decimal .5', { b: 'decimal' }, '.5', true, '.5'],
  ['decimal 1e3', { b: 'decimal' }, '1e3', false],
  ['double INF', { b: 'double' }, 'INF', true, Number.POSITIVE_INFINITY],
  ['double 1.5E-3', { b: 'double' }, '1.5E-3', true, 0.0015],
  ['float inf', { b: 'float' }, 'inf', false],
  ['date', { b: 'date' }, '2024-02-29', true, '2024-02-29'],
  ['date 2023-02-29', { b: 'date' }, '2023-02-29', false],
  ['date with zone', { b: 'date' }, '2024-01-01+05:30', true],
  ['dateTime 24:00', { b: 'dateTime' }, '2024-01-01T24:00:00Z', true],
  ['dateTime 24:00:01', { b: 'dateTime' }, '2024-01-01T24:00:01Z', false],
  ['dateTime two-digit year', { b: 'dateTime' }, '24-01-01T00:00:00Z', false],
  ['time', { b: 'time' }, '13:20:00.5-05:00', true],
  ['duration', { b: 'duration' }, 'P1Y2M3DT4H5M6.7S', true],
  ['duration P', { b: 'duration' }, 'P', false],
  ['duration PT', { b: 'duration' }, 'P1DT', false],
  ['hexBinary odd', { b: 'hexBinary' }, 'abc', false],
  ['base64Binary', { b: 'base64Binary' }, 'aGVs bG8=', true],
  ['base64Binary bad padding', { b: 'base64Binary' }, 'aGVsbG8', false],
  ['NMTOKEN with space', { b: 'NMTOKEN' }, 'a b', false],
  ['NMTOKENS', { b: 'NMTOKENS' }, ' a  b ', true, 'a b'],
  ['NCName with colon', { b: 'NCName' }, 'a:b', false],
  ['QName', { b: 'QName' }, 'xs:string', true],
  ['ID starting with a digit', { b: 'ID' }, '1abc', false],
  ['language', { b: 'language' }, 'en-US', true],
  ['string preserved', { b: 'string' }, ' a  b ', true, ' a  b '],
  // Collapse types are checked on the raw value first; whitespace is normalized only when that fails.
  ['int with surrounding whitespace', { b: 'int' }, '\n 12\t', true, 12],
  ['long with inner space', { b: 'long' }, '1 2', false],
  ['dateTime with a trailing newline', { b: 'dateTime' }, '2024-01-01T00:00:00Z\n', true, '2024-01-01T00:00:00Z'],
  ['enum on token-like NMTOKEN after collapse', { b: 'NMTOKEN', enum: ['ON'] }, ' ON ', true, 'ON'],
  ['pattern on a collapsed integer', { b: 'integer', facets: { patterns: ['\\d{3}'] } }, ' 123 ', true, '123'],
  ['maxLength on collapsed hexBinary', { b: 'hexBinary', facets: { maxLength: 1 } }, ' ab ', true],
  ['base64 with whitespace inside', { b: 'base64Binary', facets: { length: 3 } }, 'YW Jj', true],
  ['token collapsed', { b: 'token' }, ' a \n b ', true, 'a b'],
  ['enum', { b: 'string', enum: ['A', 'B'] }, 'C', false],
  ['enum on integer by value', { b: 'integer', enum: ['1', '2'] }, '01', true],
  ['pattern', { b: 'string', facets: { patterns: ['[A-Z]{3}-\\d+'] } }, 'CVE-1', true],
  ['pattern mismatch', { b: 'string', facets: { patterns: ['[A-Z]{3}-\\d+'] } }, 'cve-1', false],
  ['length counts code points', { b: 'string', facets: { length: 2 } }, '😀é', true],
  ['minLength', { b: 'string', facets: { minLength: 2 } }, 'a', false],
  ['maxLength on hexBinary bytes', { b: 'hexBinary', facets: { maxLength: 1 } }, 'abcd', false],
  [
    'maxExclusive exact beyond 2^53',
    { b: 'long', facets: { maxExclusive: '9007199254740993' } },
    '9007199254740992',
    true,
  ],
  [
    'maxExclusive exact at the bound',
    { b: 'long', facets: { maxExclusive: '9007199254740993' } },
    '9007199254740993',
    false,
  ],
  ['minExclusive decimal', { b: 'decimal', facets: { minExclusive: '0.1' } }, '0.10', false],
  ['totalDigits', { b: 'decimal', facets: { totalDigits: 4 } }, '123.45', false],
  ['totalDigits ignores trailing zeros', { b: 'decimal', facets: { totalDigits: 4 } }, '123.400', true],
  ['float bound', { b: 'double', facets: { maxInclusive: '1.5' } }, '1.6', false],
  ['date bound', { b: 'date', facets: { minInclusive: '2020-01-01' } }, '2019-12-31', false],
  ['list of int', { b: 'string', list: { b: 'int' } }, ' 1 2\n3 ', true, [1, 2, 3]],
  ['list with a bad item', { b: 'string', list: { b: 'int' } }, '1 x', false],
  ['list length', { b: 'string', list: { b: 'int' }, facets: { maxLength: 2 } }, '1 2 3', false],
  ['union int|enum', { b: 'string', union: [{ b: 'int' }, { b: 'string', enum: ['N/A'] }] }, '42', true, 42],
  ['union second member', { b: 'string', union: [{ b: 'int' }, { b: 'string', enum: ['N/A'] }] }, 'N/A', true, 'N/A'],
  ['union none', { b: 'string', union: [{ b: 'int' }, { b: 'string', enum: ['N/A'] }] }, 'x', false],
  [
    'whiteSpace facet replace',
    { b: 'string', facets: { whiteSpace: 'replace', patterns: ['a b'] } },
    'a\tb',
    true,
    'a b',
  ],
];

describe('compileSimple', () => {
  it.each(cases)('%s', (_name, model, raw, valid, coerced) => {
    const c = compileSimple(model);
    expect(c.check(raw) === undefined).toBe(valid);
    if (valid && coerced !== undefined) expect(c.coerce(raw)).toEqual(coerced);
  });

  it('compiles a model once', () => {
    const m: SimpleModel = { b: 'int' };
    expect(compileSimple(m)).toBe(compileSimple(m));
  });
});
