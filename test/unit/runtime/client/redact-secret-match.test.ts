/**
 * The redactor's decoding matcher (secret-match.ts) as plain functions: `decodeEscapes` gives
 * exactly the decoded text and, for each decoded UTF-16 unit, where it starts in the original
 * (so a masked range covers the whole escape); `findLiteral`/`findDecoded` give the ranges. Seen
 * through the Redactor (redact-escapes.test.ts) a wrong decoding only shows when it happens to
 * spell the secret; here every boundary of the hex digits, UTF-8 lead bytes, surrogates and
 * references is pinned by the exact decoding.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../runtime/client/redact.js';
import { decodeEscapes, findDecoded, findLiteral } from '../../../../runtime/client/secret-match.js';

const decoded = (text: string, plusIsSpace = true) => decodeEscapes(text, plusIsSpace).text;
/** `text` stays as it is: nothing in it is read as an escape. */
const kept = (text: string) => expect(decoded(text), JSON.stringify(text)).toBe(text);

describe('decodeEscapes: positions', () => {
  it('plain text maps each unit to itself, plus the end', () => {
    expect(decodeEscapes('abc', true)).toEqual({ text: 'abc', starts: [0, 1, 2, 3] });
    expect(decodeEscapes('', true)).toEqual({ text: '', starts: [0] });
  });

  it('an escape maps its unit(s) to where it starts', () => {
    expect(decodeEscapes('a%41b', true)).toEqual({ text: 'aAb', starts: [0, 1, 4, 5] });
    expect(decodeEscapes('\\ud83d\\ude00!', true)).toEqual({ text: '😀!', starts: [0, 0, 12, 13] });
    expect(decodeEscapes('%uD83D%uDE00', true)).toEqual({ text: '😀', starts: [0, 0, 12] });
    expect(decodeEscapes('%F0%9F%98%80', true)).toEqual({ text: '😀', starts: [0, 0, 12] });
    expect(decodeEscapes('&#128512;x', true)).toEqual({ text: '😀x', starts: [0, 0, 9, 10] });
    expect(decodeEscapes('a+b', true)).toEqual({ text: 'a b', starts: [0, 1, 2, 3] });
    expect(decodeEscapes('\\n', true)).toEqual({ text: '\n', starts: [0, 2] });
  });
});

describe('decodeEscapes: percent-encoding', () => {
  it('every hex digit edge, either case', () => {
    expect(decoded('%00%09%0a%0A%0f%0F%7f')).toBe('\u0000\t\n\n\u000f\u000f\u007f');
    expect(decoded('%30%39%41%46%61%66')).toBe('09AFaf');
  });

  it('characters just outside the hex digits are not digits', () => {
    for (const c of ['/', ':', '@', 'G', '`', 'g', '{', ' ']) {
      kept(`%${c}1`);
      kept(`%1${c}`);
    }
  });

  it('a cut escape is not read', () => {
    kept('%');
    kept('%4');
    kept('a%4');
  });

  it('UTF-8 lead bytes: 1 byte below 80, 2 from C0, 3 from E0, 4 from F0 to F7', () => {
    expect(decoded('%7F')).toBe('\u007f');
    expect(decoded('%C2%80')).toBe('\u0080');
    // Overlong forms are read as their value: the matcher only looks for secrets, it does not validate.
    expect(decoded('%C0%80')).toBe('\u0000');
    expect(decoded('%DF%BF')).toBe('\u07ff');
    expect(decoded('%E0%A0%80')).toBe('\u0800');
    expect(decoded('%EF%BF%BD')).toBe('\ufffd');
    expect(decoded('%F0%90%80%80')).toBe('\u{10000}');
    expect(decoded('%F4%8F%BF%BF')).toBe('\u{10ffff}');
  });

  it('four bytes past U+10FFFF are no character: kept, and the Redactor does not throw', () => {
    kept('%F4%90%80%80');
    kept('%F7%BF%BF%BF');
    const r = new Redactor();
    r.add('pw-secret');
    expect(r.text('echo %F4%90%80%80 pw%2Dsecret')).toBe('echo %F4%90%80%80 ***');
  });

  it('continuation bytes or F8 and above as a lead are not read', () => {
    kept('%80');
    kept('%80%80');
    kept('%BF%80');
    kept('%F8%80%80%80');
    kept('%FB%BF%BF%BF%BF');
    kept('%FF%80%80%80');
  });

  it('a lead byte needs its continuation bytes, each %HH of 80 to BF', () => {
    kept('%C3');
    kept('%C3xA9');
    expect(decoded('%C3%41')).toBe('%C3A');
    kept('%C3%C3');
    kept('%C3%0');
    kept('%E2%82');
    kept('%E2%82x');
    expect(decoded('%C3%A9%C3%BF')).toBe('éÿ');
  });
});

describe('decodeEscapes: UTF-16 escapes', () => {
  it('\\u and %u give the unit, 0000 included', () => {
    expect(decoded('\\u0000\\u0041\\uffff')).toBe('\u0000A\uffff');
    expect(decoded('%u0041%U0041')).toBe('A%U0041');
  });

  it('only \\u and %u start one', () => {
    kept('\\x0041');
    kept('\\U0041');
    kept('%x0041');
  });

  it('a high surrogate joins a following low one, at both ends of the ranges', () => {
    expect(decodeEscapes('\\ud800\\udc00', true)).toEqual({ text: '\u{10000}', starts: [0, 0, 12] });
    expect(decodeEscapes('\\udbff\\udfff', true)).toEqual({ text: '\u{10ffff}', starts: [0, 0, 12] });
  });

  it('anything else next to a surrogate stays a unit of its own', () => {
    // Not high: D7FF, DC00 (a low one first).
    expect(decodeEscapes('\\ud7ff\\udc00', true)).toEqual({ text: '\ud7ff\udc00', starts: [0, 6, 12] });
    expect(decodeEscapes('\\udc00\\udc00', true)).toEqual({ text: '\udc00\udc00', starts: [0, 6, 12] });
    expect(decodeEscapes('\\u0041\\udc00', true)).toEqual({ text: 'A\udc00', starts: [0, 6, 12] });
    // Not low after a high: DBFF, E000.
    expect(decodeEscapes('\\ud800\\udbff', true)).toEqual({ text: '\ud800\udbff', starts: [0, 6, 12] });
    expect(decodeEscapes('\\ud800\\ue000', true)).toEqual({ text: '\ud800\ue000', starts: [0, 6, 12] });
    // A high one followed by a raw low unit or another escape form.
    expect(decodeEscapes('\\ud800%udc00', true)).toEqual({ text: '\ud800\udc00', starts: [0, 6, 12] });
    expect(decodeEscapes('%ud800\\udc00', true)).toEqual({ text: '\ud800\udc00', starts: [0, 6, 12] });
    expect(decodeEscapes('\\ud800x', true)).toEqual({ text: '\ud800x', starts: [0, 6, 7] });
  });
});

describe('decodeEscapes: JSON short escapes and plus', () => {
  it('each short escape, and a backslash that ends the text', () => {
    expect(decoded('\\"\\\\\\/\\\'\\b\\f\\n\\r\\t')).toBe('"\\/\'\b\f\n\r\t');
    kept('a\\');
    kept('\\a');
  });

  it('`+` is a space only when asked', () => {
    expect(decoded('a+b', true)).toBe('a b');
    expect(decoded('a+b', false)).toBe('a+b');
  });
});

describe('decodeEscapes: references', () => {
  it('named, decimal and hex references', () => {
    expect(decoded('&amp;&lt;&gt;&quot;&apos;')).toBe('&<>"\'');
    expect(decoded('&#0;&#9;&#48;&#57;&#65;')).toBe('\u0000\t09A');
    expect(decoded('&#x0;&#x9;&#xa;&#XF;&#x10FFFF;')).toBe('\u0000\t\n\u000f\u{10ffff}');
  });

  it('what is not a reference is kept', () => {
    for (const text of [
      '&x41;',
      '&x1;',
      '&#;',
      '&#x;',
      '&#X;',
      '&#1a;',
      '&#1:;',
      '&#1/;',
      '&#a;',
      '&#x1g;',
      '&#x{;',
      '&#x110000;',
      '&#1114112;',
      '&nbsp;',
      '&AMP;',
      '&;',
      '&amp',
      'x#65;',
      'a&#65',
      '&#00000000065;',
    ]) {
      kept(text);
    }
  });

  it('a reference of up to 12 characters between & and ; is read', () => {
    expect(decoded('&#0000000065;')).toBe('A');
    expect(decodeEscapes('&#0000000065;', true).starts).toEqual([0, 13]);
  });
});

describe('findLiteral and findDecoded', () => {
  it('every non-overlapping occurrence, as ranges of the original', () => {
    const out: [number, number][] = [];
    findLiteral('abcabcab', 'abc', out);
    expect(out).toEqual([
      [0, 3],
      [3, 6],
    ]);
    const overlapping: [number, number][] = [];
    findLiteral('aaaa', 'aa', overlapping);
    expect(overlapping).toEqual([
      [0, 2],
      [2, 4],
    ]);
    const dec: [number, number][] = [];
    findDecoded(decodeEscapes('x%41B+A%42', true), 'AB', dec);
    expect(dec).toEqual([
      [1, 5],
      [6, 10],
    ]);
  });

  it('an empty needle finds nothing (and ends)', () => {
    const out: [number, number][] = [];
    findLiteral('abc', '', out);
    findDecoded(decodeEscapes('abc', true), '', out);
    expect(out).toEqual([]);
  });
});
