/**
 * XSD 1.0 calendar types and durations in the simple-type checker: the g* fragments' lexical
 * spaces, no year 0000 and no `+INF` (XSD 1.1 forms), bounds facets by the order relations
 * (timezones, indeterminate comparisons), enumerations by value, and the length facets on the
 * built-in list types and QName.
 */
import { describe, expect, it } from 'vitest';
import type { SimpleModel } from '../../../../runtime/schema-model.js';
import { compareCalendar, compareDuration } from '../../../../runtime/xml/calendar-order.js';
import { compileSimple } from '../../../../runtime/xml/simple-checker.js';

const valid = (m: SimpleModel, v: string) => compileSimple(m).check(v) === undefined;

describe('g* lexical spaces', () => {
  it.each([
    ['gYear', '1999', true],
    ['gYear', '-0045Z', true],
    ['gYear', '12345+14:00', true],
    ['gYear', '0000', false],
    ['gYear', '99', false],
    ['gYear', '01999', false],
    ['gYear', '1999+14:01', false],
    ['gYearMonth', '1999-12', true],
    ['gYearMonth', '1999-13', false],
    ['gMonthDay', '--02-29', true],
    ['gMonthDay', '--04-31', false],
    ['gMonthDay', '--12-01Z', true],
    ['gDay', '---31', true],
    ['gDay', '---32', false],
    ['gDay', '--31', false],
    ['gMonth', '--12', true],
    ['gMonth', '--13', false],
    ['gMonth', '-12', false],
  ])('%s %s → %s', (b, v, ok) => {
    expect(valid({ b }, v)).toBe(ok);
  });

  it('rejects year 0000 in date and dateTime (XSD 1.1 only)', () => {
    expect(valid({ b: 'date' }, '0000-01-01')).toBe(false);
    expect(valid({ b: 'dateTime' }, '-0000-01-01T00:00:00')).toBe(false);
    expect(valid({ b: 'date' }, '0001-01-01')).toBe(true);
  });

  it('rejects base64 whose last character before padding carries leftover bits', () => {
    expect(valid({ b: 'base64Binary' }, 'MS0yLTM=')).toBe(true);
    expect(valid({ b: 'base64Binary' }, 'M0SyLMT=')).toBe(false);
    expect(valid({ b: 'base64Binary' }, 'YQ==')).toBe(true);
    expect(valid({ b: 'base64Binary' }, 'YR==')).toBe(false);
  });

  it('rejects +INF for float and double (XSD 1.1 only)', () => {
    expect(valid({ b: 'float' }, '+INF')).toBe(false);
    expect(valid({ b: 'double' }, '-INF')).toBe(true);
  });
});

describe('order relations', () => {
  it('compares calendar values with and without timezones', () => {
    expect(compareCalendar('dateTime', '2000-01-01T00:00:00Z', '2000-01-01T01:00:00+01:00')).toBe(0);
    expect(compareCalendar('date', '2000-01-15', '2000-01-16')).toBe(-1);
    // 12:00 local lies between 12:00+14:00 and 12:00-14:00: indeterminate against 12:00Z.
    expect(compareCalendar('time', '12:00:00', '12:00:00Z')).toBeNaN();
    expect(compareCalendar('dateTime', '2000-01-01T12:00:00', '2000-01-03T12:00:00Z')).toBe(-1);
    expect(compareCalendar('gYear', '-0001', '0001')).toBe(-1);
    expect(compareCalendar('gMonthDay', '--03-01', '--02-29')).toBe(1);
    expect(compareCalendar('dateTime', '2000-01-01T00:00:00.5', '2000-01-01T00:00:00.50')).toBe(0);
  });

  it('orders durations by the four reference dateTimes', () => {
    expect(compareDuration('P1Y1MT1H', 'P1Y1MT1H')).toBe(0);
    expect(compareDuration('P1Y', 'P364D')).toBe(1);
    expect(compareDuration('P1Y', 'P365D')).toBeNaN();
    expect(compareDuration('P1M', 'P30D')).toBeNaN();
    expect(compareDuration('P1D', 'PT24H')).toBe(0);
    expect(compareDuration('-P1D', 'PT0.5S')).toBe(-1);
  });

  it('applies bounds facets by value', () => {
    expect(valid({ b: 'duration', facets: { minInclusive: 'P1Y1MT1H' } }, 'P1Y1MT1H')).toBe(true);
    expect(valid({ b: 'duration', facets: { maxExclusive: 'P1D' } }, 'PT23H')).toBe(true);
    expect(valid({ b: 'gYear', facets: { maxInclusive: '2000' } }, '2001')).toBe(false);
    expect(valid({ b: 'gMonth', facets: { minExclusive: '--05' } }, '--06')).toBe(true);
    expect(valid({ b: 'dateTime', facets: { maxInclusive: '2000-01-01T00:00:00Z' } }, '2000-01-01T00:00:00')).toBe(
      false,
    );
  });

  it('matches enumerations by value', () => {
    const m: SimpleModel = { b: 'dateTime', enum: ['2000-01-01T00:00:00Z'] };
    expect(valid(m, '2000-01-01T00:00:00+00:00')).toBe(true);
    expect(valid(m, '2000-01-01T00:00:00')).toBe(false);
    expect(valid({ b: 'gDay', enum: ['---01Z'] }, '---01+00:00')).toBe(true);
  });
});

describe('length facets by value space', () => {
  it('counts the items of the built-in list types', () => {
    expect(valid({ b: 'NMTOKENS', facets: { length: 2 } }, 'a b')).toBe(true);
    expect(valid({ b: 'IDREFS', facets: { maxLength: 1 } }, 'a b')).toBe(false);
    expect(valid({ b: 'ENTITIES', facets: { minLength: 2 } }, 'abc')).toBe(false);
  });

  it('does not apply length facets to QName and NOTATION', () => {
    expect(valid({ b: 'QName', facets: { length: 3 } }, 'p:local')).toBe(true);
    expect(valid({ b: 'NOTATION', facets: { maxLength: 1 } }, 'png')).toBe(true);
  });
});
