/**
 * `sameName` (a note's name against a spec's name: equal ignoring case, or one edit apart from 8
 * characters on) agrees with the edit-distance table on every pair of short names, and runs in
 * linear time: a note is outside input, and a quoted name can be as long as the note.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, sameName } from '../../../generator/notes/note-text.js';

const reference = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x === y || (Math.min(x.length, y.length) >= 8 && editDistance(x, y, 1) <= 1);
};

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
