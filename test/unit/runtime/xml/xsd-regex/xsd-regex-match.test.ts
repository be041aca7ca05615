/**
 * The linear-time XSD pattern matcher: whole-value matching with XSD semantics (implicit anchors,
 * literal `^`/`$`, class subtraction, XSD 1.0 blocks, categories, multi-character escapes,
 * surrogate pairs as one character), and agreement with the exact JavaScript translation used in
 * the JSON Schema documents on generated values. Before it, a pattern such as `\p{IsArmenian}` or
 * `[\S-[a]]` had no matcher at all (the schema was refused).
 */
import { describe, expect, it } from 'vitest';
import { translateXsdPattern } from '../../../../../generator/compile/translate-xsd-pattern.js';
import { compileXsdPattern } from '../../../../../runtime/xml/xsd-regex/xsd-regex.js';

const cases: [string, string[], string[]][] = [
  ['', [''], ['a']],
  ['abc', ['abc'], ['ab', 'abcd', 'xabc', '']],
  ['ab|cd', ['ab', 'cd'], ['abcd', 'abd', '']],
  ['a|', ['a', ''], ['aa']],
  ['(ab)*', ['', 'ab', 'abab'], ['aba', 'b']],
  ['(a*)*b', ['b', 'aaab'], ['aaa']],
  ['a{0}', [''], ['a']],
  ['a{2,3}', ['aa', 'aaa'], ['a', 'aaaa']],
  ['a{2,}', ['aa', 'aaaaaa'], ['a']],
  ['(a|bc){2}', ['aa', 'abc', 'bcbc'], ['a', 'abcbc']],
  ['^a$', ['^a$'], ['a']],
  ['[^a]', ['b', '^'], ['a', '', 'bb']],
  ['[-a]+', ['-', 'a-a'], ['b']],
  ['[a-z-[aeiou]]+', ['bcd', 'xyz'], ['bad', 'B']],
  ['[^a-z-[aeiou]]', ['A', '1'], ['a', 'b']],
  ['[a-z-[b-y-[m]]]+', ['azm', 'm'], ['b', 'y']],
  ['[a-z--[b-z]]', ['a', '-'], ['b', 'z']],
  ['[\\S-[a]]+', ['bc', '\u00e9'], ['a', ' ', 'ba']],
  ['[\\p{L}-[\\p{Lu}]]+', ['abc\u00e9'], ['aBc', '1']],
  ['\\p{IsBasicLatin}+', ['abc~\u007f'], ['\u0080', '\u00e9']],
  ['\\p{IsLatin-1Supplement}', ['\u00e9', '\u0080'], ['e', '\u0100']],
  ['\\p{IsArmenian}+', ['\u0531\u0556', '\u058f'], ['a', '\u0590']],
  ['\\P{IsGreek}', ['a'], ['\u03b1']],
  ['\\p{IsSpecials}', ['\ufeff', '\ufffd'], ['\ufffe', '\ufefe']],
  ['\\p{IsPrivateUse}', ['\ue000', '\u{F0000}', '\u{10FFFD}'], ['\uf900', '\u{10FFFE}']],
  ['\\p{IsOldItalic}', ['\u{10300}'], ['\u{10330}']],
  ['\\p{Lu}\\p{Ll}*', ['Hello', '\u00c9lan'], ['hello', '\u00e9lan']],
  ['\\P{L}+', ['12 !'], ['1a']],
  ['\\p{Nd}+', ['42', '\u0664\u0662'], ['4a']],
  ['\\d\\D', ['1a'], ['11', 'aa']],
  ['\\s+', [' \t\n\r'], ['\u00a0', '\f']],
  ['\\S+', ['ab\u00a0'], ['a b']],
  ['\\i\\c*', ['xs:element', '_a-1.\u00b7'], ['1abc', '-a', 'a b']],
  ['\\I\\C', ['1 ', '-?'], ['a1', '1a']],
  ['\\w+', ['ab1\u00e9$'], ['a.b', 'a b', 'a_b']],
  ['\\W', ['.', ' ', '_'], ['a', '1']],
  ['.', ['a', ' ', '\u{1F600}'], ['\n', '\r', '', 'ab']],
  ['.{2}', ['\u{1F600}\u{1F600}', 'ab'], ['\u{1F600}']],
  ['[\u{1F600}-\u{1F64F}]', ['\u{1F600}', '\u{1F64F}'], ['\u{1F650}', '\ud83d']],
  ['\u{10000}', ['\u{10000}'], ['\ud800', '\ud800\udc00\ud800']],
  ['\\n\\r\\t\\.\\-\\^', ['\n\r\t.-^'], ['nrt.-^']],
  ['[13]', ['1', '3'], ['2', '13']],
];

describe('compileXsdPattern(...).test', () => {
  it.each(cases)('%j', (pattern, accept, reject) => {
    const p = compileXsdPattern(pattern);
    for (const s of accept) expect(p.test(s), `${pattern} should accept ${JSON.stringify(s)}`).toBe(true);
    for (const s of reject) expect(p.test(s), `${pattern} should reject ${JSON.stringify(s)}`).toBe(false);
  });

  it('a lone surrogate in the value is a character of its own', () => {
    expect(compileXsdPattern('.').test('\ud800')).toBe(true);
    expect(compileXsdPattern('..').test('\udc00\ud800')).toBe(true);
    expect(compileXsdPattern('\\p{IsHighSurrogates}').test('\ud800')).toBe(true);
  });

  it('the same pattern text compiles once', () => {
    expect(compileXsdPattern('[0-9]+')).toBe(compileXsdPattern('[0-9]+'));
  });
});

describe('agreement with the JavaScript translation (u flag) on generated values', () => {
  // Each pattern with the characters its values are mostly drawn from (so some values match).
  const patterns: [string, string[]][] = [
    ['(a|b)*abb', ['a', 'b']],
    ['(a|ab)(c|bcd)(d*)', ['a', 'b', 'c', 'd']],
    ['a{1,3}b{0,2}(ab){2,}', ['a', 'b']],
    ['[a-c-[b]]*\\.?[^a]', ['a', 'b', 'c', '.']],
    ['(\\d|[a-b])+-\\w?', ['a', '1', '-', '.']],
    ['.*a.{2}', ['a', 'b', '\n', '\u{1F600}']],
    ['(a*|b)*c?', ['a', 'b', 'c']],
    ['[\\p{Lu}-[A-C]]+[b-]', ['A', 'D', '\u00c9', 'b', '-']],
  ];
  const others = ['a', 'b', 'c', 'd', 'A', 'D', '1', '-', '.', ' ', '\n', '\u00c9', '\u{1F600}'];
  let seed = 12345;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
    return seed >>> 8;
  };
  it.each(patterns)('%j', (pattern, alphabet) => {
    const mine = compileXsdPattern(pattern);
    const js = new RegExp(translateXsdPattern(pattern)!, 'u');
    let matched = 0;
    for (let k = 0; k < 3000; k++) {
      const len = next() % 8;
      let s = '';
      for (let j = 0; j < len; j++)
        s += next() % 5 === 0 ? others[next() % others.length] : alphabet[next() % alphabet.length];
      const want = js.test(s);
      if (want) matched++;
      expect(mine.test(s), `${pattern} on ${JSON.stringify(s)}`).toBe(want);
    }
    expect(matched).toBeGreaterThan(0);
  });
});
