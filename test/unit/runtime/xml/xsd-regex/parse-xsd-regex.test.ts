/**
 * The XSD 1.0 regular-expression parser (XSD 1.0 Part 2 Appendix F): what it accepts and what it
 * rejects, with the offset of the problem. Before it, qspec translated patterns to JavaScript
 * without a syntax check, so `*a`, `(`, `a{,2}` loaded as valid schemas.
 */
import { describe, expect, it } from 'vitest';
import { checkXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

describe('checkXsdPattern: valid XSD 1.0 regular expressions', () => {
  it.each([
    '',
    'abc',
    'a|',
    '|',
    '()',
    '(a|b)*c+d?',
    'a{0}',
    'a{2,}',
    'a{2,5}',
    '[abc]',
    '[^abc]',
    '[a-z]',
    '[-a]',
    '[a-]',
    '[^-a]',
    '[a-z-[aeiou]]',
    '[^a-z-[aeiou]]',
    '[a-z-[b-d-[c]]]',
    '[a-z--[b-z]]',
    '[--[a]]',
    '[\\-\\[\\]\\^]',
    '[a^]',
    '^a$',
    '\\n\\r\\t\\\\\\|\\.\\?\\*\\+\\(\\)\\{\\}\\-\\[\\]\\^',
    '\\s\\S\\i\\I\\c\\C\\d\\D\\w\\W.',
    '[\\s\\d\\p{Lu}\\P{Nd}]',
    '\\p{L}\\p{Lu}\\p{Ll}\\p{Lt}\\p{Lm}\\p{Lo}\\p{M}\\p{Mn}\\p{Mc}\\p{Me}\\p{N}\\p{Nd}\\p{Nl}\\p{No}',
    '\\p{P}\\p{Pc}\\p{Pd}\\p{Ps}\\p{Pe}\\p{Pi}\\p{Pf}\\p{Po}\\p{Z}\\p{Zs}\\p{Zl}\\p{Zp}',
    '\\p{S}\\p{Sm}\\p{Sc}\\p{Sk}\\p{So}\\p{C}\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}\\P{L}',
    '\\p{IsBasicLatin}\\p{IsLatin-1Supplement}\\p{IsArabicPresentationForms-B}\\P{IsGreek}',
    '\\p{IsCJKUnifiedIdeographsExtensionB}\\p{IsPrivateUse}\\p{IsSpecials}\\p{IsTags}',
    '\u{10000}+[\u{10000}-\u{10FFFF}]',
    '\\d{1,1000}',
  ])('%j', (pattern) => {
    expect(checkXsdPattern(pattern)).toBeUndefined();
  });
});

describe('checkXsdPattern: invalid patterns, with the offset of the problem', () => {
  it.each([
    ['*a', 0, 'nothing to repeat'],
    ['a**', 2, 'nothing to repeat'],
    ['a+?', 2, 'nothing to repeat'],
    ['a{2}{3}', 4, 'nothing to repeat'],
    ['(', 0, "'(' is not closed"],
    ['(a|b', 0, "'(' is not closed"],
    ['a)', 1, "unmatched ')'"],
    ['a{,2}', 1, 'needs a number first'],
    ['a{2', 1, "not closed by '}'"],
    ['a{3,2}', 1, 'below the minimum'],
    ['{', 0, 'nothing to repeat'],
    ['a}', 1, "'}' must be escaped"],
    [']', 0, "']' must be escaped"],
    ['[]', 1, 'empty character class'],
    ['[^]', 2, 'empty character class'],
    ['[a', 0, "'[' is not closed"],
    ['[a[b]]', 2, "'[' inside a character class must be escaped"],
    ['[a-c-e]', 4, "'-' inside a character class"],
    ['[a--]', 3, "'-' cannot end a range"],
    ['[z-a]', 1, 'range end is below its start'],
    ['[\\d-z]', 1, 'cannot start a range'],
    ['[a-\\d]', 3, 'cannot end a range'],
    ['[a-z-[b]c]', 8, 'must end its character class'],
    ['\\', 0, "'\\' at the end"],
    ['\\$', 0, "unknown escape '\\$'"],
    ['\\b', 0, "unknown escape '\\b'"],
    ['\\p{Cs}', 0, "unknown Unicode category 'Cs'"],
    ['\\p{Latin}', 0, "unknown Unicode category 'Latin'"],
    ['\\p{IsKlingon}', 0, "unknown Unicode block 'IsKlingon'"],
    ['\\p{IsBasic Latin}', 0, 'unknown Unicode block'],
    ['\\pL', 0, "must be followed by '{name}'"],
    ['\\p{L', 0, "'\\p{' is not closed"],
  ])('%j at %i: %s', (pattern, offset, reason) => {
    const problem = checkXsdPattern(pattern);
    expect(problem?.kind).toBe('invalid');
    expect(problem?.offset).toBe(offset);
    expect(problem?.message).toContain(reason);
  });

  it('a counted repetition too large to compile is a limit, not a syntax error', () => {
    expect(checkXsdPattern('a{1,100000}')).toMatchObject({ kind: 'limit' });
    expect(checkXsdPattern('(a{100}){100}')).toMatchObject({ kind: 'limit' });
    expect(checkXsdPattern('a{99999999999}')).toMatchObject({ kind: 'limit' });
    expect(checkXsdPattern(`${'('.repeat(300)}${')'.repeat(300)}`)).toMatchObject({ kind: 'limit' });
  });
});
