/**
 * The slices the threads of a parallel `qspec validate` batch claim from their shared counter
 * (batch-slices.ts): every file claimed exactly once, in order, slices shrinking towards the end
 * of the batch; a claim overtaken by another thread's is retried.
 */
import { describe, expect, it } from 'vitest';
import {
  claimSlice,
  newClaimCounter,
  SLICE_MAX,
  SLICE_MIN,
  sliceSize,
} from '../../../../conformance/validate/batch-slices.js';

/** Every slice claimed from a fresh counter by one thread. */
function claimAll(files: number, threads: number): [number, number][] {
  const counter = newClaimCounter();
  const out: [number, number][] = [];
  for (let s = claimSlice(counter, files, threads); s; s = claimSlice(counter, files, threads)) out.push(s);
  return out;
}

describe('slices claimed from the shared counter', () => {
  it('cover every file exactly once, in order', () => {
    for (const [files, threads] of [
      [0, 2],
      [1, 2],
      [3, 4],
      [257, 2],
      [5000, 2],
      [5000, 16],
    ] as const) {
      const slices = claimAll(files, threads);
      expect(slices.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).toEqual(
        Array.from({ length: files }, (_, i) => i),
      );
    }
  });

  it('are large early (at most SLICE_MAX) and shrink towards the end (down to SLICE_MIN)', () => {
    const sizes = claimAll(5000, 2).map(([a, b]) => b - a);
    expect(sizes[0]).toBe(SLICE_MAX);
    expect(Math.max(...sizes)).toBe(SLICE_MAX);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]!).toBeLessThanOrEqual(sizes[i - 1]!);
    expect(sizes.at(-2)).toBe(SLICE_MIN);
    expect(sizes.at(-1)).toBeLessThanOrEqual(SLICE_MIN);
    // A quarter of what is left per thread, in between.
    expect(sliceSize(400, 2)).toBe(50);
    expect(sliceSize(3, 2)).toBe(3);
  });

  it('a claim that another thread overtook between reading and advancing the counter is retried', () => {
    const counter = newClaimCounter();
    const cas = Atomics.compareExchange;
    let overtaken = false;
    // Another thread claims files 0..9 just as this one tries to advance the counter from 0.
    Atomics.compareExchange = ((a: Int32Array, i: number, expected: number, value: number) => {
      if (!overtaken) {
        overtaken = true;
        Atomics.store(a, i, 10);
      }
      return cas(a, i, expected, value);
    }) as typeof Atomics.compareExchange;
    try {
      expect(claimSlice(counter, 1000, 2)).toEqual([10, 10 + sliceSize(990, 2)]);
    } finally {
      Atomics.compareExchange = cas;
    }
    expect(Atomics.load(counter, 0)).toBe(10 + sliceSize(990, 2));
  });
});
