/**
 * utf8-input.ts against an independent oracle, the WHATWG UTF-8 decoder (TextDecoder, which follows
 * RFC 3629 §3–4: no overlong forms, no encoded surrogates, nothing above U+10FFFF, no stray
 * continuation bytes, no truncated sequence at the end of the input; XML 1.0 5th ed. §4.3.3 and
 * Appendix F, which make UTF-8 the default encoding and its bad bytes a fatal error).
 *
 * Pinned: `utf8BadOffset` equals the byte offset of the first U+FFFD a replacing decoder emits (over
 * all two-byte pairs and over every three- and four-byte sequence built from boundary bytes), for
 * both a final and a streaming (non-final) input; `utf8PendingTail` equals the number of bytes a
 * streaming decoder holds back at every cut of well-formed text; `utf8Length` equals the UTF-8
 * length (Buffer.byteLength) and never splits a surrogate pair at a limit; `Utf8Input` hands out, for
 * every split of the bytes into chunks, exactly the text before the first bad byte, `bad` on the
 * chunk that holds it, and `bytes` equal to the UTF-8 length of each returned text (a BOM included).
 */
import { describe, expect, it } from 'vitest';
import { Utf8Input, utf8BadOffset, utf8Length, utf8PendingTail } from '../../../../runtime/xml/utf8-input.js';

const finalDec = new TextDecoder('utf-8', { ignoreBOM: true });
const streamDec = new TextDecoder('utf-8', { ignoreBOM: true });

/** Oracle: offset of the first byte the replacing decoder turns into U+FFFD; `b.length` if none. */
function oracleBad(b: Uint8Array, final: boolean): number {
  let s: string;
  if (final) s = finalDec.decode(b);
  else {
    s = streamDec.decode(b, { stream: true });
    streamDec.decode(); // flush, so the next call starts afresh
  }
  const at = s.indexOf('\uFFFD');
  return at < 0 ? b.length : Buffer.byteLength(s.slice(0, at));
}

/** Boundary bytes of RFC 3629 §4 (none of the triples forms EF BF BD, the real U+FFFD). */
const EDGE = [
  0x00, 0x41, 0x7f, 0x80, 0x81, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0,
  0xf1, 0xf4, 0xf5, 0xff,
];

describe('utf8BadOffset agrees with the WHATWG decoder', () => {
  it('on every pair of bytes after an ASCII byte, final and streaming', () => {
    const b = new Uint8Array(3);
    b[0] = 0x61;
    for (let x = 0; x < 256; x++) {
      for (let y = 0; y < 256; y++) {
        b[1] = x;
        b[2] = y;
        for (const final of [true, false]) {
          const got = utf8BadOffset(b, final);
          if (got !== oracleBad(b, final)) expect([x, y, final, got]).toEqual([x, y, final, oracleBad(b, final)]);
        }
      }
    }
  });

  it('on every three- and four-byte sequence of boundary bytes, final and streaming', () => {
    const leads = [...EDGE, 0xc3, 0xe2, 0xec, 0xee, 0xf3];
    for (const a of leads) {
      for (const x of EDGE) {
        for (const y of EDGE) {
          for (const z of [...EDGE, -1]) {
            const b = Uint8Array.from(z < 0 ? [a, x, y] : [a, x, y, z]);
            for (const final of [true, false]) {
              const got = utf8BadOffset(b, final);
              const want = oracleBad(b, final);
              if (got !== want) expect([...b, final, got]).toEqual([...b, final, want]);
            }
          }
        }
      }
    }
  });

  it('names the start of the bad sequence, not the byte that breaks it', () => {
    const enc = (s: string) => [...Buffer.from(s, 'utf8')];
    // U+0800, U+FFFF, U+10000, U+10FFFF are the edges of the 3- and 4-byte forms.
    const good = Uint8Array.from(enc('a\u0800\uffff\u{10000}\u{10ffff}\u0080\u07ff'));
    expect(utf8BadOffset(good, true)).toBe(good.length);
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xe0, 0x80, 0x80]), true)).toBe(1); // overlong
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xed, 0xa0, 0x80]), true)).toBe(1); // surrogate
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xf4, 0x90, 0x80, 0x80]), true)).toBe(1); // > U+10FFFF
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xf0, 0x8f, 0xbf, 0xbf]), true)).toBe(1); // overlong
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xe2, 0x82]), true)).toBe(1); // cut at the end
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xe2, 0x82]), false)).toBe(3); // may still finish
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xf0, 0x9f, 0x98]), false)).toBe(4);
    expect(utf8BadOffset(Uint8Array.from([0x61, 0xf0, 0x9f, 0x98]), true)).toBe(1);
    expect(utf8BadOffset(Uint8Array.from([0xc3, 0xa9, 0xc3]), true)).toBe(2);
  });
});

/** Well-formed text with every length of sequence and the edges of each form. */
const SAMPLES = [
  'a\u0080b\u07ff\u0800\uffff\u{10000}\u{10ffff}z',
  '\u00e9\u20ac\u{1f600}A\u2000\u{10000}',
  '\ufeff<r>\u00e9</r>',
];

describe('utf8PendingTail: the bytes a streaming decoder holds back', () => {
  it('at every cut of well-formed text', () => {
    for (const s of SAMPLES) {
      const all = Buffer.from(s, 'utf8');
      for (let cut = 0; cut <= all.length; cut++) {
        const part = new Uint8Array(all.subarray(0, cut));
        const held = cut - Buffer.byteLength(streamDec.decode(part, { stream: true }));
        streamDec.decode();
        expect([s, cut, utf8PendingTail(part)]).toEqual([s, cut, held]);
      }
    }
  });

  it('is 0 after an ASCII byte (nothing is unfinished at the end)', () => {
    expect(utf8PendingTail(Uint8Array.from([0xe2, 0x41]))).toBe(0);
    expect(utf8PendingTail(Uint8Array.from([0xf0, 0x9f, 0x41]))).toBe(0);
  });
});

describe('utf8Length', () => {
  it('is the UTF-8 length of the text', () => {
    for (const s of [...SAMPLES, '', 'abc', '\u0080', '\u0800', '\u07ff', '\ud7ff\ue000', '\u{1f600}\u{1f600}']) {
      expect(utf8Length(s)).toEqual({ bytes: Buffer.byteLength(s), chars: s.length });
    }
  });

  it('stops at the last whole character within the limit, never inside a surrogate pair', () => {
    const s = 'a\u0080\u0800\u{10000}b';
    for (let limit = 0; limit <= Buffer.byteLength(s) + 1; limit++) {
      // Oracle: the longest prefix of whole code points whose UTF-8 length fits.
      let chars = 0;
      let bytes = 0;
      for (const cp of s) {
        const n = Buffer.byteLength(cp);
        if (bytes + n > limit) break;
        bytes += n;
        chars += cp.length;
      }
      expect([limit, utf8Length(s, limit)]).toEqual([limit, { bytes, chars }]);
    }
  });
});

/** Feeds `parts` to a fresh Utf8Input, stopping at the first bad chunk; checks each `bytes`. */
function run(parts: Uint8Array[]): { text: string; bad: boolean; bytes: number } {
  const u = new Utf8Input();
  let text = '';
  let bytes = 0;
  for (let k = 0; k < parts.length; k++) {
    const r = u.decode(parts[k]!, k === parts.length - 1);
    expect(r.bytes).toBe(Buffer.byteLength(r.text));
    text += r.text;
    bytes += r.bytes;
    if (r.bad) return { text, bad: true, bytes };
  }
  return { text, bad: false, bytes };
}

/** Oracle: the text before the first U+FFFD of a replacing decode, and whether there is one. */
function expected(b: Uint8Array): { text: string; bad: boolean; bytes: number } {
  const s = finalDec.decode(b);
  const at = s.indexOf('\uFFFD');
  const text = at < 0 ? s : s.slice(0, at);
  return { text, bad: at >= 0, bytes: Buffer.byteLength(text) };
}

const bytesOf = (...xs: (string | number[])[]) =>
  Uint8Array.from(xs.flatMap((x) => (typeof x === 'string' ? [...Buffer.from(x, 'utf8')] : x)));

const INPUTS: Uint8Array[] = [
  ...SAMPLES.map((s) => bytesOf(s)),
  bytesOf('\ufeffA', [0xff]), // BOM then a bad byte in the same chunk
  bytesOf('\ufeff\u00e9\u20ac'),
  bytesOf('\u20acA', [0xff]),
  bytesOf('ab\u00e9', [0xff], 'c'),
  bytesOf('\u{1f600}', [0x80]),
  bytesOf('x', [0xe0, 0x80, 0x80], 'y'),
  bytesOf('x', [0xed, 0xa0, 0x80], 'y'),
  bytesOf('x', [0xf4, 0x90, 0x80, 0x80]),
  bytesOf('x', [0xc0, 0x80]),
  bytesOf('x', [0xf5, 0x80]),
  bytesOf('\u00e9xy', [0xe2, 0x82]), // cut at the end of the input
  bytesOf('xy', [0xf0, 0x9f, 0x98]),
  bytesOf('\u00e9', [0xe2, 0x82], 'A'),
  bytesOf([0xff], 'abc'),
  bytesOf([0xc3], 'abc'),
];

describe('Utf8Input over every chunking', () => {
  it('in two chunks split at every offset', () => {
    for (const b of INPUTS) {
      const want = expected(b);
      for (let cut = 0; cut <= b.length; cut++) {
        const got = run([b.subarray(0, cut), b.subarray(cut)]);
        expect([[...b], cut, got]).toEqual([[...b], cut, want]);
      }
    }
  });

  it('one byte at a time', () => {
    for (const b of INPUTS) {
      const parts = [...b].map((x) => Uint8Array.of(x));
      expect([[...b], run(parts)]).toEqual([[...b], expected(b)]);
    }
  });

  it('in three chunks split at every pair of offsets', () => {
    for (const b of INPUTS) {
      const want = expected(b);
      for (let i = 0; i <= b.length; i++) {
        for (let j = i; j <= b.length; j++) {
          const got = run([b.subarray(0, i), b.subarray(i, j), b.subarray(j)]);
          expect([[...b], i, j, got]).toEqual([[...b], i, j, want]);
        }
      }
    }
  });

  it('keeps a leading BOM in the text of a non-ASCII chunk', () => {
    const u = new Utf8Input();
    expect(u.decode(bytesOf('\ufeff\u00e9'), true)).toEqual({ text: '\ufeff\u00e9', bytes: 5, bad: false });
    const v = new Utf8Input();
    expect(v.decode(bytesOf('\ufeffA', [0xff]), false)).toEqual({ text: '\ufeffA', bytes: 4, bad: true });
  });

  it('reports a bad first byte with no text', () => {
    expect(new Utf8Input().decode(Uint8Array.of(0xff, 0x41), false)).toEqual({ text: '', bytes: 0, bad: true });
  });
});
