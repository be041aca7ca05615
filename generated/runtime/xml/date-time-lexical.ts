// Copied by qspec from runtime/xml/date-time-lexical.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Strict lexical checks for xs:date, xs:dateTime, xs:time and xs:duration: the exact lexical
 * form (four-digit-or-more year, two-digit fields, optional fractional seconds, optional
 * timezone `Z` or `±hh:mm` within ±14:00), real calendar days (leap years), and `24:00:00` only
 * as end of day.
 *
 * @see XSD 1.1 Part 2 §3.3.7–3.3.9 (dateTime, time, date), §3.3.6 (duration), §D.3 (timezones)
 */

const DATE = /^(-?(?:[1-9]\d{4,}|\d{4}))-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME = /^(-?(?:[1-9]\d{4,}|\d{4}))-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const TIME = /^(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const DURATION = /^-?P(?=\d|T)(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function zoneOk(tz: string | undefined): boolean {
  if (tz === undefined || tz === 'Z') return true;
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  return m <= 59 && (h < 14 || (h === 14 && m === 0));
}

function dateOk(y: string, mo: string, d: string): boolean {
  const month = Number(mo);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(Math.abs(Number(y)), month);
}

function timeOk(h: string, mi: string, s: string, frac: string | undefined): boolean {
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (hour === 24) return minute === 0 && second === 0 && (frac === undefined || /^\.0+$/.test(frac));
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** Returns an error message, or undefined when `v` is a valid lexical value of `builtin`. */
export function checkDateTimeLexical(
  builtin: 'date' | 'dateTime' | 'time' | 'duration',
  v: string,
): string | undefined {
  switch (builtin) {
    case 'date': {
      const m = DATE.exec(v);
      return m && dateOk(m[1]!, m[2]!, m[3]!) && zoneOk(m[4])
        ? undefined
        : 'not a valid xs:date (YYYY-MM-DD[Z|±hh:mm])';
    }
    case 'dateTime': {
      const m = DATE_TIME.exec(v);
      return m && dateOk(m[1]!, m[2]!, m[3]!) && timeOk(m[4]!, m[5]!, m[6]!, m[7]) && zoneOk(m[8])
        ? undefined
        : 'not a valid xs:dateTime (YYYY-MM-DDThh:mm:ss[.s][Z|±hh:mm])';
    }
    case 'time': {
      const m = TIME.exec(v);
      return m && timeOk(m[1]!, m[2]!, m[3]!, m[4]) && zoneOk(m[5])
        ? undefined
        : 'not a valid xs:time (hh:mm:ss[.s][Z|±hh:mm])';
    }
    case 'duration':
      return DURATION.test(v) ? undefined : 'not a valid xs:duration (PnYnMnDTnHnMnS)';
  }
}

/** A comparable instant (ms) for bounds facets on date/time values; NaN when not comparable. */
export function dateTimeInstant(builtin: string, v: string): number {
  if (builtin === 'time') return Date.parse(`1970-01-01T${v}`);
  if (builtin === 'date') return Date.parse(v.slice(0, 10));
  if (builtin === 'dateTime') return Date.parse(v);
  return Number.NaN;
}
