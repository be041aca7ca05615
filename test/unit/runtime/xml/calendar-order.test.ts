/**
 * The order relations of the calendar types and xs:duration, at their edges: consecutive days
 * stay consecutive on the time line across month, year, leap-day, century and era boundaries (CE
 * and BCE, where '-0001' is the year just before '0001'); seconds, minutes and fractions order
 * exactly; a value without a timezone against one with it is decided only outside the ±14:00
 * window (the window's edges themselves are indeterminate); durations are compared at the four
 * reference dateTimes, with negative months and fractional seconds of different precision.
 *
 * @see XSD 1.0 Part 2 §3.2.7.4 (order relation on dateTime), §3.2.6.2 (order relation on
 *      duration), Appendix E (adding durations to dateTimes)
 */
import { describe, expect, it } from 'vitest';
import { compareCalendar, compareDuration } from '../../../../runtime/xml/calendar-order.js';

/** Consecutive days [day, next day] as xs:date lexical values. */
const CONSECUTIVE: readonly (readonly [string, string])[] = [
  ['2001-01-31', '2001-02-01'],
  ['2001-02-28', '2001-03-01'],
  ['2001-03-31', '2001-04-01'],
  ['2001-04-30', '2001-05-01'],
  ['2001-06-30', '2001-07-01'],
  ['2001-12-31', '2002-01-01'],
  ['2000-02-28', '2000-02-29'],
  ['2000-02-29', '2000-03-01'],
  ['2004-02-29', '2004-03-01'],
  ['1900-02-28', '1900-03-01'],
  ['1600-02-29', '1600-03-01'],
  ['1999-12-31', '2000-01-01'],
  ['0399-12-31', '0400-01-01'],
  ['0400-02-29', '0400-03-01'],
  ['0001-02-28', '0001-03-01'],
  ['-0001-12-31', '0001-01-01'],
  ['-0001-01-31', '-0001-02-01'],
  ['-0002-12-31', '-0001-01-01'],
  ['-0002-02-28', '-0002-03-01'],
  ['-0401-12-31', '-0400-01-01'],
  ['-0402-02-28', '-0402-03-01'],
  ['-0801-12-31', '-0800-01-01'],
  ['12345-12-31', '12346-01-01'],
];

describe('calendar values on the time line', () => {
  it.each(CONSECUTIVE)('%s is the day before %s', (day, next) => {
    // 23:00 at -01:00 is midnight UTC of the next day.
    expect(compareCalendar('dateTime', `${day}T23:00:00-01:00`, `${next}T00:00:00Z`)).toBe(0);
    expect(compareCalendar('dateTime', `${day}T23:59:59Z`, `${next}T00:00:00Z`)).toBe(-1);
    expect(compareCalendar('date', `${next}Z`, `${day}Z`)).toBe(1);
    expect(compareCalendar('date', `${day}+01:00`, `${next}+01:00`)).toBe(-1);
  });

  it('puts 1 BCE just before 1 CE and earlier BCE years before it', () => {
    expect(compareCalendar('gYear', '-0001', '0001')).toBe(-1);
    expect(compareCalendar('gYear', '-0002', '-0001')).toBe(-1);
    expect(compareCalendar('gYear', '-0401', '-0400')).toBe(-1);
    expect(compareCalendar('date', '-0001-06-15', '0001-06-15')).toBe(-1);
  });

  it('orders seconds, minutes and hours', () => {
    expect(compareCalendar('time', '10:00:01', '10:00:00')).toBe(1);
    expect(compareCalendar('time', '10:00:59', '10:01:00')).toBe(-1);
    expect(compareCalendar('time', '10:30:00', '10:29:59')).toBe(1);
    expect(compareCalendar('time', '09:59:59', '10:00:00')).toBe(-1);
    expect(compareCalendar('time', '10:30:00Z', '11:30:00+01:00')).toBe(0);
    expect(compareCalendar('time', '10:30:00Z', '10:00:00-00:30')).toBe(0);
  });

  it('orders fractional seconds exactly, whatever their number of digits', () => {
    expect(compareCalendar('time', '00:00:00.5', '00:00:00.4')).toBe(1);
    expect(compareCalendar('time', '00:00:00.5', '00:00:00.45')).toBe(1);
    expect(compareCalendar('time', '00:00:00.45', '00:00:00.5')).toBe(-1);
    expect(compareCalendar('time', '00:00:01.5', '00:00:02')).toBe(-1);
    expect(compareCalendar('time', '00:00:02', '00:00:01.999')).toBe(1);
    expect(compareCalendar('time', '00:00:01', '00:00:01.000')).toBe(0);
    expect(compareCalendar('dateTime', '2000-01-01T00:00:00.1Z', '2000-01-01T00:00:00Z')).toBe(1);
  });

  it('is NaN when either value is not a lexical value of the type', () => {
    expect(compareCalendar('date', 'nope', '2000-01-01')).toBeNaN();
    expect(compareCalendar('date', '2000-01-01', '2000-02-30')).toBeNaN();
    expect(compareCalendar('time', '24:00:01', '10:00:00')).toBeNaN();
  });
});

describe('a value without a timezone against one with it (§3.2.7.4)', () => {
  // 2000-01-01T12:00:00 without a timezone lies somewhere from 1999-12-31T22:00:00Z (at +14:00)
  // to 2000-01-02T02:00:00Z (at -14:00).
  const local = '2000-01-01T12:00:00';

  it('is decided when the zoned value lies outside the ±14:00 window, in either argument', () => {
    expect(compareCalendar('dateTime', local, '2000-01-02T02:00:01Z')).toBe(-1);
    expect(compareCalendar('dateTime', '2000-01-02T02:00:01Z', local)).toBe(1);
    expect(compareCalendar('dateTime', local, '1999-12-31T21:59:59Z')).toBe(1);
    expect(compareCalendar('dateTime', '1999-12-31T21:59:59Z', local)).toBe(-1);
    expect(compareCalendar('date', '2000-01-01Z', '2000-01-03')).toBe(-1);
    expect(compareCalendar('date', '2000-01-03Z', '2000-01-01')).toBe(1);
    expect(compareCalendar('date', '2000-01-02Z', '2000-01-01')).toBe(1);
  });

  it('is indeterminate inside the window and on its edges', () => {
    expect(compareCalendar('dateTime', local, '2000-01-01T12:00:00Z')).toBeNaN();
    expect(compareCalendar('dateTime', local, '2000-01-02T02:00:00Z')).toBeNaN();
    expect(compareCalendar('dateTime', '2000-01-02T02:00:00Z', local)).toBeNaN();
    expect(compareCalendar('dateTime', local, '1999-12-31T22:00:00Z')).toBeNaN();
    expect(compareCalendar('dateTime', '1999-12-31T22:00:00Z', local)).toBeNaN();
    expect(compareCalendar('dateTime', '2000-01-01T14:00:00', '2000-01-01T00:00:00Z')).toBeNaN();
    expect(compareCalendar('time', '12:00:00-14:00', '12:00:00')).toBeNaN();
    expect(compareCalendar('time', '12:00:00+14:00', '12:00:00')).toBeNaN();
    expect(compareCalendar('date', '2000-01-01Z', '2000-01-01')).toBeNaN();
  });

  it('places the window edges to the fraction of a second', () => {
    // 00:00:00 without a timezone: 10:00:00Z the day before … 14:00:00Z.
    expect(compareCalendar('time', '00:00:00', '14:00:00.1Z')).toBe(-1);
    expect(compareCalendar('time', '00:00:00', '14:00:00Z')).toBeNaN();
    expect(compareCalendar('time', '00:00:00', '13:59:59.9Z')).toBeNaN();
    expect(compareCalendar('time', '00:00:00.1', '14:00:00.1Z')).toBeNaN();
    // 23:59:59.9 without a timezone: 09:59:59.9Z … 13:59:59.9Z the day after.
    expect(compareCalendar('time', '09:59:59.8Z', '23:59:59.9')).toBe(-1);
    expect(compareCalendar('time', '09:59:59.9Z', '23:59:59.9')).toBeNaN();
    expect(compareCalendar('time', '23:59:59.9', '09:59:59.85Z')).toBe(1);
  });
});

describe('duration order at the four reference dateTimes (§3.2.6.2)', () => {
  it('is indeterminate when a month can be as short as 28 days', () => {
    expect(compareDuration('P1M', 'P28D')).toBeNaN();
    expect(compareDuration('P1M', 'P27D')).toBe(1);
    expect(compareDuration('P1M', 'P32D')).toBe(-1);
  });

  it('carries months into years', () => {
    expect(compareDuration('P1Y', 'P367D')).toBe(-1);
    expect(compareDuration('P1Y', 'P364D')).toBe(1);
    expect(compareDuration('P12M', 'P1Y')).toBe(0);
    expect(compareDuration('P2Y', 'P730D')).toBeNaN();
    expect(compareDuration('P2Y', 'P732D')).toBe(-1);
  });

  it('subtracts negative months across year starts', () => {
    expect(compareDuration('-P1Y', '-P367D')).toBe(1);
    expect(compareDuration('-P1Y', '-P364D')).toBe(-1);
    expect(compareDuration('-P1Y', '-P366D')).toBeNaN();
    expect(compareDuration('-P2M', '-P58D')).toBe(-1);
    expect(compareDuration('-P2M', '-P63D')).toBe(1);
    expect(compareDuration('-P13M', '-P398D')).toBe(1);
    expect(compareDuration('-P13M', '-P392D')).toBe(-1);
    expect(compareDuration('-P13M', '-P395D')).toBeNaN();
  });

  it('weighs months and fractional seconds in the same unit', () => {
    expect(compareDuration('P1M', 'P27DT0.5S')).toBe(1);
    expect(compareDuration('P27DT0.5S', 'P1M')).toBe(-1);
    expect(compareDuration('P1M', 'P32DT0.5S')).toBe(-1);
  });

  it('compares seconds with different numbers of fraction digits', () => {
    expect(compareDuration('PT2S', 'PT1.5S')).toBe(1);
    expect(compareDuration('PT1.5S', 'PT2S')).toBe(-1);
    expect(compareDuration('PT1.5S', 'PT1.75S')).toBe(-1);
    expect(compareDuration('PT1.75S', 'PT1.5S')).toBe(1);
    expect(compareDuration('PT1.50S', 'PT1.5S')).toBe(0);
  });

  it('is NaN when either value is not a duration', () => {
    expect(compareDuration('P1X', 'P1D')).toBeNaN();
    expect(compareDuration('P1D', 'P')).toBeNaN();
    expect(compareDuration('1D', '1D')).toBeNaN();
  });
});
