/**
 * Lexical spaces of the XSD 1.0 calendar types (Part 2 §3.2.7-3.2.14): for each type, forms just
 * inside and just outside — years of four digits or more without leading zeros beyond four, no
 * year 0000, BCE years; months 01-12 and the days of each month (leap years by the Gregorian rule,
 * a BCE year `-y` leaping when `y` does, as the module documents); `24:00:00` only with zero
 * minutes and seconds; fractional seconds; timezones `Z` and `±hh:mm` within ±14:00.
 */
import { describe, expect, it } from 'vitest';
import {
  type CalendarBuiltin,
  checkDateTimeLexical,
  isCalendarBuiltin,
  parseCalendar,
} from '../../../../runtime/xml/date-time-lexical.js';

const ok = (b: CalendarBuiltin, v: string) => checkDateTimeLexical(b, v) === undefined;

describe('isCalendarBuiltin', () => {
  it.each(['dateTime', 'date', 'time', 'gYearMonth', 'gYear', 'gMonthDay', 'gDay', 'gMonth'])('accepts %s', (b) => {
    expect(isCalendarBuiltin(b)).toBe(true);
  });
  it.each(['duration', 'string', 'datetime', ''])('refuses %j', (b) => {
    expect(isCalendarBuiltin(b)).toBe(false);
  });
});

describe('years', () => {
  it.each([
    ['2000-01-01', true],
    ['0001-01-01', true],
    ['-0001-01-01', true],
    ['12345-01-01', true],
    ['-12345-01-01', true],
    ['0000-01-01', false],
    ['-0000-01-01', false],
    ['01234-01-01', false],
    ['00001-01-01', false],
    ['999-01-01', false],
    ['+2000-01-01', false],
    ['--2000-01-01', false],
    ['20a0-01-01', false],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });
  it.each([
    ['0001', true],
    ['9999', true],
    ['10000', true],
    ['-0001Z', true],
    ['0000', false],
    ['00000', false],
    ['010000', false],
    ['200', false],
    ['2000-', false],
    [' 2000', false],
    ['2000 ', false],
  ])('gYear %s -> %s', (v, want) => {
    expect(ok('gYear', v)).toBe(want);
  });
});

describe('months and days', () => {
  it.each([
    ['2001-01-31', true],
    ['2001-02-28', true],
    ['2001-02-29', false],
    ['2001-03-31', true],
    ['2001-04-30', true],
    ['2001-04-31', false],
    ['2001-05-31', true],
    ['2001-06-30', true],
    ['2001-06-31', false],
    ['2001-07-31', true],
    ['2001-08-31', true],
    ['2001-09-30', true],
    ['2001-09-31', false],
    ['2001-10-31', true],
    ['2001-11-30', true],
    ['2001-11-31', false],
    ['2001-12-31', true],
    ['2001-12-32', false],
    ['2001-01-32', false],
    ['2001-03-32', false],
    ['2001-01-00', false],
    ['2001-00-01', false],
    ['2001-13-01', false],
    ['2001-1-01', false],
    ['2001-01-1', false],
    ['2001-001-01', false],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });

  it.each([
    ['2004-02-29', true],
    ['2000-02-29', true],
    ['1600-02-29', true],
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['2003-02-29', false],
    ['2002-02-29', false],
    ['-0002-02-29', false],
    ['2004-02-30', false],
    ['-0004-02-29', true],
    ['-0400-02-29', true],
    ['-0001-02-29', false],
    ['-0100-02-29', false],
    ['-0003-02-29', false],
    ['10000-02-29', true],
    ['10100-02-29', false],
    // beyond 2^53 the leap rule must still see every digit
    ['9007199254740993-02-29', false],
    ['9007199254740996-02-29', true],
    ['10000000000000001-02-29', false],
    ['10000000000000002-02-29', false],
    ['10000000000000004-02-29', true],
    ['10000000000000100-02-29', false],
    ['10000000000000400-02-29', true],
    ['-10000000000000001-02-29', false],
    ['-10000000000000004-02-29', true],
  ])('leap years: date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });
});

describe('times of day', () => {
  it.each([
    ['00:00:00', true],
    ['23:59:59', true],
    ['24:00:00', true],
    ['24:00:00.000', true],
    ['24:00:00Z', true],
    ['24:00:01', false],
    ['24:01:00', false],
    ['24:00:00.001', false],
    ['24:00:00.5', false],
    ['25:00:00', false],
    ['23:60:00', false],
    ['23:00:60', false],
    ['12:00:00.5', true],
    ['12:00:00.123456789012', true],
    ['12:00:00.', false],
    ['12:00:00,5', false],
    ['12:00', false],
    ['1:00:00', false],
    ['12:0:00', false],
    ['12:00:0', false],
    ['120000', false],
    ['T12:00:00', false],
  ])('time %s -> %s', (v, want) => {
    expect(ok('time', v)).toBe(want);
  });

  it.each([
    ['2000-01-01T00:00:00', true],
    ['2000-01-01T24:00:00', true],
    ['2000-12-31T24:00:00Z', true],
    ['2000-01-01T24:00:01', false],
    ['2000-01-01T24:00:00.1', false],
    ['2000-01-01T23:59:60', false],
    ['2000-01-01T23:60:59', false],
    ['2000-01-01T12:00:00.5-05:00', true],
    ['2000-01-01 12:00:00', false],
    ['2000-01-01', false],
    ['2000-02-30T00:00:00', false],
    ['2000-01-01T12:00:00.', false],
    ['2000-01-01T12:00', false],
  ])('dateTime %s -> %s', (v, want) => {
    expect(ok('dateTime', v)).toBe(want);
  });
});

describe('timezones', () => {
  it.each([
    ['Z', true],
    ['+00:00', true],
    ['-00:00', true],
    ['+14:00', true],
    ['-14:00', true],
    ['+13:59', true],
    ['-13:59', true],
    ['+14:01', false],
    ['-14:01', false],
    ['+15:00', false],
    ['-15:00', false],
    ['+05:60', false],
    ['+05:59', true],
    ['+5:00', false],
    ['+0500', false],
    ['+05', false],
    ['z', false],
    ['ZZ', false],
    ['05:00', false],
  ])('time 12:00:00%s -> %s', (tz, want) => {
    expect(ok('time', `12:00:00${tz}`)).toBe(want);
    expect(ok('dateTime', `2000-01-01T12:00:00${tz}`)).toBe(want);
    expect(ok('date', `2000-01-01${tz}`)).toBe(want);
    expect(ok('gYear', `2000${tz}`)).toBe(want);
    expect(ok('gYearMonth', `2000-01${tz}`)).toBe(want);
    expect(ok('gMonthDay', `--01-01${tz}`)).toBe(want);
    expect(ok('gDay', `---01${tz}`)).toBe(want);
    expect(ok('gMonth', `--01${tz}`)).toBe(want);
  });
});

describe('Gregorian fragments', () => {
  it.each<[CalendarBuiltin, string, boolean]>([
    ['gYearMonth', '2000-01', true],
    ['gYearMonth', '2000-12', true],
    ['gYearMonth', '-0001-12', true],
    ['gYearMonth', '2000-00', false],
    ['gYearMonth', '2000-13', false],
    ['gYearMonth', '0000-01', false],
    ['gYearMonth', '2000-01-01', false],
    ['gYearMonth', '2000-1', false],
    ['gMonthDay', '--02-29', true],
    ['gMonthDay', '--02-30', false],
    ['gMonthDay', '--01-31', true],
    ['gMonthDay', '--04-30', true],
    ['gMonthDay', '--04-31', false],
    ['gMonthDay', '--06-31', false],
    ['gMonthDay', '--09-31', false],
    ['gMonthDay', '--11-31', false],
    ['gMonthDay', '--12-31', true],
    ['gMonthDay', '--12-32', false],
    ['gMonthDay', '--00-01', false],
    ['gMonthDay', '--13-01', false],
    ['gMonthDay', '--01-00', false],
    ['gMonthDay', '-01-01', false],
    ['gMonthDay', '---01-01', false],
    ['gDay', '---01', true],
    ['gDay', '---31', true],
    ['gDay', '---00', false],
    ['gDay', '---32', false],
    ['gDay', '--05', false],
    ['gDay', '---5', false],
    ['gDay', '----05', false],
    ['gMonth', '--05', true],
    ['gMonth', '--12', true],
    ['gMonth', '--01', true],
    ['gMonth', '--00', false],
    ['gMonth', '--13', false],
    ['gMonth', '--05--', false],
    ['gMonth', '-05', false],
    ['gMonth', '---05', false],
    ['gMonth', '--5', false],
  ])('%s %s -> %s', (b, v, want) => {
    expect(ok(b, v)).toBe(want);
  });

  it('does not take one type for another', () => {
    expect(ok('gYear', '2000-01')).toBe(false);
    expect(ok('date', '2000-01-01T00:00:00')).toBe(false);
    expect(ok('time', '2000-01-01T00:00:00')).toBe(false);
    expect(ok('gMonth', '--01-01')).toBe(false);
  });
});

describe('checkDateTimeLexical messages', () => {
  it('names the type and its shape', () => {
    expect(checkDateTimeLexical('dateTime', 'x')).toBe('not a valid xs:dateTime (YYYY-MM-DDThh:mm:ss[.s][Z|±hh:mm])');
    expect(checkDateTimeLexical('date', 'x')).toBe('not a valid xs:date (YYYY-MM-DD[Z|±hh:mm])');
    expect(checkDateTimeLexical('time', 'x')).toBe('not a valid xs:time (hh:mm:ss[.s][Z|±hh:mm])');
    expect(checkDateTimeLexical('gYearMonth', 'x')).toBe('not a valid xs:gYearMonth (YYYY-MM[Z|±hh:mm])');
    expect(checkDateTimeLexical('gYear', 'x')).toBe('not a valid xs:gYear (YYYY[Z|±hh:mm])');
    expect(checkDateTimeLexical('gMonthDay', 'x')).toBe('not a valid xs:gMonthDay (--MM-DD[Z|±hh:mm])');
    expect(checkDateTimeLexical('gDay', 'x')).toBe('not a valid xs:gDay (---DD[Z|±hh:mm])');
    expect(checkDateTimeLexical('gMonth', 'x')).toBe('not a valid xs:gMonth (--MM[Z|±hh:mm])');
  });
});

describe('parseCalendar fields', () => {
  it('reads every field of a dateTime', () => {
    expect(parseCalendar('dateTime', '2000-01-02T03:04:05.678+05:30')).toEqual({
      year: 2000n,
      month: 1,
      day: 2,
      hour: 3,
      minute: 4,
      second: 5,
      frac: '678',
      tz: 330,
    });
    expect(parseCalendar('dateTime', '-12345-11-30T23:59:59.1000-14:00')).toEqual({
      year: -12345n,
      month: 11,
      day: 30,
      hour: 23,
      minute: 59,
      second: 59,
      frac: '1',
      tz: -840,
    });
  });

  it('keeps 24:00:00 as written, drops an all-zero fraction, and has no timezone without one', () => {
    expect(parseCalendar('dateTime', '1999-12-31T24:00:00.000')).toEqual({
      year: 1999n,
      month: 12,
      day: 31,
      hour: 24,
      minute: 0,
      second: 0,
      frac: '',
      tz: undefined,
    });
    expect(parseCalendar('dateTime', '2000-01-01T00:00:00.0500Z')?.frac).toBe('05');
    expect(parseCalendar('dateTime', '2000-01-01T00:00:00Z')?.tz).toBe(0);
    expect(parseCalendar('dateTime', '2000-01-01T00:00:00+00:45')?.tz).toBe(45);
    expect(parseCalendar('dateTime', '2000-01-01T00:00:00-10:15')?.tz).toBe(-615);
    const negZero = parseCalendar('time', '00:00:00-00:00')?.tz;
    expect(negZero === 0).toBe(true);
  });

  it('gives a date midnight and no fraction', () => {
    expect(parseCalendar('date', '-0004-02-29Z')).toEqual({
      year: -4n,
      month: 2,
      day: 29,
      hour: 0,
      minute: 0,
      second: 0,
      frac: '',
      tz: 0,
    });
  });

  it('places a time on the reference day 1972-12-31', () => {
    expect(parseCalendar('time', '13:20:30.25-01:00')).toEqual({
      year: 1972n,
      month: 12,
      day: 31,
      hour: 13,
      minute: 20,
      second: 30,
      frac: '25',
      tz: -60,
    });
  });

  it('fills the fields a fragment lacks: January 1 for year forms, 1972 and December otherwise', () => {
    const zero = { hour: 0, minute: 0, second: 0, frac: '' };
    expect(parseCalendar('gYear', '2010')).toEqual({ year: 2010n, month: 1, day: 1, ...zero, tz: undefined });
    expect(parseCalendar('gYearMonth', '2010-07+01:00')).toEqual({ year: 2010n, month: 7, day: 1, ...zero, tz: 60 });
    expect(parseCalendar('gMonthDay', '--02-29')).toEqual({ year: 1972n, month: 2, day: 29, ...zero, tz: undefined });
    expect(parseCalendar('gDay', '---15Z')).toEqual({ year: 1972n, month: 12, day: 15, ...zero, tz: 0 });
    expect(parseCalendar('gMonth', '--05')).toEqual({ year: 1972n, month: 5, day: 1, ...zero, tz: undefined });
  });

  it('is undefined exactly where the lexical check fails', () => {
    expect(parseCalendar('date', '2001-02-29')).toBeUndefined();
    expect(parseCalendar('time', '24:00:01')).toBeUndefined();
    expect(parseCalendar('gYear', '2000+14:01')).toBeUndefined();
    expect(parseCalendar('gMonth', '--13')).toBeUndefined();
    expect(parseCalendar('gYear', '0000')).toBeUndefined();
  });
});

describe('leap years of any length and sign (read from the last four digits)', () => {
  it.each([
    ['-0004-02-29', true],
    ['-0100-02-29', false],
    ['-0400-02-29', true],
    ['-0001-02-29', false],
    ['12000-02-29', true],
    ['10100-02-29', false],
    ['10104-02-29', true],
    ['12345678901234567896-02-29', true],
    ['12345678901234567900-02-29', false],
    ['12345678901234568000-02-29', true],
    ['-12345678901234568000-02-29', true],
    ['-12345678901234567901-02-29', false],
  ])('%s: %s', (v, valid) => {
    expect(ok('date', v)).toBe(valid);
    expect(ok('dateTime', `${v}T00:00:00`)).toBe(valid);
    expect(ok('date', v.replace(/-29$/, '-28'))).toBe(true);
  });
});

describe('the message names the type and its shape', () => {
  it.each([
    ['dateTime', 'YYYY-MM-DDThh:mm:ss[.s][Z|±hh:mm]'],
    ['date', 'YYYY-MM-DD[Z|±hh:mm]'],
    ['time', 'hh:mm:ss[.s][Z|±hh:mm]'],
    ['gYearMonth', 'YYYY-MM[Z|±hh:mm]'],
    ['gYear', 'YYYY[Z|±hh:mm]'],
    ['gMonthDay', '--MM-DD[Z|±hh:mm]'],
    ['gDay', '---DD[Z|±hh:mm]'],
    ['gMonth', '--MM[Z|±hh:mm]'],
  ] as const)('%s', (b, shape) => {
    expect(checkDateTimeLexical(b, 'x')).toBe(`not a valid xs:${b} (${shape})`);
  });
});
