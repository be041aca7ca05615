/**
 * Edges of the XSD 1.0 calendar and duration lexical checks (date-time-lexical.ts) that the main
 * tests leave open: the Gregorian leap rule for centuries and for years of 16 digits or more
 * (beyond exact doubles), the 30-day months, month and day 00, timezone minutes 59/60, `24:00:00`
 * with a zero or non-zero fraction, hours/minutes/seconds just out of range, the messages naming
 * each type's form, durations with several year digits or text before the `P`, and the fields a
 * fragment lacks (reference year 1972, December, day 1 or 31 for time, time 00:00:00).
 *
 * Every validity verdict here agrees with xmllint (libxml2 2.9.14, `--schema` with a one-element
 * schema of the built-in type); the date equality agrees with its minInclusive/minExclusive.
 *
 * @see XSD 1.0 Part 2 §3.2.6.1 (duration lexical), §3.2.7 (dateTime: hour 24 only as 24:00:00,
 *      timezones within ±14:00), §3.2.7.4 (order relation), §3.2.9 (date), Appendix D (ISO 8601
 *      conventions: the leap-year rule), Appendix E (maximum day-of-month values)
 */
import { describe, expect, it } from 'vitest';
import { compareCalendar } from '../../../../runtime/xml/calendar-order.js';
import {
  type CalendarBuiltin,
  checkDateTimeLexical,
  parseCalendar,
  parseDuration,
} from '../../../../runtime/xml/date-time-lexical.js';

const ok = (b: CalendarBuiltin | 'duration', v: string) => checkDateTimeLexical(b, v) === undefined;

describe('leap years (Gregorian rule)', () => {
  it.each([
    ['1900-02-29', false],
    ['2100-02-29', false],
    ['1901-02-29', false],
    ['1904-02-29', true],
    ['2000-02-29', true],
    ['2000-02-30', false],
    ['1900-02-28', true],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });

  it.each([
    // 16 digits and more: exact integer arithmetic (10^15 is a multiple of 400).
    ['1000000000000000-02-29', true],
    ['1000000000000004-02-29', true],
    ['1000000000000100-02-29', false],
    ['1000000000000001-02-29', false],
    ['-1000000000000004-02-29', true],
    ['-1000000000000100-02-29', false],
    ['-1000000000000001-02-29', false],
    // 2^53 + 1 is odd, though as a double it reads 2^53 (a multiple of 4, not of 100).
    ['9007199254740993-02-29', false],
    ['9007199254740992-02-29', true],
    ['100000000000000000000-02-29', true],
    ['100000000000000000100-02-29', false],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });

  it('applies the same rule to dateTime and gYearMonth days', () => {
    expect(ok('dateTime', '1900-02-29T00:00:00')).toBe(false);
    expect(ok('dateTime', '9007199254740993-02-29T00:00:00Z')).toBe(false);
    expect(ok('dateTime', '1000000000000004-02-29T00:00:00Z')).toBe(true);
  });
});

describe('days of the month', () => {
  it.each([
    ['2000-04-31', false],
    ['2000-06-31', false],
    ['2000-09-31', false],
    ['2000-11-31', false],
    ['2000-04-30', true],
    ['2000-06-30', true],
    ['2000-09-30', true],
    ['2000-01-31', true],
    ['2000-03-31', true],
    ['2000-05-31', true],
    ['2000-07-31', true],
    ['2000-08-31', true],
    ['2000-10-31', true],
    ['2000-12-31', true],
    ['2000-00-01', false],
    ['2000-01-00', false],
    ['2000-13-01', false],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });

  it.each([
    ['gMonthDay', '--04-31', false],
    ['gMonthDay', '--06-31', false],
    ['gMonthDay', '--09-31', false],
    ['gMonthDay', '--00-01', false],
    ['gMonthDay', '--01-00', false],
    ['gMonthDay', '--06-30', true],
    ['gMonth', '--00', false],
    ['gDay', '---00', false],
    ['gYearMonth', '2000-00', false],
  ] as const)('%s %s -> %s', (b, v, want) => {
    expect(ok(b, v)).toBe(want);
  });
});

describe('timezone minutes', () => {
  it.each([
    ['2000-01-01+13:59', true],
    ['2000-01-01-00:59', true],
    ['2000-01-01+13:60', false],
    ['2000-01-01-00:60', false],
    ['2000-01-01+00:99', false],
  ])('date %s -> %s', (v, want) => {
    expect(ok('date', v)).toBe(want);
  });
});

describe('hours, minutes and seconds', () => {
  it.each([
    ['24:00:00', true],
    ['24:00:00.0', true],
    ['24:00:00.000', true],
    ['24:00:00.5', false],
    ['24:00:00.001', false],
    ['24:00:00.10', false],
    ['24:00:00.0001', false],
    ['24:30:00', false],
    ['24:01:00', false],
    ['24:00:01', false],
    ['25:00:00', false],
    ['23:60:00', false],
    ['23:59:60', false],
    ['23:59:59', true],
    ['23:59:59.999', true],
    ['00:60:59', false],
    ['00:59:60', false],
  ])('time %s -> %s', (v, want) => {
    expect(ok('time', v)).toBe(want);
  });

  it('holds for dateTime too', () => {
    expect(ok('dateTime', '2000-01-01T24:00:00.000Z')).toBe(true);
    expect(ok('dateTime', '2000-01-01T24:00:00.01Z')).toBe(false);
    expect(ok('dateTime', '2000-01-01T24:30:00')).toBe(false);
    expect(ok('dateTime', '2000-01-01T25:00:00')).toBe(false);
    expect(ok('dateTime', '2000-01-01T23:60:00')).toBe(false);
    expect(ok('dateTime', '2000-01-01T23:59:60')).toBe(false);
  });
});

describe('messages name the lexical form of the type', () => {
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

  it('duration', () => {
    expect(checkDateTimeLexical('duration', 'x')).toBe('not a valid xs:duration (PnYnMnDTnHnMnS)');
  });
});

describe('durations', () => {
  it.each(['xP1Y', '1P1Y', ' P1Y', '--P1Y', 'P1Y ', 'P1Yx'])('refuses %j', (v) => {
    expect(ok('duration', v)).toBe(false);
    expect(parseDuration(v)).toBeUndefined();
  });

  it('reads a year, month or day count of several digits', () => {
    expect(ok('duration', 'P12Y')).toBe(true);
    expect(parseDuration('P12Y')).toEqual({ months: 144n, seconds: 0n, scale: 0 });
    expect(parseDuration('-P10Y11M')).toEqual({ months: -131n, seconds: 0n, scale: 0 });
    expect(parseDuration('P10DT10H')).toEqual({ months: 0n, seconds: 900000n, scale: 0 });
    expect(parseDuration('PT0.50S')).toEqual({ months: 0n, seconds: 5n, scale: 1 });
    expect(parseDuration('PT1.000S')).toEqual({ months: 0n, seconds: 1n, scale: 0 });
  });
});

describe('the fields a fragment lacks (reference dateTime)', () => {
  const fields = (b: CalendarBuiltin, v: string) => {
    const f = parseCalendar(b, v);
    expect(f).toBeDefined();
    return f!;
  };

  it('a time sits on 1972-12-31', () => {
    expect(fields('time', '13:20:30.500Z')).toEqual({
      year: 1972n,
      month: 12,
      day: 31,
      hour: 13,
      minute: 20,
      second: 30,
      frac: '5',
      tz: 0,
    });
  });

  it('a gDay sits in December 1972, a gMonth on its day 1, a gMonthDay in 1972', () => {
    const d = fields('gDay', '---15');
    expect([d.year, d.month, d.day, d.hour, d.minute, d.second, d.frac, d.tz]).toEqual([
      1972n,
      12,
      15,
      0,
      0,
      0,
      '',
      undefined,
    ]);
    const m = fields('gMonth', '--05-05:00');
    expect([m.year, m.month, m.day, m.hour, m.minute, m.tz]).toEqual([1972n, 5, 1, 0, 0, -300]);
    const md = fields('gMonthDay', '--02-29');
    expect([md.year, md.month, md.day, md.hour, md.minute]).toEqual([1972n, 2, 29, 0, 0]);
  });

  it('a gYearMonth starts on day 1, a date and a gYear at 00:00:00', () => {
    const ym = fields('gYearMonth', '2000-02');
    expect([ym.year, ym.month, ym.day, ym.hour, ym.minute, ym.second]).toEqual([2000n, 2, 1, 0, 0, 0]);
    const d = fields('date', '2000-03-04+01:30');
    expect([d.year, d.month, d.day, d.hour, d.minute, d.second, d.frac, d.tz]).toEqual([2000n, 3, 4, 0, 0, 0, '', 90]);
    const y = fields('gYear', '-0045Z');
    expect([y.year, y.day, y.hour, y.minute, y.second]).toEqual([-45n, 1, 0, 0, 0]);
  });

  it('dates whose starts are the same instant compare equal (xmllint agrees)', () => {
    // 2000-01-01T00:00+14:00 and 1999-12-31T00:00-10:00 are both 1999-12-31T10:00Z.
    expect(compareCalendar('date', '2000-01-01+14:00', '1999-12-31-10:00')).toBe(0);
    expect(compareCalendar('date', '2000-01-01+14:00', '1999-12-31-10:01')).toBe(-1);
    expect(compareCalendar('date', '2000-01-01+14:00', '1999-12-31-09:59')).toBe(1);
  });
});
