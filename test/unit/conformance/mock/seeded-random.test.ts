/**
 * The mock's PRNG (seeded-random.ts): mulberry32's published outputs for seed 1, FNV-1a's
 * published hashes, string seeds equal to their hash, numeric seeds taken modulo 2^32, and
 * `int`/`pick` as floors of `next`; two generators with one seed give one sequence.
 */
import { describe, expect, it } from 'vitest';
import { hash, seededRandom } from '../../../../conformance/mock/seeded-random.js';

describe('seededRandom', () => {
  it('is mulberry32', () => {
    const r = seededRandom(1);
    expect([r.next(), r.next(), r.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const z = seededRandom(0);
    expect([z.next(), z.next()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
  });
  it('takes numeric seeds modulo 2^32 and string seeds by their hash', () => {
    expect(seededRandom(-1).next()).toBe(0.8964226141106337);
    expect(seededRandom(4294967295).next()).toBe(0.8964226141106337);
    expect(seededRandom(2 ** 32 + 5).next()).toBe(seededRandom(5).next());
    expect(seededRandom('abc').next()).toBe(0.5166419988963753);
    expect(seededRandom('abc').next()).toBe(seededRandom(hash('abc')).next());
  });
  it('int(n) and pick floor next() into range', () => {
    const r = seededRandom(42);
    expect(Array.from({ length: 10 }, () => r.int(10))).toEqual([6, 4, 8, 6, 1, 5, 2, 6, 8, 4]);
    const p = seededRandom(42);
    expect(Array.from({ length: 8 }, () => p.pick(['a', 'b', 'c']))).toEqual(['b', 'b', 'c', 'c', 'a', 'b', 'a', 'b']);
    const q = seededRandom(42);
    const xs = Array.from({ length: 8 }, () => q.next());
    expect(xs.map((x) => Math.floor(x * 3))).toEqual([1, 1, 2, 2, 0, 1, 0, 1]);
  });
  it('stays in [0, 1) and repeats for one seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      expect(b.next()).toBe(x);
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('hash (FNV-1a, 32 bits)', () => {
  it.each([
    ['', 2166136261],
    ['a', 3826002220],
    ['abc', 440920331],
    ['vm.host.list', 2627449142],
  ])('%j → %i', (s, h) => {
    expect(hash(s)).toBe(h);
  });
});
