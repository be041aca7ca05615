/**
 * An incremental JSON reader for one shape: the items of the array found at a fixed key path
 * (HAR: `log.entries`), handed out one at a time while the file is read in chunks, so a recording
 * of any number of entries never sits in memory whole. Everything else in the document is read
 * and checked but not kept.
 *
 * How: the reader walks the objects on the key path itself (keys, `:`, `,`, braces, as RFC 8259
 * §4 defines them); every other value, and each item of the array, is delimited by a byte scan
 * (strings skipped with `indexOf` of the quote and a count of the backslashes before it;
 * brackets counted outside strings) and then handed to `JSON.parse`, which checks its syntax
 * fully. Each byte is scanned once, so the time is linear in the file size, and memory is bounded
 * by the largest single value (an item, or a value off the path) plus one read chunk. A leading
 * UTF-8 byte order mark is skipped. When a key on the path appears twice, the first one is read;
 * the second is checked and skipped.
 *
 * Errors (`JsonStreamError`) carry the byte offset; items before the error have been handed out.
 *
 * @see RFC 8259 (JSON) §2 (grammar, whitespace), §7 (strings), §8.1 (UTF-8)
 */

/** Reads up to `length` bytes into `target` at `offset`; 0 at the end of the input. */
export type ReadInto = (target: Uint8Array, offset: number, length: number) => number;

/** A `ReadInto` over bytes already in memory (tests, small inputs). */
export function readFromBytes(bytes: Uint8Array): ReadInto {
  let at = 0;
  return (target, offset, length) => {
    const n = Math.min(length, bytes.length - at);
    target.set(bytes.subarray(at, at + n), offset);
    at += n;
    return n;
  };
}

export class JsonStreamError extends Error {
  constructor(
    message: string,
    /** Byte offset in the input. */
    readonly offset: number,
  ) {
    super(message);
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const EOF = -1;
const DEFAULT_CHUNK = 1 << 20;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

export class JsonArrayStream {
  /** Whether the key path led to an array (known once `items()` has run to its end). */
  found = false;
  private buf: Buffer;
  /** `buf` up to `end`: what `indexOf` may search (bytes past `end` are stale). */
  private view: Buffer;
  private pos = 0;
  private end = 0;
  /** Start of the value being captured (kept across reads), or -1. */
  private mark = -1;
  /** Input offset of `buf[0]`. */
  private base = 0;
  private eof = false;

  constructor(
    private readonly read: ReadInto,
    private readonly path: readonly string[],
    private readonly chunkBytes = DEFAULT_CHUNK,
  ) {
    this.buf = Buffer.allocUnsafe(chunkBytes);
    this.view = this.buf.subarray(0, 0);
  }

  /** The items of the array at the key path, parsed, in order. Throws `JsonStreamError`. */
  *items(): Generator<unknown> {
    let b = this.space();
    if (b === 0xef && this.ensure(3) && this.buf[this.pos + 1] === 0xbb && this.buf[this.pos + 2] === 0xbf) {
      this.pos += 3;
      b = this.space();
    }
    if (b === EOF) throw this.error('the file is empty');
    if (b === 0x7b && this.path.length > 0) yield* this.object(0);
    else this.skipValue();
    if (this.space() !== EOF) throw this.error('unexpected data after the JSON value');
  }

  /** An object on the key path (`pos` at its `{`): the path's key is entered, the rest skipped. */
  private *object(level: number): Generator<unknown> {
    this.pos++;
    let b = this.space();
    if (b === 0x7d) {
      this.pos++;
      return;
    }
    let entered = false;
    for (;;) {
      if (b !== QUOTE) throw this.error(b === EOF ? 'unexpected end of input' : 'expected a property name');
      const key = this.parse(this.capture());
      if (this.space() !== 0x3a) throw this.error("expected ':' after a property name");
      this.pos++;
      b = this.space();
      if (key === this.path[level] && !entered) {
        entered = true;
        const last = level === this.path.length - 1;
        if (last && b === 0x5b) {
          this.found = true;
          yield* this.array();
        } else if (!last && b === 0x7b) yield* this.object(level + 1);
        else this.skipValue();
      } else this.skipValue();
      b = this.space();
      if (b === 0x2c) {
        this.pos++;
        b = this.space();
        continue;
      }
      if (b === 0x7d) {
        this.pos++;
        return;
      }
      throw this.error(b === EOF ? 'unexpected end of input' : "expected ',' or '}' in an object");
    }
  }

  /** The array at the path (`pos` at its `[`): each item parsed and handed out. */
  private *array(): Generator<unknown> {
    this.pos++;
    let b = this.space();
    if (b === 0x5d) {
      this.pos++;
      return;
    }
    for (;;) {
      if (b === EOF) throw this.error('unexpected end of input');
      yield this.parse(this.capture());
      b = this.space();
      if (b === 0x2c) {
        this.pos++;
        b = this.space();
        continue;
      }
      if (b === 0x5d) {
        this.pos++;
        return;
      }
      throw this.error(b === EOF ? 'unexpected end of input' : "expected ',' or ']' in an array");
    }
  }

  private skipValue(): void {
    if (this.space() === EOF) throw this.error('unexpected end of input');
    this.parse(this.capture());
  }

  private parse(c: { text: string; at: number }): unknown {
    try {
      return JSON.parse(c.text);
    } catch (e) {
      const message = e instanceof RangeError ? 'nested too deeply' : (e as Error).message;
      throw new JsonStreamError(`JSON syntax error in the value at byte ${c.at}: ${message}`, c.at);
    }
  }

  /** The text of the value starting at `pos` (not whitespace); `pos` ends after it. */
  private capture(): { text: string; at: number } {
    this.mark = this.pos;
    const first = this.buf[this.pos]!;
    if (first === QUOTE) {
      this.pos++;
      this.string();
    } else if (first === 0x7b || first === 0x5b) this.nested();
    else this.primitive();
    const at = this.base + this.mark;
    const text = this.buf.toString('utf8', this.mark, this.pos);
    this.mark = -1;
    return { text, at };
  }

  /** Past the closing quote of a string whose opening quote is behind `pos`. */
  private string(): void {
    for (;;) {
      const q = this.view.indexOf(QUOTE, this.pos);
      if (q < 0) {
        this.pos = this.end;
        if (!this.fill()) throw this.error('unterminated string');
        continue;
      }
      let k = q - 1;
      while (this.buf[k] === BACKSLASH) k--;
      this.pos = q + 1;
      // An even number of backslashes before the quote: they escape each other, not the quote.
      if ((q - 1 - k) % 2 === 0) return;
    }
  }

  /** Past the bracket that closes the object or array at `pos`. */
  private nested(): void {
    let depth = 0;
    for (;;) {
      if (this.pos === this.end && !this.fill()) throw this.error('unexpected end of input');
      let buf = this.buf;
      let end = this.end;
      let p = this.pos;
      while (p < end) {
        const b = buf[p++]!;
        if (b === QUOTE) {
          this.pos = p;
          this.string();
          // The string may have read more input: the buffer can have moved.
          buf = this.buf;
          end = this.end;
          p = this.pos;
          continue;
        }
        if (b === 0x7b || b === 0x5b) depth++;
        else if (b === 0x7d || b === 0x5d) {
          if (--depth === 0) {
            this.pos = p;
            return;
          }
        }
      }
      this.pos = p;
    }
  }

  /** A number or literal: up to the next delimiter (or the end of the input). */
  private primitive(): void {
    for (;;) {
      while (this.pos < this.end) {
        const b = this.buf[this.pos]!;
        if (b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b)) return;
        this.pos++;
      }
      if (!this.fill()) return;
    }
  }

  /** The first byte at or after `pos` that is not whitespace (`pos` left on it), or EOF. */
  private space(): number {
    for (;;) {
      while (this.pos < this.end) {
        const b = this.buf[this.pos]!;
        if (!isSpace(b)) return b;
        this.pos++;
      }
      if (!this.fill()) return EOF;
    }
  }

  /** At least `n` bytes from `pos` (false: the input ends first). */
  private ensure(n: number): boolean {
    while (this.end - this.pos < n) if (!this.fill()) return false;
    return true;
  }

  /**
   * Reads more input after `end`: keeps the bytes from the captured value (or `pos`) on, moves
   * them to the front, grows the buffer when less than half a chunk is free. False at the end.
   */
  private fill(): boolean {
    if (this.eof) return false;
    const keep = this.mark >= 0 ? this.mark : this.pos;
    if (keep > 0) {
      this.buf.copyWithin(0, keep, this.end);
      this.end -= keep;
      this.pos -= keep;
      if (this.mark >= 0) this.mark -= keep;
      this.base += keep;
    }
    if (this.buf.length - this.end < this.chunkBytes / 2) {
      const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.end + this.chunkBytes));
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    const got = this.read(this.buf, this.end, this.buf.length - this.end);
    if (got === 0) this.eof = true;
    this.end += got;
    this.view = this.buf.subarray(0, this.end);
    return got > 0;
  }

  private error(message: string): JsonStreamError {
    const at = this.base + this.pos;
    return new JsonStreamError(`${message} at byte ${at}`, at);
  }
}
