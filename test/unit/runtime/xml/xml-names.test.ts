/**
 * Where an XML name or Nmtoken ends (XML 1.0 §2.3): NameStartChar / NameChar, ASCII and
 * non-ASCII, surrogate pairs read as one code point, the scan never reading at or past `to`; and
 * the same rules seen through the tokenizer (element names, enumerated attribute types).
 */
import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '../../../../runtime/xml/well-formed.js';
import { nameEnd, nmtokenEnd } from '../../../../runtime/xml/xml-names.js';

/** U+10000, a NameStartChar outside the BMP: one code point, two UTF-16 units. */
const LINEAR_B = '\u{10000}';

describe('nameEnd', () => {
  it.each([
    ['an ASCII name', 'abc', 3],
    ['an ASCII name ended by a space', 'ab c', 2],
    ["':' and '_' start a name", ':_x', 3],
    ["digits, '-' and '.' continue a name", 'a1-.b', 5],
    ['a non-ASCII start (é)', 'é', 1],
    ['a non-ASCII start followed by ASCII name chars', 'éa1-.', 5],
    ['a non-ASCII start ended by a space', 'é b', 1],
    ['a non-ASCII start ended by "="', 'é="1"', 1],
    ['an ASCII start continued by non-ASCII', 'aé', 2],
    ['ASCII and non-ASCII interleaved', 'aébé', 4],
    ['a combining mark after the start (U+0301)', 'e\u0301', 2],
    ['a combining mark after a non-ASCII start', 'é\u0301', 2],
    ['a middle dot (U+00B7) after a non-ASCII start', 'é\u00b7', 2],
    ['a surrogate pair as the start', LINEAR_B, 2],
    ['a surrogate pair after a non-ASCII start', `é${LINEAR_B}`, 3],
    ['a surrogate pair after an ASCII start', `a${LINEAR_B}b`, 4],
    ['U+FFFD (the last BMP NameStartChar)', '\ufffd\ufffd', 2],
  ])('%s', (_name, s, end) => {
    expect(nameEnd(s, 0, s.length)).toBe(end);
  });

  it.each([
    ['a digit', '1a'],
    ["'-'", '-a'],
    ["'.'", '.a'],
    ['a space', ' a'],
    ['a combining mark (U+0301)', '\u0301a'],
    ['a middle dot (U+00B7)', '\u00b7a'],
    ['U+203F (undertie)', '\u203fa'],
    ['U+0080', '\u0080a'],
    ['× (U+00D7)', '\u00d7a'],
    ['a lone low surrogate', '\udc00a'],
  ])('no name starts with %s', (_name, s) => {
    expect(nameEnd(s, 0, s.length)).toBe(0);
  });

  it.each([
    ['× (U+00D7) after an ASCII start', 'a\u00d7b', 1],
    ['U+0080 after an ASCII start', 'a\u0080b', 1],
    ['× after a non-ASCII start', 'é\u00d7b', 1],
    ['U+0080 after a non-ASCII start', 'é\u0080b', 1],
    ['÷ (U+00F7) after a non-ASCII start', 'éé\u00f7', 2],
    ['a lone low surrogate after a name', 'é\udc00', 1],
  ])('a name ends before a character that is no NameChar: %s', (_name, s, end) => {
    expect(nameEnd(s, 0, s.length)).toBe(end);
  });

  it('starts at `i` and returns `i` when no name starts there', () => {
    expect(nameEnd('<abc>', 1, 5)).toBe(4);
    expect(nameEnd('<éb>', 1, 4)).toBe(3);
    expect(nameEnd('x 1', 2, 3)).toBe(2);
    expect(nameEnd('x é', 2, 3)).toBe(3);
  });

  it('reads nothing at or after `to`', () => {
    expect(nameEnd('abc', 1, 1)).toBe(1);
    expect(nameEnd('éa', 0, 0)).toBe(0);
    expect(nameEnd('abc', 0, 2)).toBe(2);
    expect(nameEnd('abé', 0, 2)).toBe(2);
    expect(nameEnd('éab', 0, 1)).toBe(1);
    expect(nameEnd('ééb', 0, 2)).toBe(2);
    expect(nameEnd('aéb', 0, 2)).toBe(2);
  });
});

describe('nmtokenEnd', () => {
  it.each([
    ['a name', 'abc', 3],
    ['a token starting with a digit', '1a', 2],
    ["a token of '-' and '.'", '-.', 2],
    ['a token ended by a space', '12 3', 2],
    ['a non-ASCII NameChar', 'é', 1],
    ['a combining mark first (U+0301)', '\u0301a', 2],
    ['a middle dot first (U+00B7)', '\u00b7', 1],
    ['U+203F and U+2040', '\u203f\u2040', 2],
    ['a digit then é', '1é', 2],
    ['a surrogate pair', LINEAR_B, 2],
    ['a digit then a surrogate pair', `1${LINEAR_B}`, 3],
    ['a surrogate pair then ASCII', `${LINEAR_B}-x`, 4],
  ])('%s', (_name, s, end) => {
    expect(nmtokenEnd(s, 0, s.length)).toBe(end);
  });

  it.each([
    ['× (U+00D7)', '1\u00d7', 1],
    ['U+0080', '1\u0080', 1],
    ['a space', '1 ', 1],
    ['a lone low surrogate', '1\udc00', 1],
    ['"|"', 'é|b', 1],
  ])('a token ends before %s', (_name, s, end) => {
    expect(nmtokenEnd(s, 0, s.length)).toBe(end);
  });

  it('returns `i` when no token starts there, and reads nothing at or after `to`', () => {
    expect(nmtokenEnd('(|a)', 1, 4)).toBe(1);
    expect(nmtokenEnd('(ab)', 1, 4)).toBe(3);
    expect(nmtokenEnd('abc', 0, 2)).toBe(2);
    expect(nmtokenEnd('1é', 0, 1)).toBe(1);
    expect(nmtokenEnd('é1', 0, 1)).toBe(1);
    expect(nmtokenEnd('abc', 3, 3)).toBe(3);
  });
});

describe('names in documents', () => {
  it.each([
    ['a non-ASCII element name', '<été/>'],
    ['a Greek element name with a combining mark', '<α\u0301β/>'],
    ['an element name outside the BMP', `<${LINEAR_B}x ${LINEAR_B}="1"/>`],
    ['a non-ASCII attribute name', '<a é.1="v"/>'],
    ['non-ASCII names in start and end tags', '<ñame-1>x</ñame-1>'],
  ])('%s is well-formed', (_name, xml) => {
    expect(checkWellFormed(xml).errors).toEqual([]);
  });

  it.each([
    ['an element name starting with a digit', '<1a/>'],
    ["an element name starting with '-'", '<-a/>'],
    ["an element name starting with '.'", '<.a/>'],
    ['an element name starting with a combining mark', '<\u0301a/>'],
    ['an element name holding ×', '<a\u00d7b/>'],
    ['an element name holding × after a non-ASCII start', '<é\u00d7/>'],
    ['an attribute name starting with a middle dot', '<a \u00b7b="1"/>'],
  ])('%s is an XmlSyntax error', (_name, xml) => {
    const r = checkWellFormed(xml);
    expect(r.valid).toBe(false);
    expect(r.errors.map((e) => e.code)).toEqual(['XmlSyntax']);
  });

  it('enumerated attribute types take Nmtokens, which may start with any NameChar', () => {
    const dtd = `<!DOCTYPE a [<!ATTLIST a t (1é|-x|\u00b7${LINEAR_B}|é\u0301) #IMPLIED>]><a/>`;
    expect(checkWellFormed(dtd).errors).toEqual([]);
    const bad = '<!DOCTYPE a [<!ATTLIST a t (1\u00d7|b) #IMPLIED>]><a/>';
    expect(checkWellFormed(bad).errors.map((e) => e.code)).toEqual(['XmlSyntax']);
  });
});
