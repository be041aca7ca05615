/**
 * UTF-16 input (utf16-input.ts): the text before the first ill-formed code unit sequence is handed
 * out and the error reported after it, the same however the bytes are cut (Unicode §3.9 D91: a
 * lone low surrogate, a high surrogate not followed by a low one, an odd byte at the end). Before,
 * a `fatal` TextDecoder threw for the whole chunk, so the error's position moved with the chunking
 * (1:1 whole, 1:34 in 2-byte chunks, 1:32 in 16-byte chunks for the document below). Oracle for
 * the text: TextDecoder (non-fatal, so valid input decodes identically); xmllint refuses every
 * ill-formed document here.
 */
import { describe, expect, it } from 'vitest';
import { Utf16Input } from '../../../../runtime/xml/utf16-input.js';
import { validateXmlStream } from '../../../../runtime/xml/validate-xml-stream.js';
import { checkWellFormed, WELL_FORMED_MODEL } from '../../../../runtime/xml/well-formed.js';
import { feed, units } from './utf16-feed.js';
import { asyncChunks } from './verdict-helper.js';

describe('Utf16Input', () => {
  it.each([true, false])('valid text at every two-way cut equals TextDecoder (little endian: %s)', (le) => {
    const s = '\ufeff<a>é\u{1d11e}x\u{10ffff}€</a>';
    const bytes = units(s, le);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(feed(bytes, le, [cut])).toEqual({ text: s, bad: false, bytes: Buffer.byteLength(s) });
    }
  });

  it.each([
    ['a lone low surrogate', 'ab\udc00cd', 'ab'],
    ['a high surrogate before a letter', 'ab\ud800cd', 'ab'],
    ['two high surrogates', 'a\ud800\ud800\udc00', 'a'],
    ['a high surrogate at the end', 'abc\udbff', 'abc'],
  ])('%s: the text before it, then bad, at every cut', (_name, s, before) => {
    for (const le of [true, false]) {
      const bytes = units(s, le);
      for (let cut = 0; cut <= bytes.length; cut++) {
        for (const cut2 of [cut, Math.min(bytes.length, cut + 3)]) {
          const r = feed(bytes, le, [cut, cut2]);
          expect([r.text, r.bad], `${le} ${cut} ${cut2}`).toEqual([before, true]);
        }
      }
    }
  });

  it('an odd byte at the end is bad; nothing is decoded after a bad unit', () => {
    const odd = new Uint8Array([...units('ab', true), 0x41]);
    expect(feed(odd, true, [1])).toMatchObject({ text: 'ab', bad: true });
    const d = new Utf16Input(true);
    expect(d.decode(units('a\udc00', true), false)).toEqual({ text: 'a', bytes: 1, bad: true });
    expect(d.decode(units('bcd', true), true)).toEqual({ text: '', bytes: 0, bad: true });
  });
});

describe('a UTF-16 document with a bad code unit', () => {
  it('is refused at the same place however it is cut', async () => {
    const doc = new Uint8Array([0xff, 0xfe, ...units(`<a>${'x'.repeat(30)}\ud800y</a>`, true)]);
    const whole = checkWellFormed(doc);
    expect(whole.errors.map((e) => [e.code, e.location.line, e.location.column, e.message])).toEqual([
      ['XmlSyntax', 1, 34, 'malformed XML: the input is not valid UTF-16LE'],
    ]);
    for (const size of [1, 2, 3, 7, 16, 20, 64]) {
      expect(await validateXmlStream(asyncChunks(doc, size), WELL_FORMED_MODEL), `chunks of ${size}`).toEqual(whole);
    }
  });
});
