/**
 * The escapes the redactor's decoding matcher (secret-match.ts) reads, one case per escape form:
 * a secret written with that escape must be masked, and text that only looks like an escape (a
 * bad hex digit, a broken UTF-8 sequence, an unknown reference) must not be decoded into a secret
 * it does not contain. Seen through Redactor.text, what callers use.
 */
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../../runtime/client/redact.js';

function redactor(secret: string): Redactor {
  const r = new Redactor();
  r.add(secret);
  return r;
}

/** Every UTF-8 byte of `s` percent-encoded, in the given hex case. */
const percentAll = (s: string, upper: boolean) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => `%${upper ? b.toString(16).toUpperCase().padStart(2, '0') : b.toString(16).padStart(2, '0')}`)
    .join('');
/** Every UTF-16 unit of `s` as `prefix` + 4 hex digits (`\u` JSON, `%u` JavaScript escape). */
const utf16All = (s: string, prefix: string, upper = false) =>
  [...s]
    .flatMap((c) => (c.length === 2 ? [c.charCodeAt(0), c.charCodeAt(1)] : [c.charCodeAt(0)]))
    .map((u) => {
      const hex = u.toString(16).padStart(4, '0');
      return `${prefix}${upper ? hex.toUpperCase() : hex}`;
    })
    .join('');

/** Bytes whose hex digits reach every edge of the digit ranges: 0 9 A F a f (`0` `9` `:` `/` `?` `J` `o` `z`). */
const HEX_EDGES = '09:/?JozZ';

function expectMasked(secret: string, encoded: string): void {
  const out = redactor(secret).text(`[${encoded}]`);
  expect(out, encoded).toBe('[***]');
}

describe('percent-encoding', () => {
  it('every byte, upper-case hex', () => expectMasked(`k${HEX_EDGES}`, percentAll(`k${HEX_EDGES}`, true)));
  it('every byte, lower-case hex', () => expectMasked(`k${HEX_EDGES}`, percentAll(`k${HEX_EDGES}`, false)));

  it('UTF-8 of 2, 3 and 4 bytes', () => {
    expectMasked('xé€😀x', percentAll('xé€😀x', true));
    expectMasked('aaé', percentAll('aaé', false));
    expectMasked('aa€', percentAll('aa€', false));
    expectMasked('aa😀', percentAll('aa😀', false));
    expectMasked('aa\u07ff\uffff', percentAll('aa\u07ff\uffff', false));
  });

  it('an escape that ends the text is read', () => {
    expect(redactor('pass!').text(`x=pass%21`)).toBe('x=***');
    expect(redactor('pass€').text(`x=pass%E2%82%AC`)).toBe('x=***');
  });

  it('`+` is a space in form encoding, and itself where a space is %20', () => {
    expect(redactor('a b+c').text('[a+b%2Bc]')).toBe('[***]');
    expect(redactor('a+b c').text('[a+b%20c]')).toBe('[***]');
  });

  it('does not decode what is not an escape', () => {
    // Each would decode to the secret if a non-hex digit, a lead byte without continuation bytes,
    // a continuation byte as a lead, or a cut escape were read as one.
    const r = redactor('keyP');
    for (const text of ['key%5G', 'key%5g', 'key%5:', 'key%5@', 'key%5`', 'key%5/', 'key%5']) {
      expect(r.text(text)).toBe(text);
    }
    const e = redactor('keyé');
    for (const text of ['key%C3', 'key%C3A9', 'key%C3%29', 'key%C3%E9', 'key%A9', 'key%C3%']) {
      expect(e.text(text)).toBe(text);
    }
  });
});

describe('UTF-16 escapes', () => {
  it('JSON \\uXXXX, both hex cases, with surrogate pairs', () => {
    expectMasked('ab😀é~', utf16All('ab😀é~', '\\u'));
    expectMasked(`k${HEX_EDGES}😀`, utf16All(`k${HEX_EDGES}😀`, '\\u', true));
  });

  it('JavaScript escape() %uXXXX, with surrogate pairs', () => {
    expectMasked('ab😀é~', utf16All('ab😀é~', '%u'));
    expect(redactor('pw😀').text(`pw${escape('😀')}`)).toBe('***');
  });

  it('a high surrogate not followed by a low one stays a unit of its own', () => {
    // The unit after the lone high surrogate is read on its own, so a secret starting there is found.
    expect(redactor('Akey').text('[\\ud83d\\u0041key]')).toBe('[\\ud83d***]');
    expect(redactor('Akey').text('[%ud83d%u0041key]')).toBe('[%ud83d***]');
    expect(redactor('abcd').text('[ab\\u0063\\u0064]')).toBe('[***]');
  });

  it('a cut \\u escape is not read', () => {
    const r = redactor('keyA');
    for (const text of ['key\\u004', 'key\\u004G', 'key%u004']) expect(r.text(text)).toBe(text);
  });
});

describe('JSON short escapes', () => {
  it('\\" \\\\ \\/ \\\' \\b \\f \\n \\r \\t', () => {
    const secret = `q"q\\q/q'q\bq\fq\nq\rq\tq`;
    expectMasked(secret, 'q\\"q\\\\q\\/q\\\'q\\bq\\fq\\nq\\rq\\tq');
    expectMasked(secret, JSON.stringify(secret).slice(1, -1).replace('/', '\\/'));
  });

  it('an unknown short escape is not read', () => {
    expect(redactor('keyx').text('key\\x')).toBe('key\\x');
  });
});

describe('XML/HTML references', () => {
  it('named, decimal and hex (either x) references', () => {
    expectMasked(`a&b<c>d"e'f`, 'a&amp;b&lt;c&gt;d&quot;e&apos;f');
    expectMasked('a€b😀c', 'a&#8364;b&#128512;c');
    expectMasked('a€b😀c', 'a&#x20AC;b&#X1F600;c');
    expectMasked(`k${HEX_EDGES}`, [...`k${HEX_EDGES}`].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''));
    expectMasked('k09', '&#107;&#48;&#57;');
  });

  it('a reference of up to 12 characters is read', () => {
    expectMasked('key\u{10ffff}', 'key&#x0010FFFF;');
    expectMasked('keyA', 'key&#0000000065;');
  });

  it('does not read what is not a reference', () => {
    const r = redactor('keyA');
    for (const text of [
      'key&#65', // no semicolon
      'key&#00000000065;', // longer than 12
      'key&#;',
      'key&#x;',
      'key&#6A;',
      'key&#x4G;',
      'key&#x;41',
      'key&x41;',
      'key&A;',
      'key&;',
    ]) {
      expect(r.text(text), text).toBe(text);
    }
    expect(redactor('key\u{10ffff}').text('key&#x110000;')).toBe('key&#x110000;');
  });
});

it('mixed escapes in one echo, and the text around them kept', () => {
  const secret = 'p@ss w"rd€';
  const echo = `user=alice&pw=p%40ss+w&quot;rd\\u20ac&next=1`;
  expect(redactor(secret).text(echo)).toBe('user=alice&pw=***&next=1');
});
