// Copied by qspec from runtime/xml/utf8-input.ts. Do not edit here: `qspec generate` replaces it.
/**
 * UTF-8 input for the tokenizer: strict streaming decode that, on a bad byte, still hands out the
 * valid text before it (so every chunking reports the same issues and the bad byte's real place),
 * and exact UTF-8 byte counts of decoded text (for `maxBytes` and the verdict's `bytes`). Uses
 * node:buffer's `isAscii` (Node >= 18.15) for the all-ASCII fast path.
 *
 * @see RFC 3629 §3-4 (UTF-8 syntax); WHATWG Encoding §4.1 (fatal decoding); XML 1.0 §4.3.3
 */

const NON_ASCII = /[^\x00-\x7F]/;

import { isAscii } from 'node:buffer';

/**
 * UTF-8 length of `s`, up to `limit` bytes. A surrogate pair is 4 bytes, counted on its high half
 * (so a pair split across two string chunks still counts 4).
 */
export function utf8Length(s: string, limit = Number.POSITIVE_INFINITY): { bytes: number; chars: number } {
  // ASCII up to the first other character (a native scan): one byte each.
  const ascii = s.search(NON_ASCII);
  let i = Math.min(ascii < 0 ? s.length : ascii, limit);
  let bytes = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0xd800 || c > 0xdfff ? 3 : c < 0xdc00 ? 4 : 0;
    if (bytes + n > limit) break;
    bytes += n;
  }
  return { bytes, chars: i };
}

/**
 * Index of the first byte of `b` that does not start (or continue) a well-formed UTF-8 sequence;
 * a sequence cut by the end of `b` counts as bad only when `final`. `b.length` when all is well.
 */
export function utf8BadOffset(b: Uint8Array, final: boolean): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return final ? i : n;
      const d = b[i + k]!;
      if (d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return n;
}

/** How many bytes at the end of `b` start an unfinished (so far well-formed) sequence: 0 to 3. */
export function utf8PendingTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) {
      const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return len > k ? k : 0;
    }
  }
  return 0;
}

/** A strict streaming decoder that reports the valid prefix of a chunk holding a bad byte. */
export class Utf8Input {
  /** Made on the first chunk that is not all ASCII (most documents never need one). */
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  /** The bytes of an unfinished sequence the decoder holds (kept to locate a later error). */
  private tail = new Uint8Array(0);

  /** Bytes of an unfinished character held for the next chunk (0 at a character boundary). */
  get pendingBytes(): number {
    return this.tail.length;
  }

  /**
   * Decodes one chunk (`final`: the last). Returns the text and whether a bad byte followed it;
   * `bytes` is the UTF-8 length of the returned text.
   */
  decode(chunk: Uint8Array, final: boolean): { text: string; bytes: number; bad: boolean } {
    // ASCII (most responses): one vectorised check and a Latin-1 copy instead of a UTF-8 decode
    // (measured 5-9% off a whole validation). Only with no unfinished sequence pending.
    if (this.tail.length === 0 && (chunk.length === 0 || isAscii(chunk))) {
      if (chunk.length === 0) return { text: '', bytes: 0, bad: false };
      const text = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1');
      return { text, bytes: chunk.length, bad: false };
    }
    try {
      this.decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      const text = this.decoder.decode(chunk, { stream: !final });
      const before = this.tail.length;
      const joined = before && chunk.length < 3 ? concat(this.tail, chunk) : chunk;
      const pending = final ? 0 : utf8PendingTail(joined);
      this.tail = pending ? joined.slice(joined.length - pending) : new Uint8Array(0);
      return { text, bytes: before + chunk.length - pending, bad: false };
    } catch {
      const joined = concat(this.tail, chunk);
      const at = utf8BadOffset(joined, final);
      this.decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
      let text = '';
      try {
        text = at > 0 ? this.decoder.decode(joined.subarray(0, at)) : '';
      } catch {
        return { text: '', bytes: 0, bad: true };
      }
      return { text, bytes: at, bad: true };
    }
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
