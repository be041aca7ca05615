/**
 * What a match costs once the XSD pattern matcher's transition cache has seen the characters: one
 * table lookup per character, whether the state it loops in is the start state or another, whether
 * that state stands for one NFA state or a hundred, whether the character is ASCII or U+0080, and
 * however many distinct states a small pattern cycles through; and a value is rejected as soon as
 * no continuation of what was read can match (XSD 1.0 Part 2 §4.3.4: the whole value must match),
 * without reading the rest. Verdicts are checked too; the costs are compared as CPU time (best of
 * 3, no wall-clock), each against a twin case that must cost about the same, with a wide margin.
 */
import { describe, expect, it } from 'vitest';
import { parseXsdRegex } from '../../../../../runtime/xml/xsd-regex/parse-xsd-regex.js';
import { NfaMatcher } from '../../../../../runtime/xml/xsd-regex/regex-matcher.js';
import { buildNfa } from '../../../../../runtime/xml/xsd-regex/regex-nfa.js';
import { bestCpuMicros } from '../../../../support/cpu-time.js';

function fresh(pattern: string): NfaMatcher {
  return new NfaMatcher(buildNfa(parseXsdRegex(pattern)));
}

const cpu = (run: () => void): number => bestCpuMicros(run);

/** `a` costs at most `factor` times `b` (with `b` counted as at least 2 ms). */
function comparable(a: number, b: number, factor = 8): void {
  expect(a).toBeLessThan(factor * Math.max(b, 2_000));
}

describe('a cached transition is one lookup', () => {
  it('looping in the start state costs what looping in another state costs', () => {
    const n = 400_000;
    const start = fresh('a*');
    const other = fresh('ba*');
    const inStart = 'a'.repeat(n);
    const inOther = `b${'a'.repeat(n - 1)}`;
    expect(start.test(inStart)).toBe(true);
    expect(other.test(inOther)).toBe(true);
    expect(start.test(`${inStart}b`)).toBe(false);
    const a = cpu(() => start.test(inStart));
    const b = cpu(() => other.test(inOther));
    comparable(a, b);
    comparable(b, a);
  });

  // `(x|x|...|x)*` with 100 alternatives: the looping state holds 100 NFA states, so computing a
  // transition afresh reads all of them; cached, it is one lookup, as in `x*`.
  it.each([
    ['U+0080', '\u0080'],
    ['U+00E9', '\u00e9'],
    ['U+4E00', '\u4e00'],
    ['U+10300', '\u{10300}'],
  ])('a state of 100 NFA states costs what a state of one costs, on %s', (_name, c) => {
    const n = 100_000;
    const set = `[a${c}]`;
    const big = fresh(`(${Array.from({ length: 100 }, () => set).join('|')})*`);
    const small = fresh(`${set}*`);
    const value = c.repeat(n);
    expect(big.test(value)).toBe(true);
    expect(small.test(value)).toBe(true);
    expect(big.test(`${value}b`)).toBe(false);
    expect(big.test(`a${c}a${c}`)).toBe(true);
    comparable(
      cpu(() => big.test(value)),
      cpu(() => small.test(value)),
    );
  });

  it('cycling through three states costs what staying in one costs', () => {
    const value = 'abc'.repeat(100_000);
    const cycle = fresh('(abc)*');
    const flat = fresh('[abc]*');
    expect(cycle.test(value)).toBe(true);
    expect(flat.test(value)).toBe(true);
    expect(cycle.test(`${value}a`)).toBe(false);
    expect(cycle.test(`${value}abc`)).toBe(true);
    comparable(
      cpu(() => cycle.test(value)),
      cpu(() => flat.test(value)),
    );
  });

  // `(a{1000})*` on a's cycles through exactly 1000 DFA states: the cache holds them all (its
  // limit is 1000), so once the cycle is known each character is one lookup again.
  it('cycling through 1000 states, the size of the cache, costs what staying in one costs', () => {
    const value = 'a'.repeat(500_000);
    const cycle = fresh('(a{1000})*');
    const flat = fresh('a*');
    expect(cycle.test(value)).toBe(true);
    expect(flat.test(value)).toBe(true);
    expect(cycle.test(`${value}a`)).toBe(false);
    expect(cycle.test('a'.repeat(999))).toBe(false);
    comparable(
      cpu(() => cycle.test(value)),
      cpu(() => flat.test(value)),
    );
  });

  it('cycling through three states of non-ASCII characters likewise', () => {
    const value = '\u00e9\u{10300}\u0100'.repeat(50_000);
    const cycle = fresh('(\u00e9\u{10300}\u0100)*');
    const flat = fresh('[\u00e9\u{10300}\u0100]*');
    expect(cycle.test(value)).toBe(true);
    expect(flat.test(value)).toBe(true);
    expect(cycle.test(`${value}\u00e9`)).toBe(false);
    comparable(
      cpu(() => cycle.test(value)),
      cpu(() => flat.test(value)),
    );
  });
});

describe('a value is rejected as soon as no continuation can match', () => {
  const n = 200_000;
  const tail = 'a'.repeat(n);

  it.each<[string, string, string]>([
    // pattern, a value rejected at its first character(s), a value read to its end (same length)
    ['a*', `b${tail}`, `a${tail}`],
    ['a*', `${'a'.repeat(10)}b${tail.slice(10)}`, `a${tail}`],
    ['ab', `abb${tail.slice(2)}`, `a${tail}`],
    ['(ab)?', `ab${tail}`, `a${tail}`],
    ['\u00e9*', `\u{10300}${'\u00e9'.repeat(n)}`, `\u00e9${'\u00e9'.repeat(n)}`],
  ])('%s', (pattern, early, full) => {
    const m = fresh(pattern);
    expect(m.test(early)).toBe(false);
    const reference = fresh(pattern.startsWith('\u00e9') ? '\u00e9*' : 'a*');
    expect(reference.test(full)).toBe(true);
    const rejected = cpu(() => {
      for (let k = 0; k < 20; k++) m.test(early);
    });
    const read = cpu(() => {
      for (let k = 0; k < 20; k++) reference.test(full);
    });
    // Reading 20 x 200000 characters takes milliseconds; rejecting early, microseconds.
    expect(read).toBeGreaterThan(1_000);
    expect(rejected * 20).toBeLessThan(read);
  });

  it('the shortest values: empty, and a value that ends where the pattern does', () => {
    expect(fresh('a*').test('')).toBe(true);
    expect(fresh('a+').test('')).toBe(false);
    expect(fresh('ab').test('ab')).toBe(true);
    expect(fresh('ab').test('abb')).toBe(false);
    expect(fresh('ab').test('a')).toBe(false);
    expect(fresh('(ab)?').test('')).toBe(true);
    expect(fresh('(ab)?').test('aba')).toBe(false);
    expect(fresh('\u{10300}').test('\u{10300}\u{10300}')).toBe(false);
    expect(fresh('\u{10300}').test('\u{10300}')).toBe(true);
  });
});
