// Copied by qspec from runtime/xml/utf16-input.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Streaming UTF-16 (LE or BE) decoding that hands out all the text before the first code unit
 * sequence that is not UTF-16 (a low surrogate without a high one, a high surrogate without a low
 * one, an odd byte at the end), so that the error lands at the same place however the bytes are
 * cut, as utf8-input.ts does for UTF-8. (A `fatal` TextDecoder throws for the whole chunk and
 * loses the valid text before the bad unit.) A byte order mark is not stripped: the driver drops
 * it, as for UTF-8.
 *
 * @see Unicode §3.9 (D91: UTF-16 encoding form, ill-formed code unit sequences); XML 1.0 §4.3.3
 */
import { utf8Length } from './utf8-input.js';

export interface Utf16Chunk {
  readonly text: string;
  /** UTF-8 length of `text` (the verdict's byte count). */
  readonly bytes: number;
  /** A sequence that is not UTF-16 followed `text`; nothing after it is decoded. */
  readonly bad: boolean;
}

const NONE = new Uint8Array(0);

export class Utf16Input {
  /** Bytes carried to the next chunk: an odd byte, a high surrogate, or both (at most 3). */
  private carry: Uint8Array = NONE;
  private failed = false;

  constructor(private readonly littleEndian: boolean) {}

  decode(chunk: Uint8Array, final: boolean): Utf16Chunk {
    if (this.failed) return { text: '', bytes: 0, bad: true };
    let b = chunk;
    if (this.carry.length > 0) {
      b = new Uint8Array(this.carry.length + chunk.length);
      b.set(this.carry);
      b.set(chunk, this.carry.length);
    }
    const [hi, lo] = this.littleEndian ? [1, 0] : [0, 1];
    const units = b.length >> 1;
    let end = units;
    let bad = false;
    for (let i = 0; i < units; i++) {
      const u = (b[2 * i + hi]! << 8) | b[2 * i + lo]!;
      if (u < 0xd800 || u > 0xdfff) continue;
      end = i;
      if (u >= 0xdc00)
        bad = true; // a low surrogate first
      else if (i + 1 < units) {
        const v = (b[2 * i + 2 + hi]! << 8) | b[2 * i + 2 + lo]!;
        if (v < 0xdc00 || v > 0xdfff) bad = true;
        else {
          end = units;
          i++;
          continue;
        }
      }
      break; // bad, or a high surrogate ending the chunk: carried
    }
    this.carry = bad ? NONE : b.slice(2 * end);
    if (final && this.carry.length > 0) bad = true;
    if (bad) this.failed = true;
    const valid = Buffer.from(b.subarray(0, 2 * end));
    const text = (this.littleEndian ? valid : valid.swap16()).toString('utf16le');
    return { text, bytes: utf8Length(text).bytes, bad };
  }
}
