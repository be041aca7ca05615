/**
 * Character references and the Char production of XML 1.0 (fifth edition): charRefCode takes the
 * body of a reference (between `&#` and `;`) and gives the code point only when the body matches
 * CharRef [66] and the code point is a Char [2]; firstBadChar finds the first UTF-16 unit that is
 * not part of a Char.
 */
import { describe, expect, it } from 'vitest';
import { charRefCode, firstBadChar, PREDEFINED_ENTITIES } from '../../../../runtime/xml/xml-chars.js';

/** Char [2] ranges, inclusive, and the code points just outside each that are not Chars. */
const CHAR_RANGES: readonly (readonly [string, number, number, number | undefined, number | undefined])[] = [
  ['#x9', 0x9, 0x9, 0x8, undefined],
  ['#xA', 0xa, 0xa, undefined, 0xb],
  ['#xD', 0xd, 0xd, 0xc, 0xe],
  ['[#x20-#xD7FF]', 0x20, 0xd7ff, 0x1f, 0xd800],
  ['[#xE000-#xFFFD]', 0xe000, 0xfffd, 0xdfff, 0xfffe],
  ['[#x10000-#x10FFFF]', 0x10000, 0x10ffff, 0xffff, 0x110000],
];

const hexBody = (c: number) => `x${c.toString(16).toUpperCase()}`;
const decBody = (c: number) => String(c);

describe('charRefCode: Char [2] bounds', () => {
  describe.each(CHAR_RANGES)('%s', (_name, lo, hi, below, above) => {
    it('accepts both ends, in hex and in decimal', () => {
      for (const c of [lo, hi]) {
        expect(charRefCode(hexBody(c))).toBe(c);
        expect(charRefCode(decBody(c))).toBe(c);
      }
    });
    it('rejects the code points just outside, in hex and in decimal', () => {
      for (const c of [below, above]) {
        if (c === undefined) continue;
        expect(charRefCode(hexBody(c))).toBe(-1);
        expect(charRefCode(decBody(c))).toBe(-1);
      }
    });
  });

  it.each([
    ['NUL', '0'],
    ['NUL in hex', 'x0'],
    ['a run of zeros', '0000'],
    ['#x1', 'x1'],
    ['#xB vertical tab', '11'],
    ['#xC form feed', 'xC'],
    ['a lone surrogate', 'xDC00'],
    ['#xFFFF', 'xFFFF'],
  ])('rejects %s', (_label, body) => {
    expect(charRefCode(body)).toBe(-1);
  });
});

describe('charRefCode: CharRef [66] syntax', () => {
  it.each([
    ['lower-case hex digits', 'x4a', 0x4a],
    ['upper-case hex digits', 'x4A', 0x4a],
    ['leading zeros in hex', 'x0000000041', 0x41],
    ['leading zeros in decimal', '0000000065', 65],
    ['a long run of leading zeros before a supplementary code point', 'x000000000010FFFF', 0x10ffff],
  ])('accepts %s', (_label, body, code) => {
    expect(charRefCode(body)).toBe(code);
  });

  it.each([
    ['an empty body (&#;)', ''],
    ['a bare x (&#x;)', 'x'],
    ['a sign before decimal digits', '+65'],
    ['a minus sign', '-65'],
    ['a sign before hex digits', 'x+41'],
    ['a space before decimal digits', ' 65'],
    ['a space before hex digits', 'x 41'],
    ['a trailing non-digit after decimal digits', '65x'],
    ['a trailing non-hex-digit after hex digits', 'x41G'],
    ['a trailing space', '65 '],
    ['hex digits without the x', '4A'],
    ['an upper-case X (the production has only x)', 'X41'],
    ['a 0x prefix', '0x41'],
    ['a decimal point', '65.0'],
  ])('rejects %s', (_label, body) => {
    expect(charRefCode(body)).toBe(-1);
  });

  it('rejects values with more significant digits than any code point has', () => {
    expect(charRefCode('x100000041')).toBe(-1);
    expect(charRefCode('x10000000')).toBe(-1);
    expect(charRefCode('100000065')).toBe(-1);
    expect(charRefCode('10000000')).toBe(-1);
    expect(charRefCode(`x${'F'.repeat(40)}`)).toBe(-1);
    expect(charRefCode('9'.repeat(400))).toBe(-1);
  });
});

describe('firstBadChar (XML 1.0 §2.2 Char over UTF-16)', () => {
  it('accepts text made only of Chars', () => {
    expect(firstBadChar('a\tb\nc\rd \uD7FF\uE000\uFFFD', 0, true)).toBe(-1);
  });

  it('accepts a surrogate pair at both ends of the low-surrogate range', () => {
    expect(firstBadChar('a\uD800\uDC00b', 0, true)).toBe(-1);
    expect(firstBadChar('a\uDBFF\uDFFFb', 0, true)).toBe(-1);
  });

  it.each([
    ['U+0000', 'ab\u0000', 2],
    ['U+0008', 'a\u0008', 1],
    ['U+000B', 'a\u000B', 1],
    ['U+000C', 'a\u000C', 1],
    ['U+000E', 'a\u000E', 1],
    ['U+001F', 'a\u001F', 1],
    ['U+FFFE', 'a\uFFFE', 1],
    ['U+FFFF', 'a\uFFFF', 1],
    ['a lone low surrogate', 'a\uDC00b', 1],
    ['a high surrogate followed by a non-surrogate', 'a\uD800b', 1],
    ['a high surrogate followed by U+E000 (just above the low surrogates)', 'a\uD800\uE000', 1],
    ['a high surrogate followed by U+FFFD', 'a\uDBFF\uFFFD', 1],
    ['a high surrogate followed by U+DBFF (just below the low surrogates)', 'a\uD800\uDBFFx', 1],
    ['two high surrogates', 'a\uD800\uD800x', 1],
  ])('reports %s', (_label, s, at) => {
    expect(firstBadChar(s, 0, true)).toBe(at);
    expect(firstBadChar(s, 0, false)).toBe(at);
  });

  it('reports a bad unit after a good surrogate pair', () => {
    expect(firstBadChar('\uD83D\uDE00\u0001', 0, true)).toBe(2);
  });

  it('starts the search at `from`', () => {
    expect(firstBadChar('\u0001ab\u0002', 1, true)).toBe(3);
    expect(firstBadChar('\u0001ab', 1, true)).toBe(-1);
  });

  it('leaves a high surrogate in the last unit unjudged unless the text is final', () => {
    expect(firstBadChar('ab\uD800', 0, false)).toBe(-1);
    expect(firstBadChar('ab\uD800', 0, true)).toBe(2);
  });
});

describe('PREDEFINED_ENTITIES (XML 1.0 §4.6)', () => {
  it('holds exactly the five predefined entities', () => {
    expect([...PREDEFINED_ENTITIES.entries()].sort()).toEqual(
      [
        ['amp', '&'],
        ['apos', "'"],
        ['gt', '>'],
        ['lt', '<'],
        ['quot', '"'],
      ].sort(),
    );
  });
});
