/**
 * Test helper for the UTF-16 decoder tests (utf16-input*.test.ts): a string's UTF-16 code units
 * as bytes in either byte order, and `Utf16Input` fed those bytes cut at given offsets.
 */
import { Utf16Input } from '../../../../runtime/xml/utf16-input.js';

/** The UTF-16 code units of `s` as bytes, little-endian or big-endian. */
export const units = (s: string, le: boolean) => {
  const b = Buffer.from(s, 'utf16le');
  return new Uint8Array(le ? b : b.swap16());
};

/** Feeds `bytes` cut at `cuts` and returns the text handed out and whether it ended bad. */
export function feed(bytes: Uint8Array, le: boolean, cuts: number[]): { text: string; bad: boolean; bytes: number } {
  const d = new Utf16Input(le);
  let text = '';
  let bad = false;
  let n = 0;
  const edges = [0, ...cuts, bytes.length];
  for (let k = 0; k + 1 < edges.length; k++) {
    const r = d.decode(bytes.subarray(edges[k]!, edges[k + 1]!), k + 2 === edges.length);
    text += r.text;
    n += r.bytes;
    bad ||= r.bad;
  }
  return { text, bad, bytes: n };
}
