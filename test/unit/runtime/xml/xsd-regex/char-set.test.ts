/**
 * Character sets of XSD regular expressions: range normalisation (sorted, disjoint, non-adjacent
 * pairs), complement and subtraction computed exactly on ranges, unions of ranges kept as ranges
 * and of categories kept as one flat expression, and membership through categories.
 */
import { describe, expect, it } from 'vitest';
import {
  type CharSet,
  category,
  complement,
  MAX_CODE_POINT,
  membership,
  normalizeRanges,
  ranges,
  single,
  subtract,
  union,
} from '../../../../../runtime/xml/xsd-regex/char-set.js';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

const cp = (c: string): number => c.codePointAt(0)!;

describe('normalizeRanges', () => {
  it.each<[string, number[], number[]]>([
    ['empty', [], []],
    ['one pair', [5, 9], [5, 9]],
    ['overlapping pairs merge', [1, 5, 3, 8], [1, 8]],
    ['pairs sharing an end merge', [1, 5, 5, 8], [1, 8]],
    ['adjacent pairs merge', [1, 3, 4, 6], [1, 6]],
    ['a gap of one keeps two pairs', [1, 3, 5, 6], [1, 3, 5, 6]],
    ['unsorted pairs are sorted first', [20, 25, 1, 2, 10, 12], [1, 2, 10, 12, 20, 25]],
    ['a pair inside another vanishes', [1, 10, 3, 4], [1, 10]],
    ['several merges in a row', [7, 7, 1, 2, 3, 3, 4, 6], [1, 7]],
  ])('%s', (_name, pairs, want) => {
    expect(normalizeRanges(pairs)).toEqual(want);
  });
});

describe('complement', () => {
  it.each<[string, number[], number[]]>([
    ['a set from 0', [0, 5], [6, MAX_CODE_POINT]],
    ['a set up to the last code point', [10, MAX_CODE_POINT], [0, 9]],
    ['a set missing only the last code point', [0, MAX_CODE_POINT - 1], [MAX_CODE_POINT, MAX_CODE_POINT]],
    ['a set inside', [0x61, 0x7a], [0, 0x60, 0x7b, MAX_CODE_POINT]],
    ['the empty set', [], [0, MAX_CODE_POINT]],
    ['everything', [0, MAX_CODE_POINT], []],
  ])('of %s is computed exactly as ranges', (_name, r, want) => {
    expect(complement(ranges(r))).toEqual({ k: 'ranges', r: want });
  });

  it('of a complement is the set itself; of a category a negation', () => {
    const lu = category('Lu');
    const notLu = complement(lu);
    expect(notLu).toEqual({ k: 'not', s: lu });
    expect(complement(notLu)).toBe(lu);
    const m = membership(notLu);
    expect([m(cp('A')), m(cp('a')), m(cp('1'))]).toEqual([false, true, true]);
  });
});

describe('subtract', () => {
  it.each<[string, number[], number[], number[]]>([
    ['a range minus one covering it', [5, 6], [3, 7], []],
    ['a range minus its middle', [0x61, 0x7a], [0x6d, 0x6d], [0x61, 0x6c, 0x6e, 0x7a]],
    ['a range minus a disjoint range', [1, 2], [5, 6], [1, 2]],
    ['several ranges minus several', [1, 10, 20, 30], [5, 25], [1, 4, 26, 30]],
    ['ranges minus ranges with equal ends', [1, 10, 20, 30], [5, 10, 25, 30], [1, 4, 20, 24]],
  ])('%s is computed exactly as ranges', (_name, a, b, want) => {
    expect(subtract(ranges(a), ranges(b))).toEqual({ k: 'ranges', r: want });
  });

  it('keeps a category operand as an expression, with the right members', () => {
    const az = ranges([cp('a'), cp('z'), cp('A'), cp('Z')]);
    const lu = category('Lu');
    const s = subtract(az, lu);
    expect(s).toEqual({ k: 'minus', a: az, b: lu });
    const m = membership(s);
    expect([m(cp('a')), m(cp('q')), m(cp('Q')), m(cp('1'))]).toEqual([true, true, false, false]);
    const t = subtract(category('L'), single(cp('x')));
    expect(t.k).toBe('minus');
    const mt = membership(t);
    expect([mt(cp('x')), mt(cp('y')), mt(cp('1'))]).toEqual([false, true, false]);
  });
});

describe('union', () => {
  it('of nothing is the empty set of ranges', () => {
    expect(union([])).toEqual({ k: 'ranges', r: [] });
  });

  it('of ranges only is one normalised set of ranges', () => {
    expect(union([single(3), ranges([1, 2]), single(9)])).toEqual({ k: 'ranges', r: [1, 3, 9, 9] });
  });

  it('of one category is that category', () => {
    const lu = category('Lu');
    expect(union([lu])).toBe(lu);
  });

  it('of categories and ranges is one flat expression, ranges first', () => {
    const lu = category('Lu');
    const nd = category('Nd');
    const ll = category('Ll');
    const inner = union([lu, nd]);
    expect(inner).toEqual({ k: 'or', items: [lu, nd] });
    const u = union([single(cp('_')), inner, ll, single(cp('-'))]);
    expect(u).toEqual({ k: 'or', items: [{ k: 'ranges', r: [cp('-'), cp('-'), cp('_'), cp('_')] }, lu, nd, ll] });
    const m = membership(u);
    expect(['A', 'a', '7', '_', '-', ' ', '!'].map((c) => m(cp(c)))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('membership', () => {
  it.each<[string, CharSet, [string, boolean][]]>([
    [
      'one range',
      ranges([cp('b'), cp('d')]),
      [
        ['a', false],
        ['b', true],
        ['d', true],
        ['e', false],
      ],
    ],
    [
      'several ranges',
      ranges([cp('0'), cp('9'), cp('a'), cp('f'), cp('x'), cp('x')]),
      [
        ['5', true],
        ['c', true],
        ['x', true],
        ['g', false],
        ['/', false],
        ['y', false],
      ],
    ],
    [
      'a category, twice (its test is reused)',
      union([category('Nd'), category('Nd')]),
      [
        ['7', true],
        ['\u0663', true],
        ['a', false],
      ],
    ],
  ])('%s', (_name, set, runs) => {
    const m = membership(set);
    for (const [c, want] of runs) expect([c, m(cp(c))]).toEqual([c, want]);
  });
});

describe('character classes through the matcher', () => {
  it.each<[string, string[], string[]]>([
    ['[a\\p{Lu}]', ['a', 'Q'], ['b', '1']],
    ['[\\p{Lu}a-c]+', ['Ab', 'cQa'], ['d']],
    ['[a-z-[\\p{Ll}]]', [], ['a', 'z', 'A']],
    ['[a-zA-Z-[\\p{Lu}]]+', ['abc'], ['aBc']],
    ['[\\P{Lu}-[a-y]]', ['z', '1'], ['a', 'B']],
    ['[^\\P{Lu}]', ['Q'], ['q']],
  ])('%s', (pattern, yes, no) => {
    const p = compileXsdPattern(pattern);
    for (const v of yes) expect([v, p.test(v)]).toEqual([v, true]);
    for (const v of no) expect([v, p.test(v)]).toEqual([v, false]);
  });
});
