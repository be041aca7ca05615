/**
 * Lexical spaces of the XSD 1.0 binary, language and name built-ins (Part 2 §3.2.15 hexBinary,
 * §3.2.16 base64Binary, §3.3.3 language, §3.3.4–§3.3.11 NMTOKEN(S), Name, NCName, ID, IDREF(S),
 * ENTITY/ENTITIES, §3.2.18 QName / §3.2.19 NOTATION over XML 1.0 §2.3 names), the list types'
 * item errors, and the dispatch of the date/time types.
 */
import { describe, expect, it } from 'vitest';
import { both } from './lexical-both.js';

describe('hexBinary', () => {
  it.each(['', '00', '0123456789abcdefABCDEF', '09', 'af', 'AF', 'ff00FF', '0a0A'])('%s is hexBinary', (v) => {
    expect(both('hexBinary', v)).toBeUndefined();
  });

  it.each(['0', 'a', 'abc', '0123456789abcdefABCDE', 'gg', 'GG', '0g', 'zz', 'xx00', '00xx', '0x00', '00 11', '-0'])(
    "'%s' is not",
    (v) => {
      expect(both('hexBinary', v)).toBe('not a valid xs:hexBinary');
    },
  );
});

describe('base64Binary', () => {
  const bad = 'not a valid xs:base64Binary';

  it.each([
    '',
    'AAAA',
    'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
    '+/+/',
    'AQ==',
    'Ag==',
    'Aw==',
    'AA==',
    'AAAAAQ==',
    'zzzzAAE=',
  ])('%s is base64Binary', (v) => {
    expect(both('base64Binary', v)).toBeUndefined();
  });

  // Before a single '=' the last character carries 4 significant bits: one of these 16.
  it.each([...'AEIMQUYcgkosw048'])("'AA%s=' is base64Binary", (c) => {
    expect(both('base64Binary', `AA${c}=`)).toBeUndefined();
  });

  it.each([...'BCDFGHJKLNOPRSTVWXZabdefhijlmnpqrtuvxyz1235679+/'])("'AA%s=' is not", (c) => {
    expect(both('base64Binary', `AA${c}=`)).toBe(bad);
  });

  // Before '==' the last character carries 2 significant bits: A, Q, g or w only.
  it.each([...'AQgw'])("'A%s==' is base64Binary", (c) => {
    expect(both('base64Binary', `A${c}==`)).toBeUndefined();
  });

  it.each([...'BEIMRUYcfhkosx048/+'])("'A%s==' is not", (c) => {
    expect(both('base64Binary', `A${c}==`)).toBe(bad);
  });

  it.each([
    'A',
    'AA',
    'AAA',
    'AAAAA',
    'AE=',
    'AAAAAE=',
    'A==',
    'A===',
    '====',
    '=AAA',
    'AA=A',
    'AAAA=',
    'AAAA==',
    'AQ=',
    'AQ===',
    'AA-_',
    'A*AA',
    'AAA\u00e9',
    'xAQ==',
    'AQ==x',
    'AQ==AAAA',
  ])("'%s' is not", (v) => {
    expect(both('base64Binary', v)).toBe(bad);
  });

  it('spaces between characters are ignored (XSD 1.0 B64S, B04S, Padded8 grammar)', () => {
    expect(both('base64Binary', 'AAAA AAAA')).toBeUndefined();
    expect(both('base64Binary', 'A A A A')).toBeUndefined();
    expect(both('base64Binary', 'AQ = =')).toBeUndefined();
    expect(both('base64Binary', 'A A A')).toBe(bad);
  });

  it('line breaks and tabs of the RFC 2045 encoding are ignored', () => {
    expect(both('base64Binary', 'AAAA\nAAAA')).toBeUndefined();
    expect(both('base64Binary', 'AAAA\r\nAAAA')).toBeUndefined();
    expect(both('base64Binary', 'AAAA\tAAAA')).toBeUndefined();
    expect(both('base64Binary', 'AA\rAA')).toBeUndefined();
  });
});

describe('language', () => {
  it.each([
    'en',
    'EN',
    'a',
    'az',
    'AZ',
    'abcdefgh',
    'en-US',
    'en-a',
    'x-az',
    'x-AZ',
    'x-09',
    'i-abcdefgh',
    'en-US-1996',
    'zh-Hant-TW',
    'x-1-2-3',
  ])('%s is a language', (v) => {
    expect(both('language', v)).toBeUndefined();
  });

  it.each([
    '',
    'abcdefghi',
    'en-abcdefghi',
    'en-',
    '-en',
    '-',
    'en--US',
    '1en',
    '0',
    'en_US',
    'en US',
    'en-US-',
    '\u00e9n',
    'en-\u00e9',
    'en.US',
    'xen-US!',
    '!en',
  ])("'%s' is not", (v) => {
    expect(both('language', v)).toBe('not a valid xs:language');
  });
});

/** U+10000, a NameStartChar outside the BMP (a surrogate pair in UTF-16). */
const LINEAR_B = '\u{10000}';

describe('Name / NCName / QName / NMTOKEN', () => {
  // Name start characters (letters, '_', ':', non-ASCII letters) and name characters.
  const ncNames = ['a', 'Z', '_', 'a1', 'a-b', 'a.b', '_-.9', '\u00e9t\u00e9', '\u00c0', '\u0391\u03b2', LINEAR_B];
  const nonAsciiMore = ['a\u00b7', 'a\u0300', 'a\u203f', `a${LINEAR_B}`];
  // Characters that may not start a name but may follow.
  const notStart = ['1', '9a', '-a', '.a', '\u00b7a', '\u0300a', '\u203fa'];
  // Never in a name.
  const never = ['', 'a b', 'a@', '@a', 'a\u00d7', '\u00d7', 'a\u00f7', 'a;b', 'a/b', '\u037ea', 'a\u037e', 'a=b'];

  it.each([...ncNames, ...nonAsciiMore])('%s is an NCName, Name, QName and NMTOKEN', (v) => {
    for (const b of ['NCName', 'ID', 'IDREF', 'ENTITY', 'Name', 'QName', 'NOTATION', 'NMTOKEN']) {
      expect(both(b, v), `${b} '${v}'`).toBeUndefined();
    }
  });

  it.each(notStart)("'%s' is an NMTOKEN but not a Name, NCName or QName", (v) => {
    expect(both('NMTOKEN', v)).toBeUndefined();
    expect(both('Name', v)).toBe('not a valid xs:Name');
    for (const b of ['NCName', 'ID', 'IDREF', 'ENTITY', 'QName', 'NOTATION']) {
      expect(both(b, v), `${b} '${v}'`).toBe(`not a valid xs:${b}`);
    }
  });

  it.each(never)("'%s' is none of them", (v) => {
    expect(both('NMTOKEN', v)).toBe('not a valid xs:NMTOKEN');
    expect(both('Name', v)).toBe('not a valid xs:Name');
    for (const b of ['NCName', 'ID', 'IDREF', 'ENTITY', 'QName', 'NOTATION']) {
      expect(both(b, v), `${b} '${v}'`).toBe(`not a valid xs:${b}`);
    }
  });

  it.each([
    // [value, Name, QName]: a colon is a name character; a QName has at most one, between two NCNames.
    ['a:b', true, true],
    ['xs:\u00e9l\u00e9ment', true, true],
    ['p1:a-b.c', true, true],
    [':', true, false],
    [':a', true, false],
    ['a:', true, false],
    ['a::b', true, false],
    ['a:b:c', true, false],
    ['a:1b', true, false],
    ['a:-b', true, false],
    ['1a:b', false, false],
    ['-a:b', false, false],
  ])("'%s' with colons: Name %s, QName %s; never an NCName", (v, isName, isQName) => {
    expect(both('Name', v)).toBe(isName ? undefined : 'not a valid xs:Name');
    expect(both('QName', v)).toBe(isQName ? undefined : 'not a valid xs:QName');
    expect(both('NOTATION', v)).toBe(isQName ? undefined : 'not a valid xs:NOTATION');
    for (const b of ['NCName', 'ID', 'IDREF', 'ENTITY']) expect(both(b, v)).toBe(`not a valid xs:${b}`);
    // Every character here is a name character, so all are NMTOKENs.
    expect(both('NMTOKEN', v)).toBeUndefined();
  });
});

describe('list types: NMTOKENS, IDREFS, ENTITIES', () => {
  it.each([
    ['NMTOKENS', 'a'],
    ['NMTOKENS', 'a b:c 1 -x .y'],
    ['IDREFS', 'a'],
    ['IDREFS', 'a b _c \u00e9'],
    ['ENTITIES', 'e1 e2'],
  ])('%s accepts %s', (b, v) => {
    expect(both(b, v)).toBeUndefined();
  });

  it.each(['NMTOKENS', 'IDREFS', 'ENTITIES'])('%s needs at least one item', (b) => {
    expect(both(b, '')).toBe(`xs:${b} needs at least one item`);
  });

  it.each([
    ['NMTOKENS', 'a b@', "not a valid xs:NMTOKENS item: 'b@'"],
    ['NMTOKENS', '@ b', "not a valid xs:NMTOKENS item: '@'"],
    ['IDREFS', 'a 1b', "not a valid xs:IDREFS item: '1b'"],
    ['IDREFS', 'a:b c', "not a valid xs:IDREFS item: 'a:b'"],
    ['IDREFS', 'a -x', "not a valid xs:IDREFS item: '-x'"],
    ['ENTITIES', 'e1 e:2', "not a valid xs:ENTITIES item: 'e:2'"],
    ['ENTITIES', '.e', "not a valid xs:ENTITIES item: '.e'"],
  ])('%s refuses %s, naming the item', (b, v, message) => {
    expect(both(b, v)).toBe(message);
  });
});

describe('date and time types are dispatched to their lexical check', () => {
  it.each([
    ['date', '2024-01-31'],
    ['dateTime', '2024-01-31T12:00:00'],
    ['time', '12:00:00'],
    ['gYearMonth', '2024-01'],
    ['gYear', '2024'],
    ['gMonthDay', '--01-31'],
    ['gDay', '---31'],
    ['gMonth', '--01'],
    ['duration', 'P1D'],
  ])('%s accepts %s and refuses a non-date', (b, v) => {
    expect(both(b, v)).toBeUndefined();
    expect(both(b, 'x')).toBeDefined();
    expect(both(b, '')).toBeDefined();
  });
});
