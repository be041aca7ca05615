/**
 * Block escapes `\p{IsX}` / `\P{IsX}` of XSD 1.0 regular expressions, block by block, at the
 * edges of each block: the last code point before it, its first and last, the first after it.
 * The blocks and ranges are XSD 1.0 Part 2 (second edition) Appendix F "Block Escapes" as the
 * spec prints them (Unicode 3.1 Blocks.txt, `Specials` listed twice, `PrivateUse` three times).
 *
 * Two witnesses: the Appendix F list itself (every block name against the edges of EVERY block,
 * so a range that is empty, shifted or given to the wrong name shows), and libxml2 (`xmllint
 * --schema`, an independent implementation) on each block's own edges, batched in one run.
 * Where libxml2 2.9 disagrees it is because its table is Unicode 4.0.1 Blocks.txt, not Appendix
 * F's Unicode 3.1 (listed in LIBXML2_UNICODE4 below, each checked to still be a disagreement).
 * Edges that are not XML characters (XML 1.0 §2.2 Char) cannot be put to libxml2 and are checked
 * against Appendix F only: U+0000 (BasicLatin's first), U+D800..U+DFFF (the three surrogate
 * blocks, tested on lone surrogates in a JavaScript string) and U+FFFE (just after Specials).
 *
 * @see XSD 1.0 Part 2 Appendix F (Block Escapes, IsBlock); XML 1.0 §2.2 (Char)
 */
import { describe, expect, it } from 'vitest';
import { checkXsdPattern, compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';
import { describeWith, xmllint } from '../../../../support/requirements.js';
import { type PatternCheck, xmlChar, xmllintVerdicts } from './xmllint-patterns.js';

/** Appendix F, "Start Code  End Code  Block Name", in the spec's order. */
const APPENDIX_F = `
  #x0000-#x007F BasicLatin
  #x0080-#x00FF Latin-1Supplement
  #x0100-#x017F LatinExtended-A
  #x0180-#x024F LatinExtended-B
  #x0250-#x02AF IPAExtensions
  #x02B0-#x02FF SpacingModifierLetters
  #x0300-#x036F CombiningDiacriticalMarks
  #x0370-#x03FF Greek
  #x0400-#x04FF Cyrillic
  #x0530-#x058F Armenian
  #x0590-#x05FF Hebrew
  #x0600-#x06FF Arabic
  #x0700-#x074F Syriac
  #x0780-#x07BF Thaana
  #x0900-#x097F Devanagari
  #x0980-#x09FF Bengali
  #x0A00-#x0A7F Gurmukhi
  #x0A80-#x0AFF Gujarati
  #x0B00-#x0B7F Oriya
  #x0B80-#x0BFF Tamil
  #x0C00-#x0C7F Telugu
  #x0C80-#x0CFF Kannada
  #x0D00-#x0D7F Malayalam
  #x0D80-#x0DFF Sinhala
  #x0E00-#x0E7F Thai
  #x0E80-#x0EFF Lao
  #x0F00-#x0FFF Tibetan
  #x1000-#x109F Myanmar
  #x10A0-#x10FF Georgian
  #x1100-#x11FF HangulJamo
  #x1200-#x137F Ethiopic
  #x13A0-#x13FF Cherokee
  #x1400-#x167F UnifiedCanadianAboriginalSyllabics
  #x1680-#x169F Ogham
  #x16A0-#x16FF Runic
  #x1780-#x17FF Khmer
  #x1800-#x18AF Mongolian
  #x1E00-#x1EFF LatinExtendedAdditional
  #x1F00-#x1FFF GreekExtended
  #x2000-#x206F GeneralPunctuation
  #x2070-#x209F SuperscriptsandSubscripts
  #x20A0-#x20CF CurrencySymbols
  #x20D0-#x20FF CombiningMarksforSymbols
  #x2100-#x214F LetterlikeSymbols
  #x2150-#x218F NumberForms
  #x2190-#x21FF Arrows
  #x2200-#x22FF MathematicalOperators
  #x2300-#x23FF MiscellaneousTechnical
  #x2400-#x243F ControlPictures
  #x2440-#x245F OpticalCharacterRecognition
  #x2460-#x24FF EnclosedAlphanumerics
  #x2500-#x257F BoxDrawing
  #x2580-#x259F BlockElements
  #x25A0-#x25FF GeometricShapes
  #x2600-#x26FF MiscellaneousSymbols
  #x2700-#x27BF Dingbats
  #x2800-#x28FF BraillePatterns
  #x2E80-#x2EFF CJKRadicalsSupplement
  #x2F00-#x2FDF KangxiRadicals
  #x2FF0-#x2FFF IdeographicDescriptionCharacters
  #x3000-#x303F CJKSymbolsandPunctuation
  #x3040-#x309F Hiragana
  #x30A0-#x30FF Katakana
  #x3100-#x312F Bopomofo
  #x3130-#x318F HangulCompatibilityJamo
  #x3190-#x319F Kanbun
  #x31A0-#x31BF BopomofoExtended
  #x3200-#x32FF EnclosedCJKLettersandMonths
  #x3300-#x33FF CJKCompatibility
  #x3400-#x4DB5 CJKUnifiedIdeographsExtensionA
  #x4E00-#x9FFF CJKUnifiedIdeographs
  #xA000-#xA48F YiSyllables
  #xA490-#xA4CF YiRadicals
  #xAC00-#xD7A3 HangulSyllables
  #xD800-#xDB7F HighSurrogates
  #xDB80-#xDBFF HighPrivateUseSurrogates
  #xDC00-#xDFFF LowSurrogates
  #xE000-#xF8FF PrivateUse
  #xF900-#xFAFF CJKCompatibilityIdeographs
  #xFB00-#xFB4F AlphabeticPresentationForms
  #xFB50-#xFDFF ArabicPresentationForms-A
  #xFE20-#xFE2F CombiningHalfMarks
  #xFE30-#xFE4F CJKCompatibilityForms
  #xFE50-#xFE6F SmallFormVariants
  #xFE70-#xFEFE ArabicPresentationForms-B
  #xFEFF-#xFEFF Specials
  #xFF00-#xFFEF HalfwidthandFullwidthForms
  #xFFF0-#xFFFD Specials
  #x10300-#x1032F OldItalic
  #x10330-#x1034F Gothic
  #x10400-#x1044F Deseret
  #x1D000-#x1D0FF ByzantineMusicalSymbols
  #x1D100-#x1D1FF MusicalSymbols
  #x1D400-#x1D7FF MathematicalAlphanumericSymbols
  #x20000-#x2A6D6 CJKUnifiedIdeographsExtensionB
  #x2F800-#x2FA1F CJKCompatibilityIdeographsSupplement
  #xE0000-#xE007F Tags
  #xF0000-#xFFFFD PrivateUse
  #x100000-#x10FFFD PrivateUse
`;

interface Row {
  readonly start: number;
  readonly end: number;
  readonly name: string;
}

const ROWS: readonly Row[] = APPENDIX_F.trim()
  .split('\n')
  .map((line) => {
    const m = /^#x([0-9A-F]+)-#x([0-9A-F]+) (\S+)$/.exec(line.trim());
    if (!m) throw new Error(`bad row: ${line}`);
    return { start: Number.parseInt(m[1]!, 16), end: Number.parseInt(m[2]!, 16), name: m[3]! };
  });
const NAMES = [...new Set(ROWS.map((r) => r.name))];

/** Appendix F: `cp` is in block `name`. */
const inBlock = (name: string, cp: number): boolean =>
  ROWS.some((r) => r.name === name && cp >= r.start && cp <= r.end);

const edges = (r: Row): number[] => [r.start - 1, r.start, r.end, r.end + 1].filter((cp) => cp >= 0 && cp <= 0x10ffff);
const EVERY_EDGE = [...new Set(ROWS.flatMap(edges))].sort((a, b) => a - b);

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
const ours = (pattern: string, cp: number): boolean => compileXsdPattern(pattern).test(String.fromCodePoint(cp));

describe('Appendix F block escapes, every name against the edges of every block', () => {
  it('lists 96 distinct block names in 99 rows', () => {
    expect(ROWS).toHaveLength(99);
    expect(NAMES).toHaveLength(96);
  });

  it.each(NAMES)('\\p{Is%s} and \\P{Is%s} are the block and its complement', (name) => {
    expect(checkXsdPattern(`\\p{Is${name}}`)).toBeUndefined();
    const wrong: string[] = [];
    for (const cp of EVERY_EDGE) {
      const want = inBlock(name, cp);
      if (ours(`\\p{Is${name}}`, cp) !== want) wrong.push(`\\p ${hex(cp)}`);
      if (ours(`\\P{Is${name}}`, cp) === want) wrong.push(`\\P ${hex(cp)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('the surrogate blocks, on lone surrogates (not XML characters, so Appendix F is the only witness)', () => {
    expect(ours('\\p{IsHighSurrogates}', 0xd800)).toBe(true);
    expect(ours('\\p{IsHighSurrogates}', 0xdb7f)).toBe(true);
    expect(ours('\\p{IsHighSurrogates}', 0xdb80)).toBe(false);
    expect(ours('\\p{IsHighPrivateUseSurrogates}', 0xdb80)).toBe(true);
    expect(ours('\\p{IsHighPrivateUseSurrogates}', 0xdbff)).toBe(true);
    expect(ours('\\p{IsLowSurrogates}', 0xdc00)).toBe(true);
    expect(ours('\\p{IsLowSurrogates}', 0xdfff)).toBe(true);
    expect(ours('\\p{IsLowSurrogates}', 0xdbff)).toBe(false);
    // A surrogate pair is one character, of its supplementary code point's block, in none of these.
    for (const name of ['HighSurrogates', 'HighPrivateUseSurrogates', 'LowSurrogates'])
      expect(compileXsdPattern(`\\p{Is${name}}+`).test('\u{10300}')).toBe(false);
    expect(compileXsdPattern('\\p{IsOldItalic}').test('\u{10300}')).toBe(true);
  });
});

/**
 * Where libxml2 2.9 (Unicode 4.0.1 Blocks.txt) and Appendix F (Unicode 3.1) draw a block edge
 * differently: [block, code point, in the block for libxml2]. Ours follows Appendix F (checked
 * above against the list itself).
 */
const LIBXML2_UNICODE4: readonly (readonly [string, number, boolean])[] = [
  ['CJKUnifiedIdeographsExtensionA', 0x4db6, true], // Unicode 4.0: 3400..4DBF
  ['HangulSyllables', 0xd7a4, true], // Unicode 4.0: AC00..D7AF
  ['ArabicPresentationForms-B', 0xfeff, true], // Unicode 4.0: FE70..FEFF
  ['Specials', 0xfeff, false], // Unicode 4.0: FFF0..FFFF only
  ['PrivateUse', 0xffffe, true], // Unicode 4.0: Supplementary Private Use Area-A F0000..FFFFF
  ['PrivateUse', 0xfffff, true],
  ['PrivateUse', 0x10fffe, true], // Unicode 4.0: Supplementary Private Use Area-B 100000..10FFFF
  ['CJKUnifiedIdeographsExtensionB', 0x2a6d7, true], // Unicode 4.0: 20000..2A6DF
];

describeWith(xmllint())('libxml2 agrees on the edges of each block (xmllint --schema)', () => {
  it('one xmllint run: every block and its complement at its own edges', () => {
    const checks: PatternCheck[] = [];
    for (const name of NAMES)
      for (const cp of new Set(ROWS.filter((r) => r.name === name).flatMap(edges)))
        if (xmlChar(cp)) checks.push({ pattern: `\\p{Is${name}}`, cp }, { pattern: `\\P{Is${name}}`, cp });
    expect(checks.length).toBeGreaterThan(700);
    const theirs = xmllintVerdicts(checks);
    const differ: string[] = [];
    checks.forEach((c, k) => {
      if (ours(c.pattern, c.cp) !== theirs[k]) differ.push(`${c.pattern} ${hex(c.cp)} libxml2=${theirs[k]}`);
    });
    const expected = LIBXML2_UNICODE4.flatMap(([name, cp, inIt]) => [
      `\\p{Is${name}} ${hex(cp)} libxml2=${inIt}`,
      `\\P{Is${name}} ${hex(cp)} libxml2=${!inIt}`,
    ]);
    expect(differ.sort()).toEqual(expected.sort());
  });
});
