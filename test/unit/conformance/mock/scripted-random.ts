/**
 * Test random sources for the mock's sample generators (sample-xml.ts, sample-json.ts): a scripted
 * one that returns the given values in order and fails when asked once too often, and a constant
 * one, so every coin a generator flips is known to the test.
 */
import type { SeededRandom } from '../../../../conformance/mock/seeded-random.js';

/** An rng that returns the scripted values, and fails when asked once too often. */
export function scripted(values: number[]): SeededRandom & { left: () => number } {
  const q = [...values];
  const next = () => {
    const v = q.shift();
    if (v === undefined) throw new Error('rng asked once too often');
    return v;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    left: () => q.length,
  };
}

/** An rng that always returns `v`. */
export const always = (v: number): SeededRandom => ({
  next: () => v,
  int: (n) => Math.floor(v * n),
  pick: (i) => i[0]!,
});
