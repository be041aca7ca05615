import { describe, expect, it } from 'vitest';
import { translateXsdPattern } from '../../../../generator/compile/translate-xsd-pattern.js';

const cases: [string, { pattern: string; accept: string[]; reject: string[] }][] = [
  ['implicitly anchored', { pattern: '[0-9]{3}', accept: ['123'], reject: ['1234', 'a123'] }],
  ['^ and $ are literal', { pattern: '$[0-9]+\\^?', accept: ['$12', '$1^'], reject: ['12'] }],
  ['bare ^ literal', { pattern: 'a^b', accept: ['a^b'], reject: ['ab'] }],
  ['alternation is grouped inside anchors', { pattern: 'ab|cd', accept: ['ab', 'cd'], reject: ['abcd', 'abd'] }],
  ['\\d is any decimal digit', { pattern: '\\d+', accept: ['42', '٤٢'], reject: ['4a'] }],
  ['\\i\\c* is an XML name', { pattern: '\\i\\c*', accept: ['xs:element', '_a-1'], reject: ['1abc', '-a'] }],
  ['class subtraction', { pattern: '[a-z-[aeiou]]+', accept: ['bcd'], reject: ['bad'] }],
  ['IsBasicLatin block', { pattern: '\\p{IsBasicLatin}+', accept: ['abc'], reject: ['é'] }],
  ['unicode category', { pattern: '\\p{Lu}\\p{Ll}*', accept: ['Élan'], reject: ['élan'] }],
];

describe('translateXsdPattern', () => {
  it.each(cases)('%s', (_n, { pattern, accept, reject }) => {
    const js = translateXsdPattern(pattern);
    expect(js).toBeDefined();
    const re = new RegExp(js!, 'u');
    for (const s of accept) expect(re.test(s), `${pattern} should accept ${s}`).toBe(true);
    for (const s of reject) expect(re.test(s), `${pattern} should reject ${s}`).toBe(false);
  });

  it('returns undefined for what it cannot translate faithfully', () => {
    expect(translateXsdPattern('\\p{IsUnknownBlock}')).toBeUndefined();
    expect(translateXsdPattern('abc\\')).toBeUndefined();
  });
});
