/**
 * Utf16Input (utf16-input.ts) at the edges of the surrogate ranges (Unicode §3.9 D91, §3.8 D71-D74:
 * high surrogates D800-DBFF, low surrogates DC00-DFFF; a well-formed sequence pairs each high one
 * with a low one). The pairs whose low half is DC00 or DFFF (U+10000, U+103FF, U+10FC00, U+10FFFF)
 * are text; a lone DFFF, or a high surrogate before E000 or FFFF, is ill-formed: the text before it
 * is handed out, then `bad`, at every cut. Oracle: TextDecoder with `fatal: true` throws for exactly
 * the ill-formed inputs here, and the non-fatal one gives the text of the well-formed ones.
 *
 * An odd byte is half a code unit: it is carried, not judged, so `maxBytes` cutting a document in
 * the middle of a bad unit stops it with `XmlLimit` at the cut in both byte orders (in big endian
 * the first byte of a lone low surrogate is already DC..DF, in little endian it says nothing), and
 * one byte more gives the bad unit's `XmlSyntax` in both (XML 1.0 §4.3.3).
 */
import { describe, expect, it } from 'vitest';
import { Utf16Input } from '../../../../runtime/xml/utf16-input.js';
import { checkWellFormed } from '../../../../runtime/xml/well-formed.js';
import { feed, units } from './utf16-feed.js';

/** Whether a fatal TextDecoder accepts `bytes`. */
function wellFormed(bytes: Uint8Array, le: boolean): boolean {
  try {
    new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe('pairs whose low half is at an end of the low range', () => {
  it.each([true, false])('are text at every two-way cut (little endian: %s)', (le) => {
    const s = 'a\u{10000}b\u{103ff}c\u{10fc00}d\u{10ffff}e';
    const bytes = units(s, le);
    expect(wellFormed(bytes, le)).toBe(true);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(feed(bytes, le, [cut]), `cut at ${cut}`).toEqual({ text: s, bad: false, bytes: Buffer.byteLength(s) });
    }
  });
});

describe('ill-formed units at the edges of the surrogate ranges', () => {
  it.each([
    ['a lone DFFF', 'ab\udfffcd', 'ab'],
    ['a lone DC00 after D7FF', 'a\ud7ff\udc00c', 'a\ud7ff'],
    ['a high surrogate before E000', 'ab\ud800\ue000c', 'ab'],
    ['a high surrogate before FFFF', 'ab\udbff\uffffc', 'ab'],
    ['DBFF before D7FF', 'ab\udbff\ud7ffc', 'ab'],
  ])('%s: the text before it, then bad, at every cut', (_name, s, before) => {
    for (const le of [true, false]) {
      const bytes = units(s, le);
      expect(wellFormed(bytes, le)).toBe(false);
      for (let cut = 0; cut <= bytes.length; cut++) {
        for (const cut2 of [cut, Math.min(bytes.length, cut + 1), Math.min(bytes.length, cut + 3)]) {
          const r = feed(bytes, le, [cut, cut2]);
          expect([r.text, r.bad], `${le} ${cut} ${cut2}`).toEqual([before, true]);
        }
      }
    }
  });

  it('units next to the surrogate ranges (D7FF, E000, FFFF) are text', () => {
    const s = '\ud7ff\ue000\uffff';
    for (const le of [true, false]) {
      expect(feed(units(s, le), le, [])).toEqual({ text: s, bad: false, bytes: 9 });
    }
  });
});

describe('an odd byte is half a unit, carried however it begins', () => {
  it.each([0x00, 0xd8, 0xdc, 0xdf])('big endian, a chunk ending in byte %i', (first) => {
    const d = new Utf16Input(false);
    expect(d.decode(new Uint8Array([0x00, 0x61, first]), false)).toEqual({ text: 'a', bytes: 1, bad: false });
  });

  it('maxBytes inside a lone low surrogate: XmlLimit at the cut in both byte orders, one byte more: the bad unit', () => {
    const text = '\ufeff<r>abcdefgh\udc00</r>';
    const k = 2 * text.indexOf('\udc00');
    for (const le of [true, false]) {
      const doc = units(text, le);
      const verdict = (maxBytes: number) =>
        checkWellFormed(doc, { maxBytes }).errors.map((e) => `${e.code} ${e.location.line}:${e.location.column}`);
      expect(verdict(k + 1), `little endian: ${le}`).toEqual(['XmlLimit 1:12']);
      expect(verdict(k + 2), `little endian: ${le}`).toEqual(['XmlSyntax 1:12']);
    }
  });
});
