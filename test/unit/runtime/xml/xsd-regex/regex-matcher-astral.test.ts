/**
 * The XSD pattern matcher on characters outside ASCII and outside the BMP. XSD 1.0 Part 2
 * Appendix F matches characters (code points, XML 1.0 §2.2 `Char`), while the value is a JavaScript
 * string: a surrogate pair (high U+D800–U+DBFF then low U+DC00–U+DFFF) is one character, and a
 * surrogate that is not part of such a pair is a character of its own (so `.` = `[^\n\r]` counts
 * it once). Pinned here: pairs at the edges of both surrogate ranges, a high surrogate at the end or
 * followed by something other than a low surrogate, a low surrogate after an ASCII character,
 * astral ranges, the block escape `\p{IsOldItalic}` (U+10300–U+1032F, XSD 1.0 Appendix F block
 * list) and its complement, the U+007F/U+0080 boundary in one pattern, and a state entered by
 * ASCII, BMP and astral characters alike. Patterns whose XSD and JavaScript syntax agree are
 * checked against JavaScript's RegExp with the `u` flag (`^(?:...)$`, `.` written `[^\n\r]`);
 * block escapes against the block's range by hand.
 *
 * Some checks depend on what the matcher has already seen (its transition cache is filled as values
 * are matched), so those build a fresh matcher and match the values in the order written.
 */
import { describe, expect, it } from 'vitest';
import { parseXsdRegex } from '../../../../../runtime/xml/xsd-regex/parse-xsd-regex.js';
import { NfaMatcher } from '../../../../../runtime/xml/xsd-regex/regex-matcher.js';
import { buildNfa } from '../../../../../runtime/xml/xsd-regex/regex-nfa.js';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

/** A matcher with an empty transition cache. */
function fresh(pattern: string): NfaMatcher {
  return new NfaMatcher(buildNfa(parseXsdRegex(pattern)));
}

/** Matches `values` in order on a fresh matcher and on the JavaScript oracle; both must agree. */
function agree(xsd: string, js: string, values: readonly string[]): void {
  const m = fresh(xsd);
  const oracle = new RegExp(`^(?:${js})$`, 'u');
  for (const v of values) expect([v, m.test(v)], `${xsd} on ${JSON.stringify(v)}`).toEqual([v, oracle.test(v)]);
}

const DOT = '[^\\n\\r]';

describe('surrogate pairs are one character, anything else is not a pair', () => {
  it.each<[string, string, boolean, boolean]>([
    // value, description, matches `.`, matches `..`
    ['\ud800\udc00', 'U+10000, the first pair', true, false],
    ['\udbff\udfff', 'U+10FFFF, the last pair', true, false],
    ['\ud800\udfff', 'U+103FF: high at its start, low at its end', true, false],
    ['\udbff\udc00', 'U+10FC00: high at its end, low at its start', true, false],
    ['\ud83d\ude00', 'U+1F600', true, false],
    ['a\udc00', 'ASCII then a lone low surrogate', false, true],
    ['\u00e9\udc00', 'BMP then a lone low surrogate', false, true],
    ['\udc00\udc00', 'two lone low surrogates', false, true],
    ['\ue000\udc00', 'U+E000 (just past the surrogates) then a low surrogate', false, true],
    ['\udfff\udc00', 'a low surrogate is never the first half', false, true],
    ['\ud800a', 'a high surrogate then ASCII', false, true],
    ['\ud800\ud800', 'two high surrogates', false, true],
    ['\ud800\udbff', 'high then the last high', false, true],
    ['\ud800\ue000', 'high then U+E000 (just past the low surrogates)', false, true],
    ['\udbff\u00e9', 'the last high then BMP', false, true],
    ['\ud800', 'a lone high surrogate, the whole value', true, false],
  ])('%j (%s)', (value, _what, one, two) => {
    expect(compileXsdPattern('.').test(value)).toBe(one);
    expect(compileXsdPattern('..').test(value)).toBe(two);
    agree('.', DOT, [value]);
    agree('..', DOT + DOT, [value]);
    agree('.*', `${DOT}*`, [value]);
  });

  it('a lone high surrogate at the end of a longer value is the last character', () => {
    agree('a.', `a${DOT}`, ['a\ud800', 'a\udbff', 'a\ud800\udc00', 'a\ud800\udc00\ud800']);
    agree('.{3}', `${DOT}{3}`, ['ab\ud800', '\u{10000}b\ud800', '\u{10000}\u{10000}\ud800', 'a\udc00\ud800']);
    agree('a\\p{IsHighSurrogates}', 'a[\\ud800-\\udb7f]', ['a\ud800', 'a\udb7f', 'a\ud800\udc00']);
  });

  it('the same characters in an uncached and then a cached run agree', () => {
    const values = ['x\udc00', 'x\udc00', '\ud800x', '\ud800x', '\ud800\udfff', '\ud800\udfff', 'x\u{10000}'];
    agree('x.|.x|.', `x${DOT}|${DOT}x|${DOT}`, values);
    agree('[x\udc00]+', '[x\\udc00]+', values);
  });
});

describe('astral ranges and blocks', () => {
  it('a class naming an astral range', () => {
    agree('[\u{10300}-\u{1032F}]+', '[\\u{10300}-\\u{1032F}]+', [
      '\u{10300}',
      '\u{1032F}',
      '\u{10300}\u{10315}\u{1032F}',
      '\u{102FF}',
      '\u{10330}',
      '\ud800',
      '\udf00',
      '\ud800\udf00\ud800',
      '\udf00\ud800',
    ]);
  });

  it('\\p{IsOldItalic} is U+10300..U+1032F and \\P{IsOldItalic} the rest, one character each', () => {
    const p = compileXsdPattern('\\p{IsOldItalic}');
    const q = compileXsdPattern('\\P{IsOldItalic}');
    for (const [v, inBlock] of [
      ['\u{10300}', true],
      ['\u{1031E}', true],
      ['\u{1032F}', true],
      ['\u{102FF}', false],
      ['\u{10330}', false],
      ['\u{10FFFF}', false],
      ['\u{10000}', false],
    ] as const) {
      expect([v, p.test(v)]).toEqual([v, inBlock]);
      expect([v, q.test(v)]).toEqual([v, !inBlock]);
    }
    // The halves of U+10300 (D800 DF00) are not in the block, and each is a character of its own.
    for (const v of ['\ud800', '\udf00', '\udf00\ud800', '\ud800a']) expect([v, p.test(v)]).toEqual([v, false]);
    expect(q.test('\ud800')).toBe(true);
    expect(compileXsdPattern('\\P{IsOldItalic}{2}').test('\udf00\ud800')).toBe(true);
    expect(compileXsdPattern('\\P{IsOldItalic}{2}').test('\ud800\udf00')).toBe(false);
    expect(compileXsdPattern('\\P{IsOldItalic}{2}').test('\ud800a')).toBe(true);
    expect(compileXsdPattern('a\\p{IsOldItalic}*b').test('a\u{10300}\u{1032F}b')).toBe(true);
    expect(compileXsdPattern('a\\p{IsOldItalic}*b').test('a\u{10300}\u{10330}b')).toBe(false);
  });
});

describe('the U+007F / U+0080 boundary', () => {
  it('characters on both sides of it in one pattern', () => {
    const values = ['\u007f\u0080', '\u0080\u007f', '\u007f\u007f', '\u0080\u0080', '\u007f', '\u0080', '\u0081'];
    agree('\u007f\u0080|\u0080\u007f', '\\x7f\\x80|\\x80\\x7f', values);
    agree('[\u007f-\u0080]{2}', '[\\x7f-\\x80]{2}', values);
    agree('\u007f+\u0080*', '\\x7f+\\x80*', values);
  });

  // A transition on a character from U+0080 on belongs to the state it leaves, not to the next
  // state's row of ASCII characters: after `c` (c ≥ U+0080) the only way on is `b`, so the ASCII
  // character c − 128 after it does not match.
  it.each(['0080', '0081', '00E1', '00FF'])('after U+%s, the ASCII character 128 below it is no way on', (hex) => {
    const cp = Number.parseInt(hex, 16);
    const c = String.fromCharCode(cp);
    const low = String.fromCharCode(cp - 128);
    agree(`${c}b`, `\\u{${cp.toString(16)}}b`, [`${c}b`, `${c}${low}b`, `${c}${low}`, `${c}b`, `${c}${low}b`]);
  });

  // The reverse: a cached ASCII transition of one state says nothing about U+0080 in another.
  it('U+0080 in the start state after U+0000 was seen in the next state', () => {
    agree('a\u0000b|\u0080c', 'a\\x00b|\\x80c', ['a\u0000b', '\u0080b', '\u0080c', 'a\u0000c', '\u0080\u0000b']);
    agree('a\u0000b|\u0080c', 'a\\x00b|\\x80c', ['\u0080c', 'a\u0000b', '\u0080b', '\u0080c']);
  });
});

describe('one state reached by ASCII, BMP and astral characters', () => {
  it('[a\u00e9\u{10300}] then b, in every order', () => {
    const values = [
      'ab',
      '\u00e9b',
      '\u{10300}b',
      'a\u00e9',
      '\u00e9a',
      '\u{10300}\u{10300}',
      'bb',
      '\u00e9b',
      'ab',
      '\u{10300}b',
      '\u{10300}',
      '\ud800b',
      '\udf00b',
    ];
    agree('[a\u00e9\u{10300}]b', '[a\\xe9\\u{10300}]b', values);
    agree('[a\u00e9\u{10300}]b', '[a\\xe9\\u{10300}]b', [...values].reverse());
    agree('([a\u00e9\u{10300}]b)*', '(?:[a\\xe9\\u{10300}]b)*', [
      'ab\u00e9b\u{10300}b',
      '\u{10300}bab\u00e9b',
      'ab\u00e9b\u{10300}',
      'ab\u00e9\u{10300}b',
    ]);
  });
});
