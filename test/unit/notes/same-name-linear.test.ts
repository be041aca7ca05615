/**
 * `sameName` (a note's name against a spec's name: equal ignoring case, or one edit apart from 8
 * characters on) agrees with the edit-distance table on every pair of short names, and runs in
 * linear time: a note is outside input, and a quoted name can be as long as the note. The table
 * (quadratic) lives here only, as the reference: production code does not use it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sameName } from '../../../generator/notes/note-text.js';

/** Levenshtein distance by the full table; `cap + 1` when the lengths alone differ by more than `cap`. */
function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

const reference = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (Math.min(x.length, y.length) >= 8 && editDistance(x, y, 1) <= 1);
};

describe('the reference table', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['abc', 'abc', 3, 0],
    ['abc', 'abd', 3, 1],
    ['abc', 'ab', 3, 1],
    ['ab', 'abc', 3, 1],
    ['', 'ab', 3, 2],
    ['abcd', 'bacd', 3, 2],
    ['ab', 'ba', 3, 2],
    ['', '', 3, 0],
    ['abc', '', 3, 3],
    ['axc', 'abc', 3, 1],
    ['abcdef', 'ghijkl', 1, 6],
    ['a', 'abcd', 3, 3],
    ['ab', 'abc', 1, 1],
    ['ab', 'abcd', 1, 2],
    ['a', 'abcdef', 3, 4],
    ['a', 'abcdef', 5, 5],
  ])('editDistance(%j, %j, %i) = %i', (a, b, cap, d) => {
    expect(editDistance(a, b, cap)).toBe(d);
    expect(editDistance(b, a, cap)).toBe(d);
  });
});

describe('sameName', () => {
  it('agrees with the edit-distance table (seeded property test over near names)', () => {
    const letters = fc.constantFrom('a', 'b', 'A', 'c');
    const name = fc.array(letters, { minLength: 6, maxLength: 12 }).map((a) => a.join(''));
    const edit = fc.tuple(name, fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'swap', 'none'), letters);
    fc.assert(
      fc.property(edit, name, ([a, at, how, ch], other) => {
        const k = at % (a.length + 1);
        const b =
          how === 'insert'
            ? a.slice(0, k) + ch + a.slice(k)
            : how === 'delete'
              ? a.slice(0, k) + a.slice(k + 1)
              : how === 'replace'
                ? a.slice(0, k) + ch + a.slice(k + 1)
                : how === 'swap'
                  ? a.slice(0, k) + a.slice(k + 1, k + 2) + a.slice(k, k + 1) + a.slice(k + 2)
                  : a;
        expect(sameName(a, b)).toBe(reference(a, b));
        expect(sameName(b, a)).toBe(reference(b, a));
        expect(sameName(a, other)).toBe(reference(a, other));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  it('examples: one insertion, deletion or substitution from 8 characters on; two edits or a short name never', () => {
    expect(sameName('SCAN_REFERENCE', 'SCAN_REFERENCES')).toBe(true);
    expect(sameName('SCAN_REFERENCES', 'SCAN_REFERENCE')).toBe(true);
    expect(sameName('SCAN_REFERENCE', 'SCAN_REFERANCE')).toBe(true);
    expect(sameName('scan_reference', 'SCAN_REFERENCE')).toBe(true);
    expect(sameName('SCAN_REFERENCE', 'SCAN_REFRENECE')).toBe(false);
    expect(sameName('ABCDEFG', 'ABCDEFGH')).toBe(false);
    expect(sameName('ABCDEFGH', 'ABCDEFGHIJ')).toBe(false);
  });

  it('is linear: 8 times longer names cost well under 64 times the CPU (no wall-clock bound)', () => {
    const cpu = (n: number): number => {
      const a = `${'x'.repeat(n)}a`;
      const b = `${'x'.repeat(n)}b`;
      let best = Number.POSITIVE_INFINITY;
      for (let i = 0; i < 3; i++) {
        const t0 = process.cpuUsage();
        for (let r = 0; r < 20; r++) sameName(a, b);
        const t = process.cpuUsage(t0);
        best = Math.min(best, t.user + t.system);
      }
      return best;
    };
    cpu(2_000); // warm-up
    expect(cpu(16_000) / Math.max(1, cpu(2_000))).toBeLessThan(32);
  });
});
