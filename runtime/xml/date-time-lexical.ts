/**
 * Strict lexical checks of the XSD 1.0 calendar types and xs:duration, parsing each value into
 * its fields (`CalendarFields`) for the order relation (calendar-order.ts):
 * - dateTime, date, time, and the Gregorian fragments gYearMonth, gYear, gMonthDay, gDay, gMonth;
 * - a year of four digits or more (no leading zero beyond four), never `0000` (XSD 1.0 has no
 *   year zero), optional `-`; two-digit fields; optional fractional seconds;
 * - an optional timezone `Z` or `±hh:mm` within ±14:00; real calendar days (leap years; a
 *   gMonthDay may be `--02-29`), and `24:00:00` only as the end of a day.
 *
 * @see XSD 1.0 Part 2 §3.2.6 (duration), §3.2.7–3.2.15 (dateTime, time, date, gYearMonth, gYear,
 *      gMonthDay, gDay, gMonth), §3.2.7.3 (timezones)
 */

/** The date/time built-ins whose values are points (or recurring points) on the time line. */
export type CalendarBuiltin = 'dateTime' | 'date' | 'time' | 'gYearMonth' | 'gYear' | 'gMonthDay' | 'gDay' | 'gMonth';

const CALENDAR: ReadonlySet<string> = new Set([
  'dateTime',
  'date',
  'time',
  'gYearMonth',
  'gYear',
  'gMonthDay',
  'gDay',
  'gMonth',
]);

/** True for the date/time built-ins (not duration). */
export function isCalendarBuiltin(b: string): b is CalendarBuiltin {
  return CALENDAR.has(b);
}

/**
 * A calendar value as a dateTime: the fields a fragment lacks take a reference value (year 1972,
 * December, day 1 or 31; time 00:00:00), so every type compares as dateTimes do.
 */
export interface CalendarFields {
  /** Negative for BCE (`-0001` is the year before `0001`). */
  readonly year: bigint;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Fraction-of-second digits, trailing zeros dropped ('' for none). */
  readonly frac: string;
  /** Timezone offset in minutes; undefined when the value has none. */
  readonly tz: number | undefined;
}

const YEAR = '(-?(?!0000)(?:[1-9]\\d{4,}|\\d{4}))';
const ZONE = '(Z|[+-]\\d{2}:\\d{2})?';
const TIME_PART = '(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?';
const FORMS: Readonly<Record<CalendarBuiltin, RegExp>> = {
  dateTime: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T${TIME_PART}${ZONE}$`),
  date: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})${ZONE}$`),
  time: new RegExp(`^${TIME_PART}${ZONE}$`),
  gYearMonth: new RegExp(`^${YEAR}-(\\d{2})${ZONE}$`),
  gYear: new RegExp(`^${YEAR}${ZONE}$`),
  gMonthDay: new RegExp(`^--(\\d{2})-(\\d{2})${ZONE}$`),
  gDay: new RegExp(`^---(\\d{2})${ZONE}$`),
  gMonth: new RegExp(`^--(\\d{2})${ZONE}$`),
};
const SHAPES: Readonly<Record<CalendarBuiltin, string>> = {
  dateTime: 'YYYY-MM-DDThh:mm:ss[.s][Z|±hh:mm]',
  date: 'YYYY-MM-DD[Z|±hh:mm]',
  time: 'hh:mm:ss[.s][Z|±hh:mm]',
  gYearMonth: 'YYYY-MM[Z|±hh:mm]',
  gYear: 'YYYY[Z|±hh:mm]',
  gMonthDay: '--MM-DD[Z|±hh:mm]',
  gDay: '---DD[Z|±hh:mm]',
  gMonth: '--MM[Z|±hh:mm]',
};
const DURATION = /^-?P(?=\d|T)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/** Days in `month` of `year` (the Gregorian rule; a BCE year `-y` counts as `y`). */
export function daysIn(year: bigint, month: number): number {
  if (month === 2) {
    const y = year < 0n ? -year : year;
    return (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Minutes of a timezone (`Z` is 0); NaN beyond ±14:00 or with minutes over 59. */
function zoneMinutes(tz: string | undefined): number | undefined {
  if (tz === undefined) return undefined;
  if (tz === 'Z') return 0;
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  if (m > 59 || h > 14 || (h === 14 && m !== 0)) return Number.NaN;
  return (tz[0] === '-' ? -1 : 1) * (h * 60 + m);
}

/** The fields of a calendar lexical value; undefined when `v` is not one of `b`. */
export function parseCalendar(b: CalendarBuiltin, v: string): CalendarFields | undefined {
  const m = FORMS[b].exec(v);
  if (!m) return undefined;
  let year = 1972n;
  let month = 12;
  let day = 1;
  let time: string[] = [];
  let zone: string | undefined;
  switch (b) {
    case 'dateTime':
      [year, month, day] = [BigInt(m[1]!), Number(m[2]), Number(m[3])];
      time = m.slice(4, 8) as string[];
      zone = m[8];
      break;
    case 'date':
      [year, month, day, zone] = [BigInt(m[1]!), Number(m[2]), Number(m[3]), m[4]];
      break;
    case 'time':
      day = 31;
      time = m.slice(1, 5) as string[];
      zone = m[5];
      break;
    case 'gYearMonth':
      [year, month, zone] = [BigInt(m[1]!), Number(m[2]), m[3]];
      break;
    case 'gYear':
      [year, month, zone] = [BigInt(m[1]!), 1, m[2]];
      break;
    case 'gMonthDay':
      [month, day, zone] = [Number(m[1]), Number(m[2]), m[3]];
      break;
    case 'gDay':
      [day, zone] = [Number(m[1]), m[2]];
      break;
    case 'gMonth':
      [month, zone] = [Number(m[1]), m[2]];
      break;
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const [hour, minute, second] = time.length ? [Number(time[0]), Number(time[1]), Number(time[2])] : [0, 0, 0];
  const frac = (time[3] ?? '').replace(/0+$/, '');
  if (hour === 24 ? minute !== 0 || second !== 0 || frac !== '' : hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const tz = zoneMinutes(zone);
  if (Number.isNaN(tz)) return undefined;
  return { year, month, day, hour, minute, second, frac, tz };
}

/** Returns an error message, or undefined when `v` is a valid lexical value of `builtin`. */
export function checkDateTimeLexical(builtin: CalendarBuiltin | 'duration', v: string): string | undefined {
  if (builtin === 'duration') return DURATION.test(v) ? undefined : 'not a valid xs:duration (PnYnMnDTnHnMnS)';
  return parseCalendar(builtin, v) ? undefined : `not a valid xs:${builtin} (${SHAPES[builtin]})`;
}

/** A duration's value: months, and seconds as an integer count of 10^-`scale` seconds. */
export interface DurationValue {
  readonly months: bigint;
  readonly seconds: bigint;
  readonly scale: number;
}

const DURATION_PARTS = /^(-?)P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d+))?S)?)?$/;

/** The value of a duration lexical form; undefined when `v` is not one. */
export function parseDuration(v: string): DurationValue | undefined {
  if (!DURATION.test(v)) return undefined;
  const m = DURATION_PARTS.exec(v)!;
  const n = (i: number) => BigInt(m[i] ?? '0');
  const frac = (m[8] ?? '').replace(/0+$/, '');
  const sign = m[1] === '-' ? -1n : 1n;
  const whole = ((n(4) * 24n + n(5)) * 60n + n(6)) * 60n + n(7);
  const scaled = whole * 10n ** BigInt(frac.length) + BigInt(frac || '0');
  return { months: sign * (n(2) * 12n + n(3)), seconds: sign * scaled, scale: frac.length };
}
