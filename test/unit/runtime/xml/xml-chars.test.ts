/**
 * Character classes of XML 1.0 (fifth edition) §2.3: the ASCII name table and the non-ASCII
 * NameStartChar / NameChar ranges, pinned at every range end (the code point just inside and
 * just outside), plus the white space production S.
 */
import { describe, expect, it } from 'vitest';
import { ASCII_NAME, isNameCode, isNameStartCode, isSpace } from '../../../../runtime/xml/xml-chars.js';

/** Non-ASCII NameStartChar ranges of production [4], inclusive. */
const NAME_START_RANGES: readonly (readonly [string, number, number])[] = [
  ['[#xC0-#xD6]', 0xc0, 0xd6],
  ['[#xD8-#xF6]', 0xd8, 0xf6],
  ['[#xF8-#x2FF]', 0xf8, 0x2ff],
  ['[#x370-#x37D]', 0x370, 0x37d],
  ['[#x37F-#x1FFF]', 0x37f, 0x1fff],
  ['[#x200C-#x200D]', 0x200c, 0x200d],
  ['[#x2070-#x218F]', 0x2070, 0x218f],
  ['[#x2C00-#x2FEF]', 0x2c00, 0x2fef],
  ['[#x3001-#xD7FF]', 0x3001, 0xd7ff],
  ['[#xF900-#xFDCF]', 0xf900, 0xfdcf],
  ['[#xFDF0-#xFFFD]', 0xfdf0, 0xfffd],
  ['[#x10000-#xEFFFF]', 0x10000, 0xeffff],
];

/** The non-ASCII additions of NameChar, production [4a], inclusive. */
const NAME_ONLY_RANGES: readonly (readonly [string, number, number])[] = [
  ['#xB7', 0xb7, 0xb7],
  ['[#x0300-#x036F]', 0x300, 0x36f],
  ['[#x203F-#x2040]', 0x203f, 0x2040],
];

const hex = (c: number) => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

const inRanges = (c: number, ranges: readonly (readonly [string, number, number])[]) =>
  ranges.some(([, lo, hi]) => c >= lo && c <= hi);

/** The spec's answer for a non-ASCII code point. */
const specNameStart = (c: number) => inRanges(c, NAME_START_RANGES);
const specName = (c: number) => specNameStart(c) || inRanges(c, NAME_ONLY_RANGES);

/** Every range end and its neighbours on both sides, restricted to the non-ASCII domain. */
const boundaryPoints = (): number[] => {
  const points = new Set<number>();
  for (const [, lo, hi] of [...NAME_START_RANGES, ...NAME_ONLY_RANGES]) {
    for (const c of [lo - 1, lo, lo + 1, hi - 1, hi, hi + 1]) if (c >= 0x80) points.add(c);
  }
  return [...points].sort((a, b) => a - b);
};

describe('ASCII_NAME (XML 1.0 §2.3, ASCII part of NameStartChar / NameChar)', () => {
  const expected = (c: number): number => {
    const ch = String.fromCharCode(c);
    if (/[A-Za-z_:]/.test(ch)) return 1;
    if (/[0-9.-]/.test(ch)) return 2;
    return 0;
  };

  it('has exactly 128 entries', () => {
    expect(ASCII_NAME.length).toBe(128);
  });

  it('classifies every ASCII code point as the spec does', () => {
    const wrong: string[] = [];
    for (let c = 0; c < 128; c++) if (ASCII_NAME[c] !== expected(c)) wrong.push(hex(c));
    expect(wrong).toEqual([]);
  });

  it.each([
    ['"A"', 65, 1],
    ['"Z"', 90, 1],
    ['"@" (before "A")', 64, 0],
    ['"[" (after "Z")', 91, 0],
    ['"a"', 97, 1],
    ['"z"', 122, 1],
    ['"`" (before "a")', 96, 0],
    ['"{" (after "z")', 123, 0],
    ['"_"', 95, 1],
    ['":"', 58, 1],
    ['"0"', 48, 2],
    ['"9"', 57, 2],
    ['"/" (before "0")', 47, 0],
    ['"-"', 45, 2],
    ['"."', 46, 2],
    ['"," (before "-")', 44, 0],
    ['";" (after ":")', 59, 0],
    ['DEL', 127, 0],
  ])('%s is class %i', (_label, c, cls) => {
    expect(ASCII_NAME[c]).toBe(cls);
  });
});

describe('isNameStartCode (XML 1.0 §2.3 NameStartChar, non-ASCII)', () => {
  describe.each(NAME_START_RANGES)('%s', (_name, lo, hi) => {
    it('accepts both ends', () => {
      expect(isNameStartCode(lo)).toBe(true);
      expect(isNameStartCode(hi)).toBe(true);
    });
    it('accepts a point inside', () => {
      expect(isNameStartCode(lo + Math.floor((hi - lo) / 2))).toBe(true);
    });
    it('rejects the code points just outside when they are in no other range', () => {
      if (lo - 1 >= 0x80 && !specNameStart(lo - 1)) expect(isNameStartCode(lo - 1)).toBe(false);
      if (!specNameStart(hi + 1)) expect(isNameStartCode(hi + 1)).toBe(false);
    });
  });

  it.each([
    ['U+00BF (before #xC0)', 0xbf],
    ['U+00D7 (multiplication sign, between #xD6 and #xD8)', 0xd7],
    ['U+00F7 (division sign, between #xF6 and #xF8)', 0xf7],
    ['U+00B7 (middle dot, NameChar only)', 0xb7],
    ['U+0300 (combining grave, NameChar only)', 0x300],
    ['U+036F (last combining mark, NameChar only)', 0x36f],
    ['U+037E (Greek question mark)', 0x37e],
    ['U+2000 (en quad, after #x1FFF)', 0x2000],
    ['U+200B (zero width space)', 0x200b],
    ['U+200E (left-to-right mark)', 0x200e],
    ['U+203F (undertie, NameChar only)', 0x203f],
    ['U+2040 (character tie, NameChar only)', 0x2040],
    ['U+206F (before #x2070)', 0x206f],
    ['U+2190 (leftwards arrow)', 0x2190],
    ['U+2BFF (before #x2C00)', 0x2bff],
    ['U+2FF0 (after #x2FEF)', 0x2ff0],
    ['U+3000 (ideographic space)', 0x3000],
    ['U+D800 (surrogate)', 0xd800],
    ['U+E000 (private use)', 0xe000],
    ['U+F8FF (before #xF900)', 0xf8ff],
    ['U+FDD0 (noncharacter)', 0xfdd0],
    ['U+FDEF (noncharacter)', 0xfdef],
    ['U+FFFE', 0xfffe],
    ['U+FFFF', 0xffff],
    ['U+F0000 (after #xEFFFF)', 0xf0000],
    ['U+10FFFF', 0x10ffff],
  ])('rejects %s', (_label, c) => {
    expect(isNameStartCode(c)).toBe(false);
  });

  it('agrees with the spec ranges at every range end and its neighbours', () => {
    const wrong = boundaryPoints().filter((c) => isNameStartCode(c) !== specNameStart(c));
    expect(wrong.map(hex)).toEqual([]);
  });
});

describe('isNameCode (XML 1.0 §2.3 NameChar, non-ASCII)', () => {
  describe.each(NAME_START_RANGES)('NameStartChar %s is also a NameChar', (_name, lo, hi) => {
    it('accepts both ends', () => {
      expect(isNameCode(lo)).toBe(true);
      expect(isNameCode(hi)).toBe(true);
    });
  });

  describe.each(NAME_ONLY_RANGES)('%s', (_name, lo, hi) => {
    it('accepts both ends as NameChar but not as NameStartChar', () => {
      expect(isNameCode(lo)).toBe(true);
      expect(isNameCode(hi)).toBe(true);
      expect(isNameStartCode(lo)).toBe(false);
      expect(isNameStartCode(hi)).toBe(false);
    });
  });

  it.each([
    ['U+00B6 (pilcrow, before #xB7)', 0xb6],
    ['U+00B8 (cedilla, after #xB7)', 0xb8],
    ['U+00BF (before #xC0)', 0xbf],
    ['U+00D7 (multiplication sign)', 0xd7],
    ['U+00F7 (division sign)', 0xf7],
    ['U+037E (Greek question mark)', 0x37e],
    ['U+200B (zero width space)', 0x200b],
    ['U+203E (overline, before #x203F)', 0x203e],
    ['U+2041 (caret insertion point, after #x2040)', 0x2041],
    ['U+3000 (ideographic space)', 0x3000],
    ['U+FFFE', 0xfffe],
    ['U+F0000 (after #xEFFFF)', 0xf0000],
  ])('rejects %s', (_label, c) => {
    expect(isNameCode(c)).toBe(false);
  });

  it('agrees with the spec ranges at every range end and its neighbours', () => {
    const wrong = boundaryPoints().filter((c) => isNameCode(c) !== specName(c));
    expect(wrong.map(hex)).toEqual([]);
  });
});

describe('isSpace (XML 1.0 §2.3 S)', () => {
  it.each([
    ['#x20 space', 0x20],
    ['#x9 tab', 0x9],
    ['#xD carriage return', 0xd],
    ['#xA line feed', 0xa],
  ])('accepts %s', (_label, c) => {
    expect(isSpace(c)).toBe(true);
  });

  it.each([
    ['#x0', 0x0],
    ['#x8 (before tab)', 0x8],
    ['#xB vertical tab', 0xb],
    ['#xC form feed', 0xc],
    ['#xE (after CR)', 0xe],
    ['#x1F (before space)', 0x1f],
    ['#x21 (after space)', 0x21],
    ['#x85 next line', 0x85],
    ['#xA0 no-break space', 0xa0],
    ['#x2028 line separator', 0x2028],
    ['#x3000 ideographic space', 0x3000],
  ])('rejects %s', (_label, c) => {
    expect(isSpace(c)).toBe(false);
  });
});
