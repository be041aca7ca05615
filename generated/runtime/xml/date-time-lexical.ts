// Copied by qspec from runtime/xml/date-time-lexical.ts. Do not edit here: `qspec generate` replaces it.
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
 * A calendar value as a dateTime: the fields a fragment lacks take a reference value (year 1972;
 * month 1 for gYear, 12 for the others without a month; day 1, or 31 for time; time 00:00:00),
 * so every type compares as dateTimes do.
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

/** Where each field sits among a form's match groups (0: the form has no such field). */
interface Groups {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** hour; minute and second follow, then the fraction digits. */
  readonly hour: number;
  readonly zone: number;
}
const GROUPS: Readonly<Record<CalendarBuiltin, Groups>> = {
  dateTime: { year: 1, month: 2, day: 3, hour: 4, zone: 8 },
  date: { year: 1, month: 2, day: 3, hour: 0, zone: 4 },
  time: { year: 0, month: 0, day: 0, hour: 1, zone: 5 },
  gYearMonth: { year: 1, month: 2, day: 0, hour: 0, zone: 3 },
  gYear: { year: 1, month: 0, day: 0, hour: 0, zone: 2 },
  gMonthDay: { year: 0, month: 1, day: 2, hour: 0, zone: 3 },
  gDay: { year: 0, month: 0, day: 1, hour: 0, zone: 2 },
  gMonth: { year: 0, month: 1, day: 0, hour: 0, zone: 2 },
};
/** The reference year a fragment lacks: 1972 (a leap year); months and days: see parseCalendar. */
const REFERENCE_YEAR = '1972';

/** True for a leap year (the Gregorian rule; a BCE year `-y` counts as `y`). */
function isLeap(year: string): boolean {
  const digits = year.charCodeAt(0) === 45 ? year.slice(1) : year;
  if (digits.length <= 15) {
    const y = Number(digits);
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  }
  const y = BigInt(digits);
  return (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n;
}

/** Days in `month` of `year`. */
function daysIn(year: string, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` of `s` as a number. */
function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** Minutes of a timezone (`Z` is 0; undefined without one); NaN beyond ±14:00 or minutes over 59. */
function zoneMinutes(tz: string | undefined): number | undefined {
  if (tz === undefined) return undefined;
  if (tz === 'Z') return 0;
  const h = two(tz, 1);
  const m = two(tz, 4);
  if (m > 59 || h > 14 || (h === 14 && m !== 0)) return Number.NaN;
  return (tz.charCodeAt(0) === 45 ? -1 : 1) * (h * 60 + m);
}

/** `digits` without its trailing zeros (a scan: `/0+$/` re-scans a long zero run from every zero). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/** True when the fraction digits are all zeros (or absent). */
function zeroFraction(frac: string | undefined): boolean {
  if (frac === undefined) return true;
  for (let i = 0; i < frac.length; i++) if (frac.charCodeAt(i) !== 48) return false;
  return true;
}

/** The match of `v` against the form of `b` when its fields are in range; null otherwise. */
function matchCalendar(b: CalendarBuiltin, v: string): RegExpExecArray | null {
  const m = FORMS[b].exec(v);
  if (m === null) return null;
  const g = GROUPS[b];
  if (g.month !== 0 || g.day !== 0) {
    const month = g.month !== 0 ? two(m[g.month]!, 0) : 12;
    const day = g.day !== 0 ? two(m[g.day]!, 0) : 1;
    if (month < 1 || month > 12 || day < 1 || day > daysIn(g.year !== 0 ? m[g.year]! : REFERENCE_YEAR, month))
      return null;
  }
  if (g.hour !== 0) {
    const hour = two(m[g.hour]!, 0);
    const minute = two(m[g.hour + 1]!, 0);
    const second = two(m[g.hour + 2]!, 0);
    const ok =
      hour === 24
        ? minute === 0 && second === 0 && zeroFraction(m[g.hour + 3])
        : hour <= 23 && minute <= 59 && second <= 59;
    if (!ok) return null;
  }
  return Number.isNaN(zoneMinutes(m[g.zone])) ? null : m;
}

/** The fields of a calendar lexical value (for the order relation); undefined when `v` is not one of `b`. */
export function parseCalendar(b: CalendarBuiltin, v: string): CalendarFields | undefined {
  const m = matchCalendar(b, v);
  if (m === null) return undefined;
  const g = GROUPS[b];
  const h = g.hour;
  return {
    year: BigInt(g.year !== 0 ? m[g.year]! : REFERENCE_YEAR),
    month: g.month !== 0 ? two(m[g.month]!, 0) : g.year !== 0 ? 1 : 12,
    day: g.day !== 0 ? two(m[g.day]!, 0) : b === 'time' ? 31 : 1,
    hour: h !== 0 ? two(m[h]!, 0) : 0,
    minute: h !== 0 ? two(m[h + 1]!, 0) : 0,
    second: h !== 0 ? two(m[h + 2]!, 0) : 0,
    frac: h !== 0 ? withoutTrailingZeros(m[h + 3] ?? '') : '',
    tz: zoneMinutes(m[g.zone]),
  };
}

/** Returns an error message, or undefined when `v` is a valid lexical value of `builtin`. */
export function checkDateTimeLexical(builtin: CalendarBuiltin | 'duration', v: string): string | undefined {
  if (builtin === 'duration') return DURATION.test(v) ? undefined : 'not a valid xs:duration (PnYnMnDTnHnMnS)';
  return matchCalendar(builtin, v) !== null ? undefined : `not a valid xs:${builtin} (${SHAPES[builtin]})`;
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
  const frac = withoutTrailingZeros(m[8] ?? '');
  const sign = m[1] === '-' ? -1n : 1n;
  const whole = ((n(4) * 24n + n(5)) * 60n + n(6)) * 60n + n(7);
  const scaled = whole * 10n ** BigInt(frac.length) + BigInt(frac || '0');
  return { months: sign * (n(2) * 12n + n(3)), seconds: sign * scaled, scale: frac.length };
}
