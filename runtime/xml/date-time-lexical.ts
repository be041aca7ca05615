/**
 * Strict lexical checks of the XSD 1.0 calendar types and xs:duration, parsing each value into
 * its fields (`CalendarFields`) for the order relation (calendar-order.ts):
 * - dateTime, date, time, and the Gregorian fragments gYearMonth, gYear, gMonthDay, gDay, gMonth;
 * - a year of four digits or more (no leading zero beyond four), never `0000` (XSD 1.0 has no
 *   year zero), optional `-`; two-digit fields; optional fractional seconds;
 * - an optional timezone `Z` or `±hh:mm` within ±14:00; real calendar days (leap years; a
 *   gMonthDay may be `--02-29`), and `24:00:00` only as the end of a day.
 *
 * @see XSD 1.0 Part 2 §3.2.6 (duration), §3.2.7-3.2.15 (dateTime, time, date, gYearMonth, gYear,
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

/** The reference year a fragment lacks: 1972 (a leap year); months and days: see parseCalendar. */
const REFERENCE_YEAR = '1972';

/** Days in `month` of a year that is or is not a leap year. */
function daysIn(month: number, leap: boolean): number {
  if (month === 2) return leap ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Two ASCII digits at `i` of `s` as a number. */
function two(s: string, i: number): number {
  return (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
}

/** True when `s` has an ASCII digit at `i` (false past the end). */
function isDigit(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Minutes of the timezone at `at` of `v` (`Z` is 0; undefined for -1, no zone); NaN beyond ±14:00 or minutes over 59. */
function zoneMinutes(v: string, at: number): number | undefined {
  if (at < 0) return undefined;
  if (v.charCodeAt(at) === 90) return 0;
  const h = two(v, at + 1);
  const m = two(v, at + 4);
  if (m > 59 || h > 14 || (h === 14 && m !== 0)) return Number.NaN;
  return (v.charCodeAt(at) === 45 ? -1 : 1) * (h * 60 + m);
}

/** `digits` without its trailing zeros (a scan: `/0+$/` re-scans a long zero run from every zero). */
function withoutTrailingZeros(digits: string): string {
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  return digits.slice(0, end);
}

/** The parts each form has, in order (a year always comes first, the time after the date, the zone last). */
interface Form {
  /** `-`s before the month or day of a Gregorian fragment (`--MM`, `---DD`). */
  readonly dashes: number;
  readonly year: boolean;
  readonly month: boolean;
  readonly day: boolean;
  readonly time: boolean;
}
const FORMS: Readonly<Record<CalendarBuiltin, Form>> = {
  dateTime: { dashes: 0, year: true, month: true, day: true, time: true },
  date: { dashes: 0, year: true, month: true, day: true, time: false },
  time: { dashes: 0, year: false, month: false, day: false, time: true },
  gYearMonth: { dashes: 0, year: true, month: true, day: false, time: false },
  gYear: { dashes: 0, year: true, month: false, day: false, time: false },
  gMonthDay: { dashes: 2, year: false, month: true, day: true, time: false },
  gDay: { dashes: 3, year: false, month: false, day: true, time: false },
  gMonth: { dashes: 2, year: false, month: true, day: false, time: false },
};

/**
 * Where the fields of the value last scanned are (-1: the form has none; a year starts the value
 * and ends at `yearEnd`). One object, filled by
 * `scanCalendar` for each value, so a check allocates nothing (values are checked one at a time).
 */
const found = { yearEnd: 0, month: -1, day: -1, hour: -1, fracStart: -1, fracEnd: -1, zone: -1 };

/**
 * Scans `v` as form `b` in one pass (no regular expression: no match array or substrings per
 * value), filling `found`; false when `v` does not have the form's shape. The shape is
 * `[-]YYYY[Y...]` (four digits or more, no leading zero beyond four, not 0000), `-MM`, `-DD`,
 * `Thh:mm:ss[.s+]` as the form has them, then an optional `Z` or `[+-]hh:mm`, then the end.
 */
function scanCalendar(b: CalendarBuiltin, v: string): boolean {
  const form = FORMS[b];
  let i = 0;
  found.month = found.day = found.hour = found.fracStart = found.fracEnd = found.zone = -1;
  if (form.year) {
    if (v.charCodeAt(i) === 45) i++;
    const digits = i;
    while (isDigit(v, i)) i++;
    const n = i - digits;
    if (n < 4 || (n > 4 && v.charCodeAt(digits) === 48) || (n === 4 && v.startsWith('0000', digits))) return false;
    found.yearEnd = i;
  } else {
    for (let d = 0; d < form.dashes; d++) if (v.charCodeAt(i++) !== 45) return false;
  }
  if (form.month) {
    if (form.year && v.charCodeAt(i++) !== 45) return false;
    if (!isDigit(v, i) || !isDigit(v, i + 1)) return false;
    found.month = i;
    i += 2;
  }
  if (form.day) {
    if (form.month && v.charCodeAt(i++) !== 45) return false;
    if (!isDigit(v, i) || !isDigit(v, i + 1)) return false;
    found.day = i;
    i += 2;
  }
  if (form.time) {
    if (form.year && v.charCodeAt(i++) !== 84) return false;
    found.hour = i;
    for (let f = 0; f < 3; f++) {
      if (f > 0 && v.charCodeAt(i++) !== 58) return false;
      if (!isDigit(v, i) || !isDigit(v, i + 1)) return false;
      i += 2;
    }
    if (v.charCodeAt(i) === 46) {
      found.fracStart = ++i;
      while (isDigit(v, i)) i++;
      if (i === found.fracStart) return false;
      found.fracEnd = i;
    }
  }
  const z = v.charCodeAt(i);
  if (z === 90) {
    found.zone = i++;
  } else if (z === 43 || z === 45) {
    found.zone = i;
    if (!isDigit(v, i + 1) || !isDigit(v, i + 2) || v.charCodeAt(i + 3) !== 58) return false;
    if (!isDigit(v, i + 4) || !isDigit(v, i + 5)) return false;
    i += 6;
  }
  return i === v.length;
}

/**
 * True when the year whose digits end at `end` of `v` is a leap year (the Gregorian rule; a BCE
 * year `-y` counts as `y`). The rule needs only the year modulo 400, and its last four digits give
 * that (10,000 is a multiple of 400), so a year of any length is read from four digits.
 */
function leapYearAt(v: string, end: number): boolean {
  const y = (v.charCodeAt(end - 4) - 48) * 1000 + (v.charCodeAt(end - 3) - 48) * 100 + two(v, end - 2);
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** True when `v` has the form of `b` and its fields are in range (`found` then says where they are). */
function matchCalendar(b: CalendarBuiltin, v: string): boolean {
  if (!scanCalendar(b, v)) return false;
  if (found.month >= 0 || found.day >= 0) {
    const month = found.month >= 0 ? two(v, found.month) : 12;
    const day = found.day >= 0 ? two(v, found.day) : 1;
    if (month < 1 || month > 12 || day < 1) return false;
    // Without a year the reference year 1972 is a leap year: `--02-29` is a day.
    const leap = FORMS[b].year ? leapYearAt(v, found.yearEnd) : true;
    if (day > daysIn(month, leap)) return false;
  }
  if (found.hour >= 0) {
    const h = found.hour;
    const hour = two(v, h);
    const minute = two(v, h + 3);
    const second = two(v, h + 6);
    const ok =
      hour === 24
        ? minute === 0 && second === 0 && zeroFraction(v, found.fracStart, found.fracEnd)
        : hour <= 23 && minute <= 59 && second <= 59;
    if (!ok) return false;
  }
  return !Number.isNaN(zoneMinutes(v, found.zone));
}

/** True when the fraction digits `v[start, end)` are all zeros (or absent: start -1). */
function zeroFraction(v: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (v.charCodeAt(i) !== 48) return false;
  return true;
}

/** The fields of a calendar lexical value (for the order relation); undefined when `v` is not one of `b`. */
export function parseCalendar(b: CalendarBuiltin, v: string): CalendarFields | undefined {
  if (!matchCalendar(b, v)) return undefined;
  const form = FORMS[b];
  const h = found.hour;
  return {
    year: BigInt(form.year ? v.slice(0, found.yearEnd) : REFERENCE_YEAR),
    month: found.month >= 0 ? two(v, found.month) : form.year ? 1 : 12,
    day: found.day >= 0 ? two(v, found.day) : b === 'time' ? 31 : 1,
    hour: h >= 0 ? two(v, h) : 0,
    minute: h >= 0 ? two(v, h + 3) : 0,
    second: h >= 0 ? two(v, h + 6) : 0,
    frac: found.fracStart >= 0 ? withoutTrailingZeros(v.slice(found.fracStart, found.fracEnd)) : '',
    tz: zoneMinutes(v, found.zone),
  };
}

/** Returns an error message, or undefined when `v` is a valid lexical value of `builtin`. */
export function checkDateTimeLexical(builtin: CalendarBuiltin | 'duration', v: string): string | undefined {
  if (builtin === 'duration') return DURATION.test(v) ? undefined : 'not a valid xs:duration (PnYnMnDTnHnMnS)';
  return matchCalendar(builtin, v) ? undefined : `not a valid xs:${builtin} (${SHAPES[builtin]})`;
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
