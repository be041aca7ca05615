/**
 * The multi-character escapes of XSD 1.0 regular expressions and the wildcard, as Appendix F
 * defines them: `\s` = [#x20\t\n\r], `\d` = \p{Nd}, `\w` = everything but \p{P}, \p{Z} and
 * \p{C}, `\i` / `\c` the XML name characters (here XML 1.0 fifth edition §2.3 NameStartChar /
 * NameChar, whose productions are parsed below), each upper-case letter the complement of its
 * lower-case one, and `.` every character but LF and CR. Then libxml2 (`xmllint --schema`, one
 * batched run) as an independent witness on every XML character up to U+036F and a set of others;
 * and how an escape letter or block name Appendix F does not define is reported.
 *
 * Known disagreements with libxml2 2.9, each pinned so that a change shows:
 * - `\i` / `\c`: libxml2 uses XML 1.0 fourth edition (Letter | '_' | ':', Appendix B), a subset of
 *   the fifth edition's NameStartChar; they agree up to U+00FF, and above it everything libxml2
 *   calls a name character is one for us too.
 * - `\w` on U+00A7 SECTION SIGN and U+00B6 PILCROW SIGN: So in Unicode 3.1 (XSD 1.0's) to 6.0,
 *   Po since Unicode 6.1; our categories are the JavaScript engine's current Unicode, libxml2's
 *   are 4.0.1, so libxml2 says `\w` and we say `\W`.
 * - `\w` on unassigned code points (Cn): Appendix F's \p{C} includes Cn, so they are `\W` (ours);
 *   libxml2 leaves Cn out of C. Not compared here: which points are unassigned depends on the
 *   Unicode version, so only U+0378 (unassigned in every version so far) is checked, spec-only.
 *
 * @see XSD 1.0 Part 2 Appendix F (Multi-Character Escapes, Category Escapes, SingleCharEsc);
 *      XML 1.0 (fifth edition) §2.2 Char, §2.3 NameStartChar, NameChar
 */
import { describe, expect, it } from 'vitest';
import { checkXsdPattern, compileXsdPattern, XsdRegexError } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';
import { describeWith, xmllint } from '../../../../support/requirements.js';
import { type PatternCheck, xmlChar, xmllintRefused, xmllintVerdicts } from './xmllint-patterns.js';

const ours = (pattern: string, cp: number): boolean => compileXsdPattern(pattern).test(String.fromCodePoint(cp));
const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** XML 1.0 fifth edition §2.3, as printed. */
const NAME_START_CHAR =
  '":" | [A-Z] | "_" | [a-z] | [#xC0-#xD6] | [#xD8-#xF6] | [#xF8-#x2FF] | [#x370-#x37D] | [#x37F-#x1FFF] | ' +
  '[#x200C-#x200D] | [#x2070-#x218F] | [#x2C00-#x2FEF] | [#x3001-#xD7FF] | [#xF900-#xFDCF] | [#xFDF0-#xFFFD] | ' +
  '[#x10000-#xEFFFF]';
const NAME_CHAR_MORE = '"-" | "." | [0-9] | #xB7 | [#x0300-#x036F] | [#x203F-#x2040]';

function production(text: string): [number, number][] {
  const point = (s: string): number => (s.startsWith('#x') ? Number.parseInt(s.slice(2), 16) : s.codePointAt(0)!);
  return text.split(' | ').map((alt) => {
    const m = /^\[(#x[0-9A-F]+|.)-(#x[0-9A-F]+|.)\]$/.exec(alt);
    if (m) return [point(m[1]!), point(m[2]!)];
    const one = point(alt.startsWith('"') ? alt.slice(1, -1) : alt);
    return [one, one];
  });
}
const START = production(NAME_START_CHAR);
const NAME = [...START, ...production(NAME_CHAR_MORE)];
const within = (rs: readonly [number, number][], cp: number): boolean => rs.some(([a, b]) => cp >= a && cp <= b);
const NAME_EDGES = [...new Set(NAME.flatMap(([a, b]) => [a - 1, a, b, b + 1]))].filter(
  (cp) => cp >= 0 && cp <= 0x10ffff,
);

/** One character of each general category, with whether `\w` matches it (Appendix F). */
const BY_CATEGORY: readonly [string, number, boolean][] = [
  ['Lu', 0x41, true],
  ['Ll', 0x7a, true],
  ['Lt', 0x1c5, true],
  ['Lm', 0x2b0, true],
  ['Lo', 0x5d0, true],
  ['Mn', 0x300, true],
  ['Mc', 0x903, true],
  ['Me', 0x20dd, true],
  ['Nd', 0x35, true],
  ['Nl', 0x2160, true],
  ['No', 0xb2, true],
  ['Sm', 0x2b, true],
  ['Sc', 0x24, true],
  ['Sk', 0x5e, true],
  ['So', 0xa9, true],
  ['Pc', 0x5f, false],
  ['Pd', 0x2d, false],
  ['Ps', 0x28, false],
  ['Pe', 0x29, false],
  ['Pi', 0xab, false],
  ['Pf', 0xbb, false],
  ['Po', 0x21, false],
  ['Zs', 0x20, false],
  ['Zl', 0x2028, false],
  ['Zp', 0x2029, false],
  ['Cc', 0x7f, false],
  ['Cf', 0xad, false],
  ['Co', 0xe000, false],
  ['Cn', 0x378, false],
];

describe('Appendix F multi-character escapes, against their definitions', () => {
  it('\\s is exactly TAB, LF, CR and SPACE in the BMP, \\S everything else', () => {
    const s = compileXsdPattern('\\s');
    const S = compileXsdPattern('\\S');
    const matched: number[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (s.test(ch)) matched.push(cp);
      expect(S.test(ch)).toBe(!s.test(ch));
    }
    expect(matched).toEqual([0x9, 0xa, 0xd, 0x20]);
    expect(S.test('\u{10000}')).toBe(true);
    expect(s.test('\u000b') || s.test('\u000c') || s.test('\u00a0') || s.test('\u0085')).toBe(false);
  });

  it.each([0x30, 0x39, 0x660, 0x669, 0x966, 0xff10, 0x1d7ce, 0x1d7ff])('\\d matches the decimal digit %s', (cp) => {
    expect(ours('\\d', cp)).toBe(true);
    expect(ours('\\D', cp)).toBe(false);
  });

  it.each([0x2f, 0x3a, 0xb2, 0x2160, 0x3007, 0x41, 0x20])('\\d does not match %s (not Nd)', (cp) => {
    expect(ours('\\d', cp)).toBe(false);
    expect(ours('\\D', cp)).toBe(true);
  });

  it.each(BY_CATEGORY)('\\w on a %s character (%s): %s', (_cat, cp, word) => {
    expect(ours('\\w', cp)).toBe(word);
    expect(ours('\\W', cp)).toBe(!word);
  });

  it('\\W covers the controls outside XML too (NUL, lone surrogates are Cc / Cs)', () => {
    expect(compileXsdPattern('\\W').test('\u0000')).toBe(true);
    expect(compileXsdPattern('\\W').test('\ud800')).toBe(true);
    expect(compileXsdPattern('\\w').test('\ud800')).toBe(false);
  });

  it('\\i and \\c are NameStartChar and NameChar at every edge of their ranges; \\I and \\C the rest', () => {
    const wrong: string[] = [];
    for (const cp of NAME_EDGES) {
      if (ours('\\i', cp) !== within(START, cp)) wrong.push(`\\i ${hex(cp)}`);
      if (ours('\\I', cp) === within(START, cp)) wrong.push(`\\I ${hex(cp)}`);
      if (ours('\\c', cp) !== within(NAME, cp)) wrong.push(`\\c ${hex(cp)}`);
      if (ours('\\C', cp) === within(NAME, cp)) wrong.push(`\\C ${hex(cp)}`);
    }
    expect(NAME_EDGES.length).toBeGreaterThan(60);
    expect(wrong).toEqual([]);
  });

  it('\\i\\c* is an XML Name: letters first, then digits, marks, "-", "." and U+00B7', () => {
    const name = compileXsdPattern('\\i\\c*');
    for (const ok of ['a', ':a', '_1', 'x-y.z', 'a\u00b7b', 'e\u0301', '\u0370\u203f', '\u{10000}\u{effff}'])
      expect(name.test(ok), ok).toBe(true);
    for (const bad of ['1a', '-a', '.a', '\u00b7a', '\u0300a', '\u203fa', 'a b', 'a\u00d7', '\u{f0000}'])
      expect(name.test(bad), bad).toBe(false);
  });

  it('. is every character but LF and CR, a surrogate pair being one character', () => {
    for (const cp of [0x0, 0x9, 0x20, 0x85, 0x2028, 0x2029, 0xfffd, 0x10000, 0x10ffff])
      expect(ours('.', cp), hex(cp)).toBe(true);
    expect(ours('.', 0xa)).toBe(false);
    expect(ours('.', 0xd)).toBe(false);
    expect(compileXsdPattern('.').test('\u{1d400}')).toBe(true);
    expect(compileXsdPattern('..').test('\u{1d400}')).toBe(false);
    // Inside a class '.' is a plain full stop.
    expect(compileXsdPattern('[.]').test('\u{1d400}')).toBe(false);
    expect(compileXsdPattern('[.]').test('.')).toBe(true);
  });
});

/** Every XML character up to U+036F, then a few others whose category all Unicode versions agree on. */
const LOW = Array.from({ length: 0x370 }, (_, cp) => cp).filter(xmlChar);
const OTHERS = [
  0x660, 0x669, 0x966, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x2160, 0x3000, 0x3007, 0xfeff, 0xff10, 0xff19,
  0xe000, 0xf8ff, 0xfffd, 0x1d7ce, 0x1d7ff, 0xe0001, 0xf0000, 0x10fffd,
];
const UNICODE_61_PO = new Set([0xa7, 0xb6]);

describeWith(xmllint())('libxml2 agrees (xmllint --schema, one run)', () => {
  it('\\s \\S \\d \\D \\w \\W . on every XML character up to U+036F and others; \\i \\I \\c \\C likewise', () => {
    const checks: PatternCheck[] = [];
    for (const pattern of ['\\s', '\\S', '\\d', '\\D', '\\w', '\\W', '.'])
      for (const cp of [...LOW, ...OTHERS]) checks.push({ pattern, cp });
    const nameProbes = [...new Set([...LOW, ...OTHERS, ...NAME_EDGES])].filter(xmlChar);
    for (const pattern of ['\\i', '\\I', '\\c', '\\C']) for (const cp of nameProbes) checks.push({ pattern, cp });
    const theirs = xmllintVerdicts(checks);
    const differ: string[] = [];
    const wider: string[] = [];
    checks.forEach((c, k) => {
      const mine = ours(c.pattern, c.cp);
      if (mine === theirs[k]) return;
      if (/\\[iIcC]/.test(c.pattern) && c.cp > 0xff) {
        // Fifth edition names are a superset of the fourth edition's.
        const widened = c.pattern === '\\i' || c.pattern === '\\c' ? mine : theirs[k];
        if (!widened) differ.push(`${c.pattern} ${hex(c.cp)} libxml2=${theirs[k]}`);
        else wider.push(`${c.pattern} ${hex(c.cp)}`);
        return;
      }
      differ.push(`${c.pattern} ${hex(c.cp)} libxml2=${theirs[k]}`);
    });
    expect(checks.length).toBeGreaterThan(9000);
    expect(differ.sort()).toEqual(
      [...UNICODE_61_PO].flatMap((cp) => [`\\w ${hex(cp)} libxml2=true`, `\\W ${hex(cp)} libxml2=false`]).sort(),
    );
    // The edition difference is real (e.g. U+0370, U+2C00 are fifth-edition NameStartChars only).
    expect(wider).toContain('\\i U+0370');
    expect(wider).toContain('\\c U+2C00');
  });

  it('an escape letter is refused by us exactly when libxml2 refuses it (printable ASCII after "\\")', () => {
    const patterns: string[] = [];
    for (let cp = 0x21; cp <= 0x7e; cp++) if (cp !== 0x70 && cp !== 0x50) patterns.push(`\\${String.fromCharCode(cp)}`);
    const refused = xmllintRefused(patterns);
    const differ = patterns.filter((p) => (checkXsdPattern(p) !== undefined) !== refused.has(p));
    expect(refused.size).toBeGreaterThan(50);
    expect(differ).toEqual([]);
  });
});

describe('escapes and block names Appendix F does not define', () => {
  it('the escapes accepted are exactly SingleCharEsc and MultiCharEsc (\\p, \\P need a name)', () => {
    const accepted: string[] = [];
    for (let cp = 0x21; cp <= 0x7e; cp++) {
      const ch = String.fromCharCode(cp);
      if (checkXsdPattern(`\\${ch}`) === undefined) accepted.push(ch);
    }
    expect(accepted.sort().join('')).toBe([...'nrt\\|.?*+(){}-[]^', ...'sSiIcCdDwW'].sort().join(''));
  });

  it.each(['\\x', 'ab\\q', '[a\\y]'])('%s is refused with kind invalid, at its backslash, naming it', (pattern) => {
    const at = pattern.indexOf('\\');
    const e = checkXsdPattern(pattern);
    expect(e).toBeInstanceOf(XsdRegexError);
    expect(e?.kind).toBe('invalid');
    expect(e?.offset).toBe(at);
    expect(e?.message).toBe(`unknown escape '\\${pattern[at + 1]}'`);
    expect(() => compileXsdPattern(pattern)).toThrow(XsdRegexError);
  });

  it.each([
    'IsFoo',
    'IsGreekandCoptic', // Unicode 4.0 name of Greek
    'IsCyrillicSupplementary', // Unicode 3.2, after Appendix F's 3.1
    'IsPrivateUseArea', // Unicode 4.0 name of the BMP PrivateUse
    'Isbasiclatin',
    'IsBasic_Latin',
    'IsBasic Latin',
    'Is',
  ])('\\p{%s} is refused (a block name Appendix F does not list)', (name) => {
    for (const p of ['p', 'P']) {
      const e = checkXsdPattern(`a\\${p}{${name}}`);
      expect(e?.kind).toBe('invalid');
      expect(e?.offset).toBe(1);
      expect(e?.message).toBe(`unknown Unicode block '${name}' (XSD 1.0 block names)`);
    }
  });
});
