/**
 * The lexical space of xs:duration (XSD 1.0 Part 2 §3.2.6.1): `-?PnYnMnDTnHnMnS`, designators in
 * that order, at least one number-and-designator, `T` only before a time item, unsigned integers
 * except seconds, whose fraction needs at least one digit after the point; and its value as
 * months plus (scaled) seconds.
 */
import { describe, expect, it } from 'vitest';
import { checkDateTimeLexical, parseDuration } from '../../../../runtime/xml/date-time-lexical.js';

const ok = (v: string) => checkDateTimeLexical('duration', v) === undefined;

describe('duration lexical space', () => {
  it.each([
    'P1Y2M3DT4H5M6.7S',
    '-P1D',
    'P1Y',
    'P1M',
    'P1D',
    'PT1H',
    'PT1M',
    'PT1S',
    'PT0S',
    'P0Y',
    'PT0.5S',
    'P0D',
    'P1Y2M',
    'P1YT1S',
    'P1MT1M',
    'PT1H1S',
    'P123456789012345678901234567890Y',
    '-PT0.000001S',
    'PT36H',
    'P13M',
  ])('accepts %s', (v) => {
    expect(ok(v)).toBe(true);
    expect(parseDuration(v)).toBeDefined();
  });

  it.each([
    'P',
    '-P',
    'PT',
    '-PT',
    'P1DT',
    'P1YT',
    'T1H',
    '1D',
    '',
    '+P1D',
    'P-1D',
    'P1.5Y',
    'P1.5M',
    'P1.5D',
    'PT1.5H',
    'PT1.5M',
    'PT1.S',
    'PT.5S',
    'P1D1Y',
    'P1M1Y',
    'P1D1M',
    'PT1S1M',
    'PT1M1H',
    'PT1S1H',
    'P1H',
    'P1S',
    'PT1D',
    'PT1Y',
    'P1Y1Y',
    'PT1H1H',
    'P1YT1H1D',
    'p1D',
    'P1d',
    'P 1D',
    'P1D ',
    ' P1D',
    'PTS',
    'PY',
    'P1W',
    '--P1D',
    'P1,5S',
    'PT1,5S',
  ])('refuses %j', (v) => {
    expect(ok(v)).toBe(false);
    expect(parseDuration(v)).toBeUndefined();
  });

  it('reports a refused duration with its shape', () => {
    expect(checkDateTimeLexical('duration', 'P')).toBe('not a valid xs:duration (PnYnMnDTnHnMnS)');
    expect(checkDateTimeLexical('duration', 'P1D')).toBeUndefined();
  });
});

describe('parseDuration values', () => {
  it('reads every field: months from years and months, seconds from days to seconds', () => {
    // 14 months; ((3 * 24 + 4) * 60 + 5) * 60 + 6.7 = 273906.7 s
    expect(parseDuration('P1Y2M3DT4H5M6.7S')).toEqual({ months: 14n, seconds: 2739067n, scale: 1 });
  });

  it('negates both parts of a negative duration', () => {
    expect(parseDuration('-P1D')).toEqual({ months: 0n, seconds: -86400n, scale: 0 });
    expect(parseDuration('-P2Y3M')).toEqual({ months: -27n, seconds: 0n, scale: 0 });
    expect(parseDuration('-P1MT1.25S')).toEqual({ months: -1n, seconds: -125n, scale: 2 });
  });

  it('tells M before T (months) from M after T (minutes)', () => {
    expect(parseDuration('P1M')).toEqual({ months: 1n, seconds: 0n, scale: 0 });
    expect(parseDuration('PT1M')).toEqual({ months: 0n, seconds: 60n, scale: 0 });
    expect(parseDuration('P1MT1M')).toEqual({ months: 1n, seconds: 60n, scale: 0 });
  });

  it('converts each unit on its own', () => {
    expect(parseDuration('P1Y')).toEqual({ months: 12n, seconds: 0n, scale: 0 });
    expect(parseDuration('P1D')).toEqual({ months: 0n, seconds: 86400n, scale: 0 });
    expect(parseDuration('PT1H')).toEqual({ months: 0n, seconds: 3600n, scale: 0 });
    expect(parseDuration('PT1S')).toEqual({ months: 0n, seconds: 1n, scale: 0 });
    expect(parseDuration('PT2H3S')).toEqual({ months: 0n, seconds: 7203n, scale: 0 });
  });

  it('drops trailing zeros of the fraction and scales by the digits left', () => {
    expect(parseDuration('PT1.500S')).toEqual({ months: 0n, seconds: 15n, scale: 1 });
    expect(parseDuration('PT0.000S')).toEqual({ months: 0n, seconds: 0n, scale: 0 });
    expect(parseDuration('PT2.05S')).toEqual({ months: 0n, seconds: 205n, scale: 2 });
    expect(parseDuration('PT0.001S')).toEqual({ months: 0n, seconds: 1n, scale: 3 });
    expect(parseDuration('P1DT0.5S')).toEqual({ months: 0n, seconds: 864005n, scale: 1 });
  });

  it('keeps integers beyond 2^53 exact', () => {
    expect(parseDuration('P9007199254740993Y')).toEqual({ months: 108086391056891916n, seconds: 0n, scale: 0 });
    expect(parseDuration('PT9007199254740993S')).toEqual({ months: 0n, seconds: 9007199254740993n, scale: 0 });
  });

  it('gives equal values to equal durations written differently', () => {
    expect(parseDuration('P1Y')).toEqual(parseDuration('P12M'));
    expect(parseDuration('P1D')).toEqual(parseDuration('PT24H'));
    expect(parseDuration('PT1H')).toEqual(parseDuration('PT60M'));
    expect(parseDuration('PT1.0S')).toEqual(parseDuration('PT1S'));
  });
});
