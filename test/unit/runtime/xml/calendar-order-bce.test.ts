/**
 * The order of BCE calendar values agrees with the lexical calendar (date-time-lexical.ts, and
 * libxml2): a BCE year -n is a leap year when n is one (`-0004-02-29` is a valid date, `-0001-02-29`
 * is not), so February 29 of -0004 is a day of its own, and the last day of February -0001 is
 * followed by March 1; -0001-12-31 is the day before 0001-01-01 (XSD 1.0 has no year zero).
 */
import { describe, expect, it } from 'vitest';
import { compareCalendar } from '../../../../runtime/xml/calendar-order.js';

describe('compareCalendar on BCE years', () => {
  it('counts February 29 of a BCE leap year (-0004) as a day between the 28th and March 1', () => {
    expect(compareCalendar('date', '-0004-02-28', '-0004-02-29')).toBe(-1);
    expect(compareCalendar('date', '-0004-02-29', '-0004-03-01')).toBe(-1);
    expect(compareCalendar('dateTime', '-0004-02-29T23:00:00-01:00', '-0004-03-01T00:00:00Z')).toBe(0);
  });

  it('has no February 29 in -0001: its 28th at 23:00 -01:00 is March 1 at 00:00Z', () => {
    expect(compareCalendar('dateTime', '-0001-02-28T23:00:00-01:00', '-0001-03-01T00:00:00Z')).toBe(0);
  });

  it('puts -0001-12-31 one day before 0001-01-01', () => {
    expect(compareCalendar('dateTime', '-0001-12-31T12:00:00Z', '0001-01-01T00:00:00+12:00')).toBe(0);
    expect(compareCalendar('dateTime', '-0001-12-31T23:59:59Z', '0001-01-01T00:00:00Z')).toBe(-1);
  });

  it('gives BCE years of 366 days exactly where the lexical rule does (-0100 no, -0400 yes)', () => {
    expect(compareCalendar('dateTime', '-0100-12-31T00:00:00Z', '-0099-01-01T00:00:00Z')).toBe(-1);
    expect(compareCalendar('dateTime', '-0100-02-28T23:00:00-01:00', '-0100-03-01T00:00:00Z')).toBe(0);
    expect(compareCalendar('dateTime', '-0400-02-28T23:00:00-01:00', '-0400-03-01T00:00:00Z')).toBe(-1);
    expect(compareCalendar('dateTime', '-0400-02-29T23:00:00-01:00', '-0400-03-01T00:00:00Z')).toBe(0);
  });
});
