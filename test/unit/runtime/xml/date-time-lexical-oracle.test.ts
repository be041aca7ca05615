/**
 * date-time-lexical.ts scans calendar values by hand (no match array or substrings per value).
 * Its oracle here is the regular-expression form of the same lexical spaces (XSD 1.0 Part 2
 * §3.2.7-3.2.14, as the module documents them), with the same range checks: for every calendar
 * type, seeded generated values (valid ones, and near-misses made by one to three edits with
 * the characters these forms use) get the same verdict and the same parsed fields from both.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarBuiltin,
  checkDateTimeLexical,
  parseCalendar,
} from '../../../../runtime/xml/date-time-lexical.js';

const YEAR = '(-?(?!0000)(?:[1-9]\\d{4,}|\\d{4}))';
const ZONE = '(Z|[+-]\\d{2}:\\d{2})?';
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d+))?';
/** Each form and where its year, month, day, hour and zone groups are (0: none). */
const ORACLE: Record<CalendarBuiltin, { re: RegExp; g: [number, number, number, number, number] }> = {
  dateTime: { re: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})T${TIME}${ZONE}$`), g: [1, 2, 3, 4, 8] },
  date: { re: new RegExp(`^${YEAR}-(\\d{2})-(\\d{2})${ZONE}$`), g: [1, 2, 3, 0, 4] },
  time: { re: new RegExp(`^${TIME}${ZONE}$`), g: [0, 0, 0, 1, 5] },
  gYearMonth: { re: new RegExp(`^${YEAR}-(\\d{2})${ZONE}$`), g: [1, 2, 0, 0, 3] },
  gYear: { re: new RegExp(`^${YEAR}${ZONE}$`), g: [1, 0, 0, 0, 2] },
  gMonthDay: { re: new RegExp(`^--(\\d{2})-(\\d{2})${ZONE}$`), g: [0, 1, 2, 0, 3] },
  gDay: { re: new RegExp(`^---(\\d{2})${ZONE}$`), g: [0, 0, 1, 0, 2] },
  gMonth: { re: new RegExp(`^--(\\d{2})${ZONE}$`), g: [0, 1, 0, 0, 2] },
};

function leap(year: string): boolean {
  const y = BigInt(year.replace(/^-/, ''));
  return (y % 4n === 0n && y % 100n !== 0n) || y % 400n === 0n;
}

function zone(tz: string | undefined): number | undefined {
  if (tz === undefined) return undefined;
  if (tz === 'Z') return 0;
  const h = Number(tz.slice(1, 3));
  const m = Number(tz.slice(4, 6));
  if (m > 59 || h > 14 || (h === 14 && m !== 0)) return Number.NaN;
  return (tz[0] === '-' ? -1 : 1) * (h * 60 + m);
}

/** The fields of `v` as form `b` by the regular expression, or undefined. */
function oracle(b: CalendarBuiltin, v: string) {
  const { re, g } = ORACLE[b];
  const m = re.exec(v);
  if (!m) return undefined;
  const [y, mo, d, h, z] = g;
  const year = y ? m[y]! : '1972';
  const month = mo ? Number(m[mo]) : y ? 1 : 12;
  const day = d ? Number(m[d]) : b === 'time' ? 31 : 1;
  if (mo || d) {
    const checkMonth = mo ? month : 12;
    const checkDay = d ? day : 1;
    const days = checkMonth === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(checkMonth) ? 30 : 31;
    if (checkMonth < 1 || checkMonth > 12 || checkDay < 1 || checkDay > days) return undefined;
  }
  const hour = h ? Number(m[h]) : 0;
  const minute = h ? Number(m[h + 1]) : 0;
  const second = h ? Number(m[h + 2]) : 0;
  const frac = h ? (m[h + 3] ?? '').replace(/0+$/, '') : '';
  if (h && !(hour === 24 ? minute === 0 && second === 0 && frac === '' : hour <= 23 && minute <= 59 && second <= 59))
    return undefined;
  const tz = zone(m[z]);
  if (Number.isNaN(tz)) return undefined;
  return { year: BigInt(year), month, day, hour, minute, second, frac, tz };
}

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((a) => a.join(''));
/** Two digits, mostly from `min` to `max`. */
const two = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }).map((n) => String(n).padStart(2, '0')), weight: 4 },
    { arbitrary: digits(2, 2), weight: 1 },
  );
const month = two(1, 12);
const day = two(1, 31);
const year = fc.tuple(fc.constantFrom('', '', '-'), fc.oneof(digits(4, 4), digits(3, 7))).map(([s, d]) => s + d);
const time = fc
  .tuple(two(0, 24), two(0, 59), two(0, 59), fc.option(digits(0, 4), { nil: undefined }))
  .map(([h, m, s, f]) => `${h}:${m}:${s}${f === undefined ? '' : `.${f}`}`);
const tz = fc.oneof(
  fc.constant(''),
  fc.constant('Z'),
  fc.tuple(fc.constantFrom('+', '-'), two(0, 14), two(0, 59)).map(([s, h, m]) => `${s}${h}:${m}`),
);
const SHAPE: Record<CalendarBuiltin, fc.Arbitrary<string>> = {
  dateTime: fc.tuple(year, month, day, time, tz).map(([y, m, d, t, z]) => `${y}-${m}-${d}T${t}${z}`),
  date: fc.tuple(year, month, day, tz).map(([y, m, d, z]) => `${y}-${m}-${d}${z}`),
  time: fc.tuple(time, tz).map(([t, z]) => t + z),
  gYearMonth: fc.tuple(year, month, tz).map(([y, m, z]) => `${y}-${m}${z}`),
  gYear: fc.tuple(year, tz).map(([y, z]) => y + z),
  gMonthDay: fc.tuple(month, day, tz).map(([m, d, z]) => `--${m}-${d}${z}`),
  gDay: fc.tuple(day, tz).map(([d, z]) => `---${d}${z}`),
  gMonth: fc.tuple(month, tz).map(([m, z]) => `--${m}${z}`),
};
/** One edit: replace, insert or delete a character with one these forms use. */
const edit = fc.tuple(fc.nat(), fc.constantFrom(...'0123456789-+:.TZ t'), fc.constantFrom('set', 'insert', 'delete'));
function applyEdits(v: string, edits: readonly (readonly [number, string, string])[]): string {
  let s = v;
  for (const [at, c, how] of edits) {
    const i = s.length === 0 ? 0 : at % (s.length + (how === 'insert' ? 1 : 0));
    if (how === 'set') s = s.slice(0, i) + c + s.slice(i + 1);
    else if (how === 'insert') s = s.slice(0, i) + c + s.slice(i);
    else s = s.slice(0, i) + s.slice(i + 1);
  }
  return s;
}

describe('the hand scanner agrees with the regular-expression forms', () => {
  for (const b of Object.keys(ORACLE) as CalendarBuiltin[]) {
    it(`${b}: generated values and near-misses (seeded)`, () => {
      let valid = 0;
      let invalid = 0;
      const edits = fc.oneof(fc.constant([]), fc.array(edit, { minLength: 1, maxLength: 3 }));
      fc.assert(
        fc.property(SHAPE[b], edits, (v, e) => {
          const s = applyEdits(v, e);
          const want = oracle(b, s);
          expect(checkDateTimeLexical(b, s) === undefined, s).toBe(want !== undefined);
          expect(parseCalendar(b, s), s).toEqual(want);
          if (want) valid++;
          else invalid++;
        }),
        { seed: 0x5eed_da7e, numRuns: 6000 },
      );
      // Both sides of the boundary were exercised.
      expect(valid).toBeGreaterThan(300);
      expect(invalid).toBeGreaterThan(300);
    });
  }
});
