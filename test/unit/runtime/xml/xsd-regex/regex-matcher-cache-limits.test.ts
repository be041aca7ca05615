/**
 * The XSD pattern matcher keeps the state sets it meets as a lazily built DFA, bounded: at most
 * 1000 states per pattern (a full cache is emptied and built again) and at most 256 cached
 * transitions on characters from U+0080 on per state (past that, computed again each time). Pinned
 * here: the verdicts stay those of the pattern (XSD 1.0 Part 2 §4.3.4, Appendix F: whole-value
 * match) when the cache overflows, many times over, and when one state meets thousands of distinct
 * non-ASCII characters; distinct state sets are never confused (exhaustive values over {a,b,c});
 * and the memory held by one matcher stays bounded however many states or characters it meets
 * (measured after a full garbage collection). The oracle is JavaScript's RegExp with the `u` flag on
 * the same pattern, anchored `^(?:...)$`.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseXsdRegex } from '../../../../../runtime/xml/xsd-regex/parse-xsd-regex.js';
import { NfaMatcher } from '../../../../../runtime/xml/xsd-regex/regex-matcher.js';
import { buildNfa } from '../../../../../runtime/xml/xsd-regex/regex-nfa.js';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

function fresh(pattern: string): NfaMatcher {
  return new NfaMatcher(buildNfa(parseXsdRegex(pattern)));
}

function oracle(js: string): RegExp {
  return new RegExp(`^(?:${js})$`, 'u');
}

/** A seeded pseudo-random generator (mulberry32): `next(n)` is in 0..n-1. */
function rng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

/** Every string over `alphabet` of length 0..max, shortest first. */
function allStrings(alphabet: string, max: number): string[] {
  const out = [''];
  let layer = [''];
  for (let len = 1; len <= max; len++) {
    layer = layer.flatMap((s) => [...alphabet].map((c) => s + c));
    out.push(...layer);
  }
  return out;
}

describe('past the DFA state cache (1000 states)', () => {
  // `(a|b)*a(a|b){n}` has 2^(n+1) DFA states: the last n+1 characters are the state. With a
  // leading `x`, a value is also wrong as soon as a state forgets the `x` it has seen.
  it.each([
    ['', 12],
    ['', 16],
    ['x', 12],
    ['x', 16],
  ])('%s(a|b)*a(a|b){%i}: random values agree with the oracle', (x, n) => {
    const m = fresh(`${x}(a|b)*a(a|b){${n}}`);
    const js = oracle(`${x}[ab]*a[ab]{${n}}`);
    const next = rng(7 + n);
    let yes = 0;
    for (let k = 0; k < 600; k++) {
      let s = x;
      const len = 30 + next(20);
      for (let i = 0; i < len; i++) s += next(2) ? 'a' : 'b';
      const want = js.test(s);
      if (want) yes++;
      expect(m.test(s), s).toBe(want);
    }
    expect(yes).toBeGreaterThan(100);
    expect(yes).toBeLessThan(500);
  });

  it('with non-ASCII and astral characters in the states that overflow', () => {
    const m = fresh('x(\u00e9|\u{10300}|a)*\u{10300}(\u00e9|\u{10300}|a){10}');
    const js = oracle('x[\\xe9\\u{10300}a]*\\u{10300}[\\xe9\\u{10300}a]{10}');
    const next = rng(99);
    const chars = ['\u00e9', '\u{10300}', 'a'];
    for (let k = 0; k < 600; k++) {
      let s = 'x';
      const len = 15 + next(20);
      for (let i = 0; i < len; i++) s += chars[next(3)];
      expect(m.test(s), JSON.stringify(s)).toBe(js.test(s));
    }
  });

  it('one long value that passes through far more than 1000 states', () => {
    const m = fresh('(a|b)*a(a|b){14}');
    const js = oracle('[ab]*a[ab]{14}');
    const next = rng(3);
    let s = '';
    for (let i = 0; i < 20_000; i++) s += next(2) ? 'a' : 'b';
    for (const v of [`${s}a${'b'.repeat(14)}`, `${s}b${'a'.repeat(14)}`, s, `${s}a${'a'.repeat(13)}`]) {
      expect(m.test(v)).toBe(js.test(v));
    }
  });
});

describe('distinct state sets are distinct states', () => {
  // Patterns whose DFA has many state sets of NFA states with similar numbers; all values over
  // {a,b,c} up to length 6 are matched in order on one matcher each.
  it.each([
    '((ac|ac)aba|(ca)*)(bc)*',
    '(((ab)?|(cb)*)|ababba)((b)?|(baab)*)',
    '(((cb|cc))?ac(cb|b)|(ba|(ac)*))',
    '((cb|c)ccbc(b)?(c|b)|bb)',
    '(((bb)?)?((bc)?)*|((acaa|ccaa)|cc))',
    '(a|b|c)*(abc|cab|bca)(a|c)?(b|c)?',
  ])('%s', (pattern) => {
    const m = fresh(pattern);
    const js = oracle(pattern);
    let yes = 0;
    for (const s of allStrings('abc', 6)) {
      const want = js.test(s);
      if (want) yes++;
      expect(m.test(s), s).toBe(want);
    }
    expect(yes).toBeGreaterThan(0);
  });
});

describe('past 256 cached non-ASCII transitions in one state', () => {
  it('thousands of distinct BMP and astral characters through one state', () => {
    const p = compileXsdPattern('[\u0100-\u9fff\u{10000}-\u{1FFFF}]*[\u4e00-\u4fff]');
    const js = oracle('[\\u0100-\\u9fff\\u{10000}-\\u{1FFFF}]*[\\u4e00-\\u4fff]');
    const next = rng(5);
    const pick = () => {
      const r = next(4);
      if (r === 0) return String.fromCodePoint(0x100 + next(0x9f00));
      if (r === 1) return String.fromCodePoint(0x10000 + next(0x10000));
      if (r === 2) return String.fromCodePoint(0x4e00 + next(0x200));
      return String.fromCodePoint(0x80 + next(0x80)); // outside the pattern
    };
    let yes = 0;
    for (let k = 0; k < 1500; k++) {
      let s = '';
      const len = 1 + next(6);
      for (let i = 0; i < len; i++) s += pick();
      const want = js.test(s);
      if (want) yes++;
      expect(p.test(s), JSON.stringify(s)).toBe(want);
    }
    expect(yes).toBeGreaterThan(100);
  });

  it('one value of 3000 distinct characters, then values made of them', () => {
    const p = compileXsdPattern('[\u0400-\u04ff\u3040-\u30ff\u{1D400}-\u{1D7FF}]*');
    let all = '';
    for (let cp = 0x400; cp <= 0x4ff; cp++) all += String.fromCodePoint(cp);
    for (let cp = 0x3040; cp <= 0x30ff; cp++) all += String.fromCodePoint(cp);
    for (let cp = 0x1d400; cp <= 0x1d7ff; cp++) all += String.fromCodePoint(cp);
    expect(p.test(all)).toBe(true);
    expect(p.test(all)).toBe(true);
    expect(p.test(`${all}\u0500`)).toBe(false);
    expect(p.test(`${all}\u{1D800}`)).toBe(false);
    expect(p.test(`${all}\ud835`)).toBe(false);
    expect(p.test(`\u{1D7FF}\u30ff\u04ff\u{1D400}\u3040\u0400`)).toBe(true);
    expect(p.test(`\u{1D7FF}\u30ff\u04ff\u{1D400}\u3040\u0400\u303f`)).toBe(false);
  });
});

describe('memory held by one matcher stays bounded', () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const used = () => {
    gc();
    gc();
    const u = process.memoryUsage();
    return u.heapUsed + u.arrayBuffers;
  };

  // Memory is measured after a first value has filled the caches and again after a second one of
  // the same kind: a bounded cache does not grow in between.
  it('through 2 x 30000 distinct DFA states (the cache is emptied, not grown)', () => {
    const m = fresh('(a|b)*a(a|b){28}');
    const js = oracle('[ab]*a[ab]{28}');
    const next = rng(11);
    const [s1, s2] = [0, 1].map(() => Array.from({ length: 30_000 }, () => (next(2) ? 'a' : 'b')).join(''));
    const u0 = used();
    expect(m.test(s1!)).toBe(js.test(s1!));
    const u1 = used();
    expect(m.test(s2!)).toBe(js.test(s2!));
    const u2 = used();
    expect(m.test('a'.repeat(29))).toBe(true);
    // 30000 states, at 128 table entries of 4 bytes each, would be 15 MB.
    expect(u1 - u0).toBeLessThan(4_000_000);
    expect(u2 - u1).toBeLessThan(4_000_000);
  });

  it('through 2 x 150000 distinct astral characters in one state', () => {
    const m = fresh('.*');
    const [s1, s2] = [0x20000, 0x50000].map((from) =>
      Array.from({ length: 150_000 }, (_, k) => String.fromCodePoint(from + k)).join(''),
    );
    expect(m.test(s1!)).toBe(true);
    const before = used();
    expect(m.test(s2!)).toBe(true);
    const grown = used() - before;
    expect(m.test('\u{20000}')).toBe(true);
    // A map of 150000 more transitions would take several MB.
    expect(grown).toBeLessThan(2_000_000);
  });
});
