/**
 * The order relations of the XSD 1.0 calendar types and xs:duration, exact (BigInt, any number of
 * year and fraction digits), for bounds facets and enumerations:
 * - calendar values (dateTime, date, time, g* fragments) compare as dateTimes on the time line;
 *   two values that both have a timezone, or both lack one, compare directly; otherwise the one
 *   without is tried at +14:00 and -14:00, and the result is indeterminate (NaN) when those
 *   disagree;
 * - durations compare by adding both to the four reference dateTimes 1696-09-01, 1697-02-01,
 *   1903-03-01 and 1903-07-01: an order all four agree on, else indeterminate (P1M vs P30D).
 *
 * `calendarKey` and `durationKey` give each value a text that is equal exactly when the values
 * are (for identity constraints): a timezoned and a local value are never equal (their order is
 * partial), and durations are equal when their months and their seconds are (P1D = PT24H, P1Y =
 * P12M; P1M and P30D are not: the references disagree).
 *
 * @see XSD 1.0 Part 2 §3.2.7.4 (order relation on dateTime), §3.2.6.2 (order relation on
 *      duration), Appendix E (adding durations to dateTimes)
 */
import { type CalendarBuiltin, type CalendarFields, parseCalendar, parseDuration } from './date-time-lexical.js';

const DAY = 86400n;

/** Days from 1970-01-01 to the given proleptic Gregorian date (year 0 is 1 BCE). */
function daysFromCivil(year: bigint, month: number, day: number): bigint {
  const y = month <= 2 ? year - 1n : year;
  const era = (y >= 0n ? y : y - 399n) / 400n;
  const yoe = y - era * 400n;
  const mp = BigInt(month > 2 ? month - 3 : month + 9);
  const doy = (153n * mp + 2n) / 5n + BigInt(day - 1);
  const doe = yoe * 365n + yoe / 4n - yoe / 100n + doy;
  return era * 146097n + doe - 719468n;
}

const leap = (n: bigint): boolean => n % 4n === 0n && (n % 100n !== 0n || n % 400n === 0n);

/**
 * Days from 1970-01-01 to a date of the lexical calendar: CE years as in `daysFromCivil`; a BCE
 * year -n (XSD 1.0 has no year zero: -0001 is the year just before 0001) is a leap year when n is
 * one, as the lexical check (date-time-lexical.ts) and libxml2 read `-0004-02-29`, and the years
 * -n .. -0001 fill the days before 0001-01-01.
 */
function daysOf(year: bigint, month: number, day: number): bigint {
  if (year > 0n) return daysFromCivil(year, month, day);
  const n = -year;
  const yearStart = daysFromCivil(1n, 1, 1) - (365n * n + n / 4n - n / 100n + n / 400n);
  const like = leap(n) ? 2000n : 2001n;
  return yearStart + daysFromCivil(like, month, day) - daysFromCivil(like, 1, 1);
}

/** The instant of `f` in 10^-`scale` seconds (UTC), with `zone` minutes standing in for its timezone. */
function instant(f: CalendarFields, scale: number, zone: number): bigint {
  const seconds = daysOf(f.year, f.month, f.day) * DAY + BigInt(f.hour * 3600 + f.minute * 60 + f.second - zone * 60);
  return seconds * 10n ** BigInt(scale) + BigInt(f.frac.padEnd(scale, '0') || '0');
}

const sign = (d: bigint): number => (d < 0n ? -1 : d > 0n ? 1 : 0);

/** -1, 0, 1 comparing calendar values `a` and `b` of type `b`; NaN when indeterminate or not lexical. */
export function compareCalendar(builtin: CalendarBuiltin, a: string, b: string): number {
  const p = parseCalendar(builtin, a);
  const q = parseCalendar(builtin, b);
  if (!p || !q) return Number.NaN;
  const scale = Math.max(p.frac.length, q.frac.length);
  if ((p.tz === undefined) === (q.tz === undefined)) {
    return sign(instant(p, scale, p.tz ?? 0) - instant(q, scale, q.tz ?? 0));
  }
  // One side has no timezone: it lies somewhere between itself at +14:00 and at -14:00.
  const [zoned, local, flip] = p.tz !== undefined ? [p, q, 1] : [q, p, -1];
  const z = instant(zoned, scale, zoned.tz!);
  if (z < instant(local, scale, 14 * 60)) return -flip;
  if (z > instant(local, scale, -14 * 60)) return flip;
  return Number.NaN;
}

const REFERENCES: readonly (readonly [bigint, number])[] = [
  [1696n, 9],
  [1697n, 2],
  [1903n, 3],
  [1903n, 7],
];

/** Seconds (in 10^-`scale`) of a reference dateTime (day 1, 00:00:00Z) plus `months`. */
function plusMonths(ref: readonly [bigint, number], months: bigint, scale: number): bigint {
  const m0 = BigInt(ref[1] - 1) + months;
  const carry = m0 >= 0n ? m0 / 12n : (m0 - 11n) / 12n;
  const month = Number(m0 - carry * 12n) + 1;
  return daysFromCivil(ref[0] + carry, month, 1) * DAY * 10n ** BigInt(scale);
}

/** -1, 0, 1 comparing durations `a` and `b`; NaN when indeterminate or not lexical. */
export function compareDuration(a: string, b: string): number {
  const p = parseDuration(a);
  const q = parseDuration(b);
  if (!p || !q) return Number.NaN;
  const scale = Math.max(p.scale, q.scale);
  const ps = p.seconds * 10n ** BigInt(scale - p.scale);
  const qs = q.seconds * 10n ** BigInt(scale - q.scale);
  let result: number | undefined;
  for (const ref of REFERENCES) {
    const s = sign(plusMonths(ref, p.months, scale) + ps - (plusMonths(ref, q.months, scale) + qs));
    if (result !== undefined && s !== result) return Number.NaN;
    result = s;
  }
  return result!;
}

/** A key equal for equal calendar values of one built-in: the instant, its fraction, zoned or not. */
export function calendarKey(builtin: CalendarBuiltin, v: string): string | undefined {
  const f = parseCalendar(builtin, v);
  if (!f) return undefined;
  return `${instant({ ...f, frac: '' }, 0, f.tz ?? 0)}.${f.frac}${f.tz === undefined ? '' : 'Z'}`;
}

/** A key equal for equal durations: months and seconds, the seconds without trailing zero digits. */
export function durationKey(v: string): string | undefined {
  const d = parseDuration(v);
  if (!d) return undefined;
  let { seconds, scale } = d;
  while (scale > 0 && seconds % 10n === 0n) {
    seconds /= 10n;
    scale--;
  }
  return `${d.months}M${seconds}e-${scale}`;
}
