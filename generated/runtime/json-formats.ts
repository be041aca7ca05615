// Copied by qspec from runtime/json-formats.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The JSON Schema `format` checks of the generated validators: each a single left-to-right scan
 * of the string (linear time, no regular expression), accepting exactly the strings ajv-formats
 * 3 accepts in its "full" mode, so a payload gets the same verdict from the generated client as
 * from `qspec validate` (which compiles with ajv-formats). That equality is tested value by value
 * against ajv-formats (test/unit/runtime/json-formats.test.ts).
 *
 * Why not import ajv-formats from the generated code: loading it compiles a case-insensitive
 * Unicode URL pattern at start-up, which costs every process importing the client ~5 MB of
 * resident memory, for a check (`date-time`) the specs use alone (docs/performance.md, "Client RSS").
 *
 * A format not listed here is refused when generating (`JsonSchemaUnsupportedFormat`), never
 * ignored silently.
 *
 * @see JSON Schema draft-07 §7.3 (formats); RFC 3339 §5.6 (date, time, date-time);
 *      RFC 2673 §3.2 (ipv4); RFC 4122 §3 (uuid)
 */

/** A format check: true when the string is in the format. */
export type JsonFormatCheck = (value: string) => boolean;

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The two digits at `at` as a number, or -1 when either is not an ASCII digit. */
function twoDigits(s: string, at: number): number {
  const a = s.charCodeAt(at);
  const b = s.charCodeAt(at + 1);
  return isDigit(a) && isDigit(b) ? (a - 48) * 10 + (b - 48) : -1;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-date: `YYYY-MM-DD`, a day that exists in that month (29 February in leap years). */
export function isDate(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const hi = twoDigits(s, 0);
  const lo = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return false;
  const max = month === 2 && isLeapYear(hi * 100 + lo) ? 29 : (DAYS_IN_MONTH[month] as number);
  return day <= max;
}

/**
 * RFC 3339 full-time with its offset required: `hh:mm:ss[.fraction](Z|z|±hh[[:]mm])`, hours <= 23,
 * minutes <= 59, seconds < 60, or a leap second (seconds < 61) that falls at 23:59 UTC.
 */
export function isTime(s: string): boolean {
  const n = s.length;
  if (n < 9 || s.charCodeAt(2) !== 58 || s.charCodeAt(5) !== 58) return false;
  const hour = twoDigits(s, 0);
  const minute = twoDigits(s, 3);
  if (hour < 0 || minute < 0 || twoDigits(s, 6) < 0) return false;
  let i = 8;
  if (s.charCodeAt(i) === 46) {
    i++;
    const start = i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === start) return false;
  }
  // As a double, like ajv-formats: 59.99999999999999999 rounds to 60 and is then no ordinary second.
  const seconds = Number(s.slice(6, i));
  const zone = s.charCodeAt(i);
  let offsetHours = 0;
  let offsetMinutes = 0;
  let sign = 1;
  if (zone === 90 || zone === 122) {
    if (i + 1 !== n) return false;
  } else if (zone === 43 || zone === 45) {
    sign = zone === 45 ? -1 : 1;
    offsetHours = twoDigits(s, i + 1);
    if (offsetHours < 0) return false;
    let j = i + 3;
    if (j < n) {
      if (s.charCodeAt(j) === 58) j++;
      offsetMinutes = twoDigits(s, j);
      if (offsetMinutes < 0 || j + 2 !== n) return false;
    }
  } else return false;
  if (offsetHours > 23 || offsetMinutes > 59) return false;
  if (hour <= 23 && minute <= 59 && seconds < 60) return true;
  // A leap second: below 61 seconds, at 23:59 UTC once the offset is taken off.
  const utcMinute = minute - offsetMinutes * sign;
  const utcHour = hour - offsetHours * sign - (utcMinute < 0 ? 1 : 0);
  return (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && seconds < 61;
}

/** The separators ajv-formats splits a date-time on: `T`, `t` or any JavaScript white space. */
function isDateTimeSeparator(c: number): boolean {
  return (
    c === 84 ||
    c === 116 ||
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** RFC 3339 date-time: a full-date, one separator (`T`, `t` or a space), a full-time with its offset. */
export function isDateTime(s: string): boolean {
  return s.length > 11 && isDateTimeSeparator(s.charCodeAt(10)) && isDate(s.slice(0, 10)) && isTime(s.slice(11));
}

/** Dotted-quad IPv4: four decimal numbers 0-255 without leading zeros. */
export function isIpv4(s: string): boolean {
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== 46) return false;
      i++;
    }
    const start = i;
    let value = 0;
    while (i < s.length && isDigit(s.charCodeAt(i)) && i - start < 3) {
      value = value * 10 + (s.charCodeAt(i) - 48);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || value > 255 || (digits > 1 && s.charCodeAt(start) === 48)) return false;
  }
  return i === s.length;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

/** A UUID in its 8-4-4-4-12 hex form (either case), optionally after `urn:uuid:`. */
export function isUuid(s: string): boolean {
  const start = s.length === 45 && s.slice(0, 9).toLowerCase() === 'urn:uuid:' ? 9 : 0;
  if (s.length - start !== 36) return false;
  for (let i = 0; i < 36; i++) {
    const c = s.charCodeAt(start + i);
    if (i === 8 || i === 13 || i === 18 || i === 23 ? c !== 45 : !isHex(c)) return false;
  }
  return true;
}

/** Every format the generated validators check, by its JSON Schema name. */
export const jsonFormats: Readonly<Record<string, JsonFormatCheck>> = {
  date: isDate,
  time: isTime,
  'date-time': isDateTime,
  ipv4: isIpv4,
  uuid: isUuid,
};
