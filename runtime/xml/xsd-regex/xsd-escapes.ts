/**
 * The named character sets of XSD 1.0 regular expressions: the general categories a category
 * escape may name (`\p{Lu}`), the Unicode block names of `\p{IsBlock}` with their ranges, and the
 * multi-character escapes `\s \S \i \I \c \C \d \D \w \W` and the wildcard `.`.
 *
 * `\i` and `\c` are XML 1.0 (fifth edition) NameStartChar and NameChar; the block table is the one
 * XSD 1.0 Part 2 (second edition) Appendix F lists (Unicode 3.1 blocks; `PrivateUse` covers the
 * BMP area and both supplementary private-use planes, `Specials` both of its ranges).
 *
 * @see XSD 1.0 Part 2 Appendix F (Category Escapes, Block Escapes, Multi-Character Escapes);
 *      XML 1.0 §2.3 (NameStartChar, NameChar)
 */
import { type CharSet, category, complement, ranges, union } from './char-set.js';

/** The category names `\p{..}` accepts (XSD 1.0: no `Cs`). */
export const CATEGORIES: ReadonlySet<string> = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po Z Zs Zl Zp S Sm Sc Sk So C Cc Cf Co Cn'.split(' '),
);

/** Block name -> inclusive ranges. */
const BLOCKS: ReadonlyMap<string, readonly number[]> = new Map<string, number[]>([
  ['BasicLatin', [0x0000, 0x007f]],
  ['Latin-1Supplement', [0x0080, 0x00ff]],
  ['LatinExtended-A', [0x0100, 0x017f]],
  ['LatinExtended-B', [0x0180, 0x024f]],
  ['IPAExtensions', [0x0250, 0x02af]],
  ['SpacingModifierLetters', [0x02b0, 0x02ff]],
  ['CombiningDiacriticalMarks', [0x0300, 0x036f]],
  ['Greek', [0x0370, 0x03ff]],
  ['Cyrillic', [0x0400, 0x04ff]],
  ['Armenian', [0x0530, 0x058f]],
  ['Hebrew', [0x0590, 0x05ff]],
  ['Arabic', [0x0600, 0x06ff]],
  ['Syriac', [0x0700, 0x074f]],
  ['Thaana', [0x0780, 0x07bf]],
  ['Devanagari', [0x0900, 0x097f]],
  ['Bengali', [0x0980, 0x09ff]],
  ['Gurmukhi', [0x0a00, 0x0a7f]],
  ['Gujarati', [0x0a80, 0x0aff]],
  ['Oriya', [0x0b00, 0x0b7f]],
  ['Tamil', [0x0b80, 0x0bff]],
  ['Telugu', [0x0c00, 0x0c7f]],
  ['Kannada', [0x0c80, 0x0cff]],
  ['Malayalam', [0x0d00, 0x0d7f]],
  ['Sinhala', [0x0d80, 0x0dff]],
  ['Thai', [0x0e00, 0x0e7f]],
  ['Lao', [0x0e80, 0x0eff]],
  ['Tibetan', [0x0f00, 0x0fff]],
  ['Myanmar', [0x1000, 0x109f]],
  ['Georgian', [0x10a0, 0x10ff]],
  ['HangulJamo', [0x1100, 0x11ff]],
  ['Ethiopic', [0x1200, 0x137f]],
  ['Cherokee', [0x13a0, 0x13ff]],
  ['UnifiedCanadianAboriginalSyllabics', [0x1400, 0x167f]],
  ['Ogham', [0x1680, 0x169f]],
  ['Runic', [0x16a0, 0x16ff]],
  ['Khmer', [0x1780, 0x17ff]],
  ['Mongolian', [0x1800, 0x18af]],
  ['LatinExtendedAdditional', [0x1e00, 0x1eff]],
  ['GreekExtended', [0x1f00, 0x1fff]],
  ['GeneralPunctuation', [0x2000, 0x206f]],
  ['SuperscriptsandSubscripts', [0x2070, 0x209f]],
  ['CurrencySymbols', [0x20a0, 0x20cf]],
  ['CombiningMarksforSymbols', [0x20d0, 0x20ff]],
  ['LetterlikeSymbols', [0x2100, 0x214f]],
  ['NumberForms', [0x2150, 0x218f]],
  ['Arrows', [0x2190, 0x21ff]],
  ['MathematicalOperators', [0x2200, 0x22ff]],
  ['MiscellaneousTechnical', [0x2300, 0x23ff]],
  ['ControlPictures', [0x2400, 0x243f]],
  ['OpticalCharacterRecognition', [0x2440, 0x245f]],
  ['EnclosedAlphanumerics', [0x2460, 0x24ff]],
  ['BoxDrawing', [0x2500, 0x257f]],
  ['BlockElements', [0x2580, 0x259f]],
  ['GeometricShapes', [0x25a0, 0x25ff]],
  ['MiscellaneousSymbols', [0x2600, 0x26ff]],
  ['Dingbats', [0x2700, 0x27bf]],
  ['BraillePatterns', [0x2800, 0x28ff]],
  ['CJKRadicalsSupplement', [0x2e80, 0x2eff]],
  ['KangxiRadicals', [0x2f00, 0x2fdf]],
  ['IdeographicDescriptionCharacters', [0x2ff0, 0x2fff]],
  ['CJKSymbolsandPunctuation', [0x3000, 0x303f]],
  ['Hiragana', [0x3040, 0x309f]],
  ['Katakana', [0x30a0, 0x30ff]],
  ['Bopomofo', [0x3100, 0x312f]],
  ['HangulCompatibilityJamo', [0x3130, 0x318f]],
  ['Kanbun', [0x3190, 0x319f]],
  ['BopomofoExtended', [0x31a0, 0x31bf]],
  ['EnclosedCJKLettersandMonths', [0x3200, 0x32ff]],
  ['CJKCompatibility', [0x3300, 0x33ff]],
  ['CJKUnifiedIdeographsExtensionA', [0x3400, 0x4db5]],
  ['CJKUnifiedIdeographs', [0x4e00, 0x9fff]],
  ['YiSyllables', [0xa000, 0xa48f]],
  ['YiRadicals', [0xa490, 0xa4cf]],
  ['HangulSyllables', [0xac00, 0xd7a3]],
  ['HighSurrogates', [0xd800, 0xdb7f]],
  ['HighPrivateUseSurrogates', [0xdb80, 0xdbff]],
  ['LowSurrogates', [0xdc00, 0xdfff]],
  ['PrivateUse', [0xe000, 0xf8ff, 0xf0000, 0xffffd, 0x100000, 0x10fffd]],
  ['CJKCompatibilityIdeographs', [0xf900, 0xfaff]],
  ['AlphabeticPresentationForms', [0xfb00, 0xfb4f]],
  ['ArabicPresentationForms-A', [0xfb50, 0xfdff]],
  ['CombiningHalfMarks', [0xfe20, 0xfe2f]],
  ['CJKCompatibilityForms', [0xfe30, 0xfe4f]],
  ['SmallFormVariants', [0xfe50, 0xfe6f]],
  ['ArabicPresentationForms-B', [0xfe70, 0xfefe]],
  ['Specials', [0xfeff, 0xfeff, 0xfff0, 0xfffd]],
  ['HalfwidthandFullwidthForms', [0xff00, 0xffef]],
  ['OldItalic', [0x10300, 0x1032f]],
  ['Gothic', [0x10330, 0x1034f]],
  ['Deseret', [0x10400, 0x1044f]],
  ['ByzantineMusicalSymbols', [0x1d000, 0x1d0ff]],
  ['MusicalSymbols', [0x1d100, 0x1d1ff]],
  ['MathematicalAlphanumericSymbols', [0x1d400, 0x1d7ff]],
  ['CJKUnifiedIdeographsExtensionB', [0x20000, 0x2a6d6]],
  ['CJKCompatibilityIdeographsSupplement', [0x2f800, 0x2fa1f]],
  ['Tags', [0xe0000, 0xe007f]],
]);

/** The set of block `name` (without `Is`), or undefined for a name XSD 1.0 does not list. */
export function blockSet(name: string): CharSet | undefined {
  const r = BLOCKS.get(name);
  return r === undefined ? undefined : ranges(r);
}

const NAME_START = [
  0x3a, 0x3a, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x2ff, 0x370, 0x37d, 0x37f, 0x1fff,
  0x200c, 0x200d, 0x2070, 0x218f, 0x2c00, 0x2fef, 0x3001, 0xd7ff, 0xf900, 0xfdcf, 0xfdf0, 0xfffd, 0x10000, 0xeffff,
];
const NAME_EXTRA = [0x2d, 0x2e, 0x30, 0x39, 0xb7, 0xb7, 0x300, 0x36f, 0x203f, 0x2040];

const P_Z_C = (): CharSet => union([category('P'), category('Z'), category('C')]);

/** The set of a multi-character escape letter (`s S i I c C d D w W`), or undefined. */
export function multiCharEscape(letter: string): CharSet | undefined {
  switch (letter) {
    case 's':
      return ranges([0x09, 0x0a, 0x0d, 0x0d, 0x20, 0x20]);
    case 'i':
      return ranges(NAME_START);
    case 'c':
      return ranges([...NAME_START, ...NAME_EXTRA]);
    case 'd':
      return category('Nd');
    case 'w':
      return complement(P_Z_C());
    case 'W':
      return P_Z_C();
    case 'S':
    case 'I':
    case 'C':
    case 'D': {
      const positive = multiCharEscape(letter.toLowerCase());
      return positive === undefined ? undefined : complement(positive);
    }
    default:
      return undefined;
  }
}

/** `.`: every character but newline and carriage return. */
export function wildcard(): CharSet {
  return complement(ranges([0x0a, 0x0a, 0x0d, 0x0d]));
}
