/**
 * Pattern matching runs in time linear in the value: CPU time for an 8x longer value grows far
 * less than quadratically (measured as CPU time, best of 3; no wall-clock assertions). Before,
 * patterns ran on JavaScript's backtracking engine, where `(a+)+b` against 40 characters never
 * finishes. Also a pattern whose DFA would pass the state cache (`(a|b)*a(a|b){12}`: 2^13 states)
 * still matches correctly and linearly.
 */
import { describe, expect, it } from 'vitest';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';
import { bestCpuMicros } from '../../../../support/cpu-time.js';

const cpu = (run: () => void): number => bestCpuMicros(run);

describe('XSD pattern matching is linear in the value', () => {
  it.each([
    ['(a+)+b', (n: number) => 'a'.repeat(n), false],
    ['(a|aa)*c', (n: number) => 'a'.repeat(n), false],
    ['(a*)*(b|a)', (n: number) => `${'a'.repeat(n)}x`, false],
    ['(.*a){3}.*', (n: number) => 'ba'.repeat(n / 2), true],
  ])('%s', (pattern, value, expected) => {
    const p = compileXsdPattern(pattern);
    expect(p.test(value(40))).toBe(expected);
    const small = cpu(() => expect(p.test(value(20_000))).toBe(expected));
    const large = cpu(() => expect(p.test(value(160_000))).toBe(expected));
    expect(large / Math.max(small, 1)).toBeLessThan(32);
  });

  it('past the DFA state cache: still right, still linear', () => {
    const pattern = '(a|b)*a(a|b){12}';
    const p = compileXsdPattern(pattern);
    const js = /^(?:[ab]*a[ab]{12})$/;
    let seed = 7;
    const value = (n: number) => {
      let s = '';
      for (let i = 0; i < n; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
        s += (seed >>> 16) & 1 ? 'a' : 'b';
      }
      return s;
    };
    for (let k = 0; k < 200; k++) {
      const s = value(30);
      expect(p.test(s), s).toBe(js.test(s));
    }
    const small = value(2_000);
    const large = value(16_000);
    const a = cpu(() => p.test(small));
    const b = cpu(() => p.test(large));
    expect(b / Math.max(a, 1)).toBeLessThan(32);
  });
});
