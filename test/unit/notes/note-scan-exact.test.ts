/**
 * The linear scans of generator/notes/note-scan.ts, pinned exactly: each function against the
 * regex its doc comment says it replaces (examples at every boundary, and a seeded fast-check
 * comparison over strings built from the characters that matter), plus the binary search and the
 * character classes on their edges.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  delimitedSpans,
  isLineTerminator,
  isSpace,
  isWordChar,
  nextPosition,
  positionsOf,
  replaceSpans,
  skipSpaces,
  trimEndChars,
  trimStartChars,
  wholeWordAt,
} from '../../../generator/notes/note-scan.js';

const SEED = 20260602;
const chars = (alphabet: string, max = 14) =>
  fc.array(fc.constantFrom(...alphabet.split('')), { maxLength: max }).map((a) => a.join(''));

describe('trimStartChars / trimEndChars', () => {
  it.each([
    ['', '"(', ''],
    ['abc', '"(', 'abc'],
    ['"(abc', '"(', 'abc'],
    ['"(a"(', '"(', 'a"('],
    ['""', '"', ''],
    ['x"', '"', 'x"'],
  ])('trimStartChars(%j, %j) = %j', (s, set, want) => {
    expect(trimStartChars(s, set)).toBe(want);
  });

  it.each([
    ['', '.,', ''],
    ['abc', '.,', 'abc'],
    ['abc.,', '.,', 'abc'],
    ['.,a.,', '.,', '.,a'],
    ['..', '.', ''],
    ['"x', '"', '"x'],
  ])('trimEndChars(%j, %j) = %j', (s, set, want) => {
    expect(trimEndChars(s, set)).toBe(want);
  });

  it('agree with the regexes they replace', () => {
    fc.assert(
      fc.property(chars('ab".,('), (s) => {
        expect(trimStartChars(s, '".(')).toBe(s.replace(/^[".(]+/, ''));
        expect(trimEndChars(s, '".,')).toBe(s.replace(/[".,]+$/, ''));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('delimitedSpans / replaceSpans', () => {
  it('finds each opener with the nearest closer after it, skipping empty pairs', () => {
    expect(delimitedSpans('a{b}c{}d{ef}', '{', '}')).toEqual([
      { index: 1, end: 4, inner: 'b' },
      { index: 8, end: 12, inner: 'ef' },
    ]);
  });

  it('an empty pair is skipped but the search goes on from just after its opener', () => {
    expect(delimitedSpans('{}{x}', '{', '}')).toEqual([{ index: 2, end: 5, inner: 'x' }]);
    expect(delimitedSpans('{{}', '{', '}')).toEqual([{ index: 0, end: 3, inner: '{' }]);
    expect(delimitedSpans('{}}', '{', '}')).toEqual([]);
  });

  it('an opener may be inside another span: the span runs to the first closer', () => {
    expect(delimitedSpans('{a{b}c}', '{', '}')).toEqual([{ index: 0, end: 5, inner: 'a{b' }]);
  });

  it('stops at an opener with no closer after it', () => {
    expect(delimitedSpans('{a}{b', '{', '}')).toEqual([{ index: 0, end: 3, inner: 'a' }]);
    expect(delimitedSpans('}{', '{', '}')).toEqual([]);
    expect(delimitedSpans('', '{', '}')).toEqual([]);
    expect(delimitedSpans('abc', '{', '}')).toEqual([]);
  });

  it('several openers and closers: any opener with any closer', () => {
    expect(delimitedSpans('x“a"y"b”', '“"', '”"')).toEqual([
      { index: 1, end: 4, inner: 'a' },
      { index: 5, end: 8, inner: 'b' },
    ]);
  });

  it('the span ends at the closer, and the search resumes just after it', () => {
    expect(delimitedSpans('{ab}{c}', '{', '}')).toEqual([
      { index: 0, end: 4, inner: 'ab' },
      { index: 4, end: 7, inner: 'c' },
    ]);
  });

  it('replaceSpans keeps the text between and after the spans', () => {
    expect(replaceSpans('/a/{id}/b/{x}/c', '{', '}', '{x}')).toEqual('/a/{x}/b/{x}/c');
    expect(replaceSpans('p{q}r{}s', '{', '}', '#')).toEqual('p#r{}s');
    expect(replaceSpans('none', '{', '}', '#')).toEqual('none');
    expect(replaceSpans('{a}', '{', '}', '')).toEqual('');
  });

  it('agree with the global regexes they replace', () => {
    fc.assert(
      fc.property(chars('a{}<>', 16), (s) => {
        const want = [...s.matchAll(/[{<]([^}>]+)[}>]/g)].map((m) => ({
          index: m.index,
          end: m.index + m[0].length,
          inner: m[1],
        }));
        expect(delimitedSpans(s, '{<', '}>')).toEqual(want);
        expect(replaceSpans(s, '{<', '}>', '#')).toBe(s.replace(/[{<][^}>]+[}>]/g, '#'));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('positionsOf / nextPosition', () => {
  it('lists the offsets of the given characters in order', () => {
    expect(positionsOf('a.b..c', '.')).toEqual([1, 3, 4]);
    expect(positionsOf('', '.')).toEqual([]);
    expect(positionsOf('.x"', '."')).toEqual([0, 2]);
  });

  it('gives the smallest position at or after `from`, or -1', () => {
    const p = [2, 5, 9];
    expect([0, 1, 2, 3, 5, 6, 9, 10].map((f) => nextPosition(p, f))).toEqual([2, 2, 2, 5, 5, 9, 9, -1]);
    expect(nextPosition([], 0)).toBe(-1);
    expect(nextPosition([0], 0)).toBe(0);
    expect(nextPosition([0], 1)).toBe(-1);
  });

  it('agrees with a linear search', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat(40), { maxLength: 12 }).map((a) => a.sort((x, y) => x - y)),
        fc.nat(42),
        (p, from) => {
          expect(nextPosition(p, from)).toBe(p.find((x) => x >= from) ?? -1);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('character classes', () => {
  it('isSpace is regex \\s, and false for no character', () => {
    expect([' ', '\t', '\n', '\u00a0', '\u2028', 'a', '_', '', undefined].map(isSpace)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('isWordChar is ASCII \\w, and false for no character', () => {
    expect(['a', 'Z', '0', '9', '_', '-', 'é', ' ', undefined].map(isWordChar)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('isLineTerminator is \\n, \\r, U+2028 and U+2029 only', () => {
    expect(['\n', '\r', '\u2028', '\u2029', ' ', '\t', '\v', '\f', 'n'].map(isLineTerminator)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('skipSpaces / wholeWordAt', () => {
  it('skipSpaces stops at the first non-blank or the end', () => {
    expect(skipSpaces('a  \t b', 1)).toBe(5);
    expect(skipSpaces('a b', 0)).toBe(0);
    expect(skipSpaces('a  ', 1)).toBe(3);
    expect(skipSpaces('', 0)).toBe(0);
  });

  const words = new Set(['tag', 'tags']);

  it('wholeWordAt gives the end of a listed whole word, ignoring case', () => {
    expect(wholeWordAt('a Tags b', 2, words)).toBe(6);
    expect(wholeWordAt('tag', 0, words)).toBe(3);
    expect(wholeWordAt('x-tag.', 2, words)).toBe(5);
  });

  it('wholeWordAt refuses a word glued to a word character on either side, or not listed', () => {
    expect(wholeWordAt('xtag', 1, words)).toBe(-1);
    expect(wholeWordAt('_tag', 1, words)).toBe(-1);
    expect(wholeWordAt('tagged', 0, words)).toBe(-1);
    expect(wholeWordAt('tag_', 0, words)).toBe(-1);
    expect(wholeWordAt('ta', 0, words)).toBe(-1);
    expect(wholeWordAt(' - ', 1, words)).toBe(-1);
    expect(wholeWordAt('', 0, new Set(['']))).toBe(-1);
    expect(wholeWordAt('a  ', 1, new Set(['']))).toBe(-1);
  });

  it('wholeWordAt agrees with \\b(?:tag|tags)\\b at the offset', () => {
    fc.assert(
      fc.property(chars('tagsT _-', 10), fc.nat(10), (s, at) => {
        const re = /\b(?:tag|tags)\b/iy;
        re.lastIndex = at;
        const m = at <= s.length ? re.exec(s) : null;
        // the regex may stop at `tag` inside `tags` only when followed by a non-word char: same end
        const want = m && m.index === at ? at + m[0].length : -1;
        expect(wholeWordAt(s, at, words)).toBe(want);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

describe('only the characters of s are looked at', () => {
  // a set holding the letters of "undefined" tells a read past either end of s from a real character
  it('trims and lists within s, whatever the set holds', () => {
    expect(trimStartChars('nude', 'undefined')).toBe('');
    expect(trimStartChars('', 'undefined')).toBe('');
    expect(trimEndChars('nude', 'undefined')).toBe('');
    expect(trimEndChars('', 'undefined')).toBe('');
    expect(trimEndChars('xnude', 'undefined')).toBe('x');
    expect(positionsOf('nude', 'undefined')).toEqual([0, 1, 2, 3]);
    expect(positionsOf('', 'undefined')).toEqual([]);
  });
});
