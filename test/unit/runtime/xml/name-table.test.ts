/**
 * name-table.ts: `nameAt(s, from, to)` is always `s.slice(from, to)` by value, whatever the table
 * holds: names sharing an entry (found by their hash), a name that is a prefix of the one kept,
 * the same characters at another offset or in another text, names longer than MAX_NAME (never
 * kept), non-ASCII names, and seeded random texts over a small alphabet (many collisions).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKept, MAX_NAME, NAME_SLOTS, nameAt, slotOf } from '../../../../runtime/xml/name-table.js';

/** `count` different names of the same length in the same entry (`prefix` keeps tests apart). */
function colliding(length: number, count: number, prefix = 'n'): string[] {
  const seen = new Map<number, string[]>();
  for (let i = 0; ; i++) {
    const name = `${prefix}${i.toString(36)}`.padEnd(length, '_');
    const slot = slotOf(name, 0, name.length);
    const list = seen.get(slot) ?? [];
    list.push(name);
    seen.set(slot, list);
    if (list.length === count) return list;
  }
}

function collidingPair(length: number): [string, string] {
  const [a, b] = colliding(length, 2);
  return [a!, b!];
}

describe('nameAt', () => {
  it('is the slice for names that share an entry, each read in turn', () => {
    const [a, b] = collidingPair(6);
    expect(a).not.toBe(b);
    const text = `<${a}><${b}><${a}>`;
    const at = (name: string, from: number) => nameAt(text, from, from + name.length);
    for (let round = 0; round < 3; round++) {
      expect(at(a, 1)).toBe(a);
      expect(at(b, 2 + a.length + 1)).toBe(b);
      expect(at(a, 2 * (a.length + 2) + 1)).toBe(a);
    }
  });

  it('is not the kept name when the text has it but the range is shorter or longer', () => {
    const text = 'abcdef abcde abcdefg';
    expect(nameAt(text, 0, 6)).toBe('abcdef');
    expect(nameAt(text, 7, 12)).toBe('abcde');
    expect(nameAt(text, 0, 5)).toBe('abcde');
    expect(nameAt(text, 13, 20)).toBe('abcdefg');
    expect(nameAt(text, 0, 6)).toBe('abcdef');
  });

  it('finds a kept name at another offset and in another text', () => {
    expect(nameAt('<WebApp>', 1, 7)).toBe('WebApp');
    expect(nameAt('xx<WebApp/>', 3, 9)).toBe('WebApp');
    expect(nameAt('WebAppX', 0, 6)).toBe('WebApp');
    expect(nameAt('WebAp', 0, 5)).toBe('WebAp');
  });

  it('long names (past MAX_NAME) and non-ASCII names are their slices', () => {
    const long = 'L'.repeat(MAX_NAME + 1);
    expect(nameAt(`<${long}>`, 1, MAX_NAME + 2)).toBe(long);
    expect(nameAt(`<${long}>`, 1, MAX_NAME + 1)).toBe(long.slice(0, MAX_NAME));
    for (const name of ['données', '名前', 'a\u{10000}b', 'ÉLÉMENT_AVEC_UN_NOM_LONG']) {
      expect(nameAt(`<${name} a="1">`, 1, 1 + name.length)).toBe(name);
      expect(nameAt(`<${name}/>`, 1, 1 + name.length)).toBe(name);
    }
  });

  it('names of 13 characters or more (kept as copies) keep their value', () => {
    const name = 'hourlyOccurrence';
    const texts = Array.from({ length: 5 }, (_, i) => `${'.'.repeat(i)}<${name}>`);
    for (const [i, t] of texts.entries()) expect(nameAt(t, i + 1, i + 1 + name.length)).toBe(name);
  });

  it('agrees with slice on seeded random texts over a small alphabet', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'é', '_'), { minLength: 1, maxLength: 40 }).map((a) => a.join('')),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 })), { minLength: 1, maxLength: 30 }),
        (text, ranges) => {
          for (const [start, len] of ranges) {
            const from = start % text.length;
            const to = Math.min(text.length, from + len);
            expect(nameAt(text, from, to)).toBe(text.slice(from, to));
          }
        },
      ),
      { seed: 0x4a3e, numRuns: 3000 },
    );
    expect(NAME_SLOTS & (NAME_SLOTS - 1)).toBe(0);
  });
});

describe('what the table keeps', () => {
  it('keeps a name once read, and finds it again', () => {
    expect(isKept('keptOnce')).toBe(false);
    expect(nameAt('<keptOnce>', 1, 9)).toBe('keptOnce');
    expect(isKept('keptOnce')).toBe(true);
    expect(nameAt('</keptOnce>', 2, 10)).toBe('keptOnce');
    expect(isKept('keptOnce')).toBe(true);
  });

  it('keeps names up to MAX_NAME characters, not longer ones', () => {
    const atMax = 'm'.repeat(MAX_NAME);
    const over = 'o'.repeat(MAX_NAME + 1);
    nameAt(atMax, 0, atMax.length);
    nameAt(over, 0, over.length);
    expect(isKept(atMax)).toBe(true);
    expect(isKept(over)).toBe(false);
  });

  it('keeps two names of one entry; a new one takes the first place and pushes the second out', () => {
    const [a, b, c] = colliding(7, 3, 'k') as [string, string, string];
    nameAt(a, 0, 7);
    nameAt(b, 0, 7);
    expect([isKept(a), isKept(b)]).toEqual([true, true]);
    expect(nameAt(a, 0, 7)).toBe(a);
    expect([isKept(a), isKept(b)]).toEqual([true, true]);
    nameAt(c, 0, 7);
    expect([isKept(a), isKept(b), isKept(c)]).toEqual([false, true, true]);
  });

  it('hashes every character and the length into the slot', () => {
    const slots = new Set(
      ['abcdef', 'abcdeg', 'bbcdef', 'abcxef', 'abcde', 'abcdefa'].map((n) => slotOf(n, 0, n.length)),
    );
    expect(slots.size).toBe(6);
    expect(slotOf('<abc>', 1, 4)).toBe(slotOf('abc', 0, 3));
  });
});
