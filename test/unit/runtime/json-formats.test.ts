/**
 * runtime/json-formats.ts against ajv-formats 3 "full", the checks `qspec validate` compiles
 * with: pinned values on each boundary (month lengths, leap years, leap seconds, offsets, the
 * separators of a date-time), then seeded fast-check runs over strings built from the pieces each
 * format is made of, so near-misses are as common as matches. Any string on which the two
 * disagree fails with that string.
 */
import { fullFormats } from 'ajv-formats/dist/formats.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDate, isDateTime, isIpv4, isTime, isUuid, jsonFormats } from '../../../runtime/json-formats.js';

type AjvFormat = RegExp | ((s: string) => boolean) | { validate: RegExp | ((s: string) => boolean) };

function ajvCheck(name: string): (s: string) => boolean {
  const f = (fullFormats as unknown as Record<string, AjvFormat>)[name];
  if (f === undefined) throw new Error(`ajv-formats has no ${name}`);
  const v = typeof f === 'object' && !(f instanceof RegExp) ? f.validate : f;
  return (s) => (v instanceof RegExp ? v.test(s) : v(s));
}

const FORMATS = ['date', 'time', 'date-time', 'ipv4', 'uuid'] as const;

function agree(name: (typeof FORMATS)[number], values: readonly string[]): void {
  const ours = jsonFormats[name]!;
  const theirs = ajvCheck(name);
  const differ = values.filter((v) => ours(v) !== theirs(v)).map((v) => `${JSON.stringify(v)}: ajv ${theirs(v)}`);
  expect(differ).toEqual([]);
}

describe('JSON Schema formats, as ajv-formats full', () => {
  it('are exactly the formats the generator accepts', () => {
    expect(Object.keys(jsonFormats).sort()).toEqual([...FORMATS].sort());
  });

  it('date: month lengths and leap years', () => {
    const valid = ['2024-02-29', '2000-02-29', '2023-12-31', '0000-01-01', '9999-11-30', '2023-04-30'];
    const invalid = ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-01'];
    for (const v of valid) expect(isDate(v)).toBe(true);
    for (const v of invalid) expect(isDate(v)).toBe(false);
    agree('date', [
      ...valid,
      ...invalid,
      '',
      '2023-01-01 ',
      ' 2023-01-01',
      '2023/01/01',
      '２０２３-01-01',
      '20ab-01-01',
      '2023-01-0a',
    ]);
  });

  it('time: offsets, fractions and leap seconds', () => {
    const valid = [
      '23:59:60Z',
      '12:00:00z',
      '12:00:00.5+05:30',
      '00:00:00-0000',
      '10:11:12+01',
      '15:59:60-08:00',
      '23:59:59.999Z',
    ];
    const invalid = [
      '12:00:00',
      '24:00:00Z',
      '12:60:00Z',
      '12:00:60Z',
      '12:00:00+24:00',
      '12:00:00+05:60',
      '12:00:00.Z',
      '12:00:00+05:',
      '12:00:00+5',
    ];
    for (const v of valid) expect(isTime(v)).toBe(true);
    for (const v of invalid) expect(isTime(v)).toBe(false);
    agree('time', [
      ...valid,
      ...invalid,
      '12:00:59.99999999999999999Z',
      '23:59:60.99999999999999999Z',
      '00:59:60+01:00',
      '23:59:61Z',
      '12:00:00+0530x',
      '12:00:00Zz',
      // Leap seconds whose UTC minute is on the hour before: 23:59:60 UTC on the previous day.
      '00:29:60+00:30',
      '00:28:60+00:30',
      '00:30:60+00:30',
    ]);
  });

  it('date-time: the separators ajv-formats splits on', () => {
    const seps = [
      ...['T', 't', ' ', '\t', '\n', '\u000b', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2003', '\u200a'],
      ...['\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'],
      // Not white space to JavaScript's \s: no separator.
      ...['\u0008', '\u000e', '\u180e', '\u1fff', '\u200b', '\u2030', 'x', '_', ''],
    ];
    agree(
      'date-time',
      seps.map((s) => `2024-02-29${s}23:59:60Z`),
    );
    expect(isDateTime('2024-02-29T10:00:00Z')).toBe(true);
    expect(isDateTime('2023-02-29T10:00:00Z')).toBe(false);
    expect(isDateTime('2024-02-29T10:00:00')).toBe(false);
  });

  it('ipv4 and uuid', () => {
    expect(isIpv4('192.168.0.1')).toBe(true);
    expect(isIpv4('192.168.0.01')).toBe(false);
    expect(isUuid('urn:uuid:123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isUuid('123e4567-e89b-12d3-a456-42661417400g')).toBe(false);
    agree('ipv4', [
      '0.0.0.0',
      '255.255.255.255',
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.',
      '1.2.3.4.5',
      '01.2.3.4',
      '1..3.4',
      '1.2.3.1000',
    ]);
    agree('uuid', ['URN:UUID:123E4567-E89B-12D3-A456-426614174000', 'urn:uuid:', '123e4567e89b12d3a456426614174000']);
  });

  // Each format built slot by slot from values on both sides of each bound, then sometimes one
  // character replaced, dropped or doubled, so matches and near-misses are both common.
  const two = (lo: number, hi: number) => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(2, '0'));
  const odd = fc.constantFrom('', '0', '000', 'a', '99');
  const slot = (lo: number, hi: number) =>
    fc.oneof({ arbitrary: two(lo, hi), weight: 8 }, { arbitrary: odd, weight: 1 });
  const date = fc
    .tuple(fc.constantFrom('2024', '2023', '2000', '1900', '0000', '999', '20245'), slot(0, 13), slot(0, 32))
    .map(([y, m, d]) => `${y}-${m}-${d}`);
  const zone = fc.oneof(
    { arbitrary: fc.constantFrom('Z', 'z'), weight: 3 },
    { arbitrary: fc.constantFrom('', 'Zz', '+', '-'), weight: 1 },
    {
      arbitrary: fc
        .tuple(
          fc.constantFrom('+', '-'),
          slot(0, 25),
          fc.constantFrom(':', '', ':', '::'),
          fc.oneof(slot(0, 61), fc.constant('')),
        )
        .map((p) => p.join('')),
      weight: 3,
    },
  );
  const time = fc
    .tuple(slot(0, 25), slot(0, 61), slot(0, 62))
    .chain(([h, m, sec]) =>
      fc
        .tuple(fc.constantFrom('', '.', '.0', '.5', '.999', '.99999999999999999', '.00000000000000001'), zone)
        .map(([f, z]) => `${h}:${m}:${sec}${f}${z}`),
    );
  const dateTime = fc.tuple(date, fc.constantFrom('T', 't', ' ', '\u2003', '\n', 'x', ''), time).map((p) => p.join(''));
  const octet = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 270 }).map(String), weight: 12 },
    { arbitrary: fc.constantFrom('', '01', '00', '1000', 'a'), weight: 1 },
  );
  const ipv4 = fc
    .oneof(
      { arbitrary: fc.array(octet, { minLength: 4, maxLength: 4 }), weight: 4 },
      { arbitrary: fc.array(octet, { minLength: 3, maxLength: 5 }), weight: 1 },
    )
    .map((a) => a.join('.'));
  const hexUnit = fc.oneof(
    { arbitrary: fc.constantFrom(...'0123456789abcdefABCDEF'), weight: 60 },
    { arbitrary: fc.constantFrom('g', '-', ' '), weight: 1 },
  );
  const hex = (n: number) =>
    fc.oneof(
      { arbitrary: fc.string({ unit: hexUnit, minLength: n, maxLength: n }), weight: 12 },
      { arbitrary: fc.string({ unit: hexUnit, minLength: n - 1, maxLength: n + 1 }), weight: 1 },
    );
  const uuid = fc
    .tuple(fc.constantFrom('', 'urn:uuid:', 'URN:UUID:', 'urn:uuid'), hex(8), hex(4), hex(4), hex(4), hex(12))
    .map(([u, ...h]) => u + h.join('-'));
  const mutate = (base: fc.Arbitrary<string>) =>
    fc.oneof(
      base,
      fc.tuple(base, fc.nat(), fc.constantFrom('', '0', 'T', ' ', ':', '-', '.', 'Z', '9')).map(([s, at, c]) => {
        const i = s.length === 0 ? 0 : at % s.length;
        return s.slice(0, i) + c + s.slice(i + 1);
      }),
    );
  const arbitraries: Record<(typeof FORMATS)[number], fc.Arbitrary<string>> = {
    date: mutate(date),
    time: mutate(time),
    'date-time': mutate(dateTime),
    ipv4: mutate(ipv4),
    uuid: mutate(uuid),
  };

  for (const name of FORMATS) {
    it(`${name}: agrees on generated matches and near-misses (seeded)`, () => {
      const ours = jsonFormats[name]!;
      const theirs = ajvCheck(name);
      let matches = 0;
      fc.assert(
        fc.property(arbitraries[name], (s) => {
          if (theirs(s)) matches++;
          return ours(s) === theirs(s);
        }),
        { seed: 20261204, numRuns: 20_000 },
      );
      // Both sides are exercised: at least 500 of the runs are in the format and 500 are not.
      expect(matches).toBeGreaterThan(500);
      expect(matches).toBeLessThan(19_500);
    });
  }

  it('take time linear in the input: a 1 MB string is refused in one pass', () => {
    const long = `2024-02-29T12:00:00.${'9'.repeat(1_000_000)}`;
    for (const f of Object.values(jsonFormats)) expect(f(long)).toBe(false);
  });
});
