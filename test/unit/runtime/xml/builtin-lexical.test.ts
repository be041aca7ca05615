/**
 * Lexical spaces of the XSD 1.0 numeric and boolean built-ins (Part 2 §3.2.2 boolean, §3.2.3
 * decimal, §3.2.4/§3.2.5 float/double, §3.3.13–§3.3.25 the integer family with their exact
 * minInclusive/maxInclusive), checked both through checkBuiltinLexical and through the checker
 * lexicalCheckerFor picks once per type (which takes a separate fast path for short integers).
 * Values arrive already whitespace-normalised, so whitespace only appears inside them.
 */
import { describe, expect, it } from 'vitest';
import { isDecimalBuiltin, isIntegerBuiltin } from '../../../../runtime/xml/builtin-lexical.js';
import { both } from './lexical-both.js';

/** [type, min, max] from XSD 1.0 Part 2 §3.3 (undefined: unbounded on that side). */
const BOUNDED: ReadonlyArray<readonly [string, bigint | undefined, bigint | undefined]> = [
  ['long', -9223372036854775808n, 9223372036854775807n],
  ['int', -2147483648n, 2147483647n],
  ['short', -32768n, 32767n],
  ['byte', -128n, 127n],
  ['nonNegativeInteger', 0n, undefined],
  ['positiveInteger', 1n, undefined],
  ['nonPositiveInteger', undefined, 0n],
  ['negativeInteger', undefined, -1n],
  ['unsignedLong', 0n, 18446744073709551615n],
  ['unsignedInt', 0n, 4294967295n],
  ['unsignedShort', 0n, 65535n],
  ['unsignedByte', 0n, 255n],
];

const INTEGER_TYPES = ['integer', ...BOUNDED.map(([b]) => b)];

describe('isIntegerBuiltin / isDecimalBuiltin', () => {
  it.each(INTEGER_TYPES)('%s is an integer built-in, ordered as a decimal', (b) => {
    expect(isIntegerBuiltin(b)).toBe(true);
    expect(isDecimalBuiltin(b)).toBe(true);
  });

  it('decimal is ordered as a decimal but is not an integer type', () => {
    expect(isIntegerBuiltin('decimal')).toBe(false);
    expect(isDecimalBuiltin('decimal')).toBe(true);
  });

  it.each(['float', 'double', 'string', 'boolean', 'token', 'Integer', ''])('%s is neither', (b) => {
    expect(isIntegerBuiltin(b)).toBe(false);
    expect(isDecimalBuiltin(b)).toBe(false);
  });
});

describe('integer family: bounds', () => {
  for (const [b, min, max] of BOUNDED) {
    const out = `out of range for xs:${b}`;
    if (min !== undefined) {
      it(`${b}: ${min} is in range, ${min - 1n} is not`, () => {
        expect(both(b, String(min))).toBeUndefined();
        expect(both(b, String(min - 1n))).toBe(out);
      });
    } else {
      it(`${b}: no lower bound (a 40-digit negative value)`, () => {
        expect(both(b, `-${'9'.repeat(40)}`)).toBeUndefined();
        expect(both(b, '-123')).toBeUndefined();
      });
    }
    if (max !== undefined) {
      it(`${b}: ${max} is in range, ${max + 1n} is not`, () => {
        expect(both(b, String(max))).toBeUndefined();
        expect(both(b, String(max + 1n))).toBe(out);
      });
    } else {
      it(`${b}: no upper bound (a 40-digit value)`, () => {
        expect(both(b, '9'.repeat(40))).toBeUndefined();
        expect(both(b, '123')).toBeUndefined();
      });
    }
  }

  it.each([
    // Leading zeros and a sign make long literals of small values: compared by value.
    ['byte', '0000000000000000000127', undefined],
    ['byte', '0000000000000000000128', 'out of range for xs:byte'],
    ['byte', '-000000000000000000128', undefined],
    ['byte', '-000000000000000000129', 'out of range for xs:byte'],
    ['byte', '+000000000000000000127', undefined],
    ['unsignedByte', '+00000000000000000000255', undefined],
    ['unsignedByte', '000000000000000000000256', 'out of range for xs:unsignedByte'],
    ['int', '000000000000002147483648', 'out of range for xs:int'],
    ['int', '-00000000000002147483648', undefined],
    ['long', '+9223372036854775807', undefined],
    ['long', '-9223372036854775809', 'out of range for xs:long'],
    ['long', '18446744073709551616', 'out of range for xs:long'],
    ['long', '9223372036854775808000', 'out of range for xs:long'],
    ['unsignedLong', '-1', 'out of range for xs:unsignedLong'],
    ['unsignedLong', '00000000000000000018446744073709551615', undefined],
    ['unsignedInt', '-0', undefined],
    ['nonNegativeInteger', '-0', undefined],
    ['nonNegativeInteger', '-1', 'out of range for xs:nonNegativeInteger'],
    ['nonPositiveInteger', '+0', undefined],
    ['nonPositiveInteger', '1', 'out of range for xs:nonPositiveInteger'],
    ['positiveInteger', '-0', 'out of range for xs:positiveInteger'],
    ['positiveInteger', '0000000000000000000001', undefined],
    ['positiveInteger', '0000000000000000000000', 'out of range for xs:positiveInteger'],
    ['negativeInteger', '-0', 'out of range for xs:negativeInteger'],
    ['negativeInteger', '-0000000000000000000001', undefined],
    ['negativeInteger', '+0000000000000000000000', 'out of range for xs:negativeInteger'],
    // 15 characters (the double path) and 16 (the BigInt path) around the short bounds.
    ['short', '000000000032767', undefined],
    ['short', '000000000032768', 'out of range for xs:short'],
    ['short', '0000000000032768', 'out of range for xs:short'],
    ['short', '-000000000032768', undefined],
  ])('%s %s', (b, v, expected) => {
    expect(both(b, v)).toBe(expected);
  });
});

describe('integer family: lexical form', () => {
  const good = ['0', '1', '+1', '-1', '+0', '-0', '007', '1234567890', '-42'];
  const bad = ['', '+', '-', '+-1', '--1', '1.0', '1.', '.1', '1e3', '1 2', 'x1', '1x', 'a', ' ', '١', '0x1F'];

  it.each(INTEGER_TYPES)('%s: lexical forms (sign, digits) accepted and refused', (b) => {
    // Well-formed literals may still be out of range for the bounded types, never malformed.
    for (const v of good) expect(both(b, v), `${b} '${v}'`).not.toBe(`not a valid xs:${b}`);
    for (const v of bad) expect(both(b, v), `${b} '${v}'`).toBe(`not a valid xs:${b}`);
  });

  it.each(good)('integer accepts %s', (v) => {
    expect(both('integer', v)).toBeUndefined();
  });

  it.each([
    ['positiveInteger', '+1'],
    ['negativeInteger', '-1'],
    ['nonNegativeInteger', '+0'],
    ['unsignedShort', '+65535'],
    ['short', '-32768'],
    ['int', '+2147483647'],
  ])('%s accepts the signed literal %s', (b, v) => {
    expect(both(b, v)).toBeUndefined();
  });

  it('integer takes any size, in both signs', () => {
    expect(both('integer', '9'.repeat(60))).toBeUndefined();
    expect(both('integer', `-${'9'.repeat(60)}`)).toBeUndefined();
    expect(both('integer', `+${'1'.repeat(60)}`)).toBeUndefined();
    expect(both('integer', `${'1'.repeat(60)}x`)).toBe('not a valid xs:integer');
  });

  it('a long literal that is not an integer is refused as such, not as out of range', () => {
    expect(both('byte', `${'1'.repeat(30)}.5`)).toBe('not a valid xs:byte');
    expect(both('long', `${'9'.repeat(30)} 1`)).toBe('not a valid xs:long');
  });
});

describe('boolean', () => {
  it.each(['true', 'false', '1', '0'])('%s is a boolean', (v) => {
    expect(both('boolean', v)).toBeUndefined();
  });

  it.each([
    '',
    'TRUE',
    'True',
    'FALSE',
    'yes',
    'no',
    't',
    'f',
    '01',
    '10',
    '2',
    '-1',
    '+1',
    'true false',
    'truefalse',
    'xtrue',
    'truex',
    'xfalse',
    'falsex',
    'x1',
    '1x',
    'x0',
    '0x',
  ])("'%s' is not", (v) => {
    expect(both('boolean', v)).toBe('not a valid xs:boolean (true, false, 1, 0)');
  });
});

describe('decimal', () => {
  it.each(['0', '1', '+1', '-1', '12.5', '1.25', '.5', '.55', '+.5', '-.5', '5.', '55.', '+5.', '-0.0', '007.500'])(
    '%s is a decimal',
    (v) => {
      expect(both('decimal', v)).toBeUndefined();
    },
  );

  it.each([
    '',
    '.',
    '+',
    '-',
    '+.',
    '-.',
    '+-1',
    '1.2.3',
    '1e3',
    '1E3',
    'INF',
    'NaN',
    '1,5',
    '1 2',
    '1. 5',
    'x1',
    '1x',
    'x.5',
    '.5x',
    '..5',
  ])("'%s' is not", (v) => {
    expect(both('decimal', v)).toBe('not a valid xs:decimal');
  });
});

describe('float / double (and number)', () => {
  const good = [
    '0',
    '1',
    '+1',
    '-1',
    '12.5',
    '1.25',
    '.5',
    '.55',
    '-.5',
    '5.',
    '1e3',
    '1E3',
    '1e+3',
    '1e-3',
    '1e10',
    '-1.5E-10',
    '.5e1',
    '5.e1',
    '+12.75E+12',
    'INF',
    '-INF',
    'NaN',
  ];
  const bad = [
    '',
    '.',
    '+',
    '-',
    '+INF',
    'inf',
    'Inf',
    'Infinity',
    '-Infinity',
    'nan',
    'NAN',
    '-NaN',
    '+NaN',
    'IN',
    '-IN',
    'e3',
    '1e',
    '1e+',
    '1e3.5',
    '1ee3',
    '.e1',
    '1 e3',
    '1e 3',
    '0x10',
    '1,5',
    '1.2.3',
    'x1',
    '1x',
    'xNaN',
    'NaNx',
    'xINF',
    'INFx',
    '-INFx',
    '1f',
    '1d',
  ];

  for (const b of ['float', 'double', 'number']) {
    it.each(good)(`%s is a valid ${b}`, (v) => {
      expect(both(b, v)).toBeUndefined();
    });
    it.each(bad)(`'%s' is not a valid ${b}`, (v) => {
      expect(both(b, v)).toBe(`not a valid xs:${b}`);
    });
  }
});
