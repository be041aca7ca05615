/**
 * The lexical pieces of a document type declaration, read straight from the scanner's buffer
 * (no regular expression, no backtracking): the cursor that the DOCTYPE head and the internal
 * subset's markup declarations (xml-internal-subset.ts) are parsed with. Each step returns the
 * index after what it read, `MORE` when the buffer ends before it could decide (the scanner then
 * waits for more input and re-reads the declaration), or `BAD` with `err` set to the message and
 * the index of the offending character.
 *
 * The DTD is never fetched: system and public identifiers are only recorded.
 *
 * @see XML 1.0 §2.8 [28] doctypedecl, [75] ExternalID, [11] SystemLiteral, [12] PubidLiteral,
 *      [13] PubidChar, §2.3 [3] S
 */
import { ownString } from './own-string.js';
import { isSpace } from './xml-chars.js';
import { nameEnd } from './xml-names.js';
import type { XmlDoctype } from './xml-validate-options.js';

/** The buffer ends before the construct does: wait for more input. */
export const MORE = -1;
/** A well-formedness error; see `DeclCursor.err`. */
export const BAD = -2;

/** PubidChar minus the letters and digits: space, CR, LF and -'()+,./:=?;!*#@$_% */
const PUBID_PUNCT = " \r\n-'()+,./:=?;!*#@$_%";

function isPubidChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    PUBID_PUNCT.indexOf(String.fromCharCode(c)) >= 0
  );
}

export class DeclCursor {
  s = '';
  cap = 0;
  err: { message: string; at: number } | undefined;
  /** The last literal read (quotes removed). */
  literal = '';
  /** The identifiers of the last ExternalID / PublicID read. */
  publicId: string | undefined;
  systemId: string | undefined;

  reset(s: string, cap: number): void {
    this.s = s;
    this.cap = cap;
    this.err = undefined;
  }

  bad(message: string, at: number): number {
    this.err = { message, at };
    return BAD;
  }

  /** After optional whitespace (may be `cap`). */
  skipS(i: number): number {
    const s = this.s;
    while (i < this.cap && isSpace(s.charCodeAt(i))) i++;
    return i;
  }

  /** After required whitespace (at least one character). */
  needS(i: number, what: string): number {
    const j = this.skipS(i);
    if (j >= this.cap) return MORE;
    return j === i ? this.bad(`expected whitespace ${what}`, i) : j;
  }

  /** After a Name at `i`. */
  name(i: number, what: string): number {
    if (i >= this.cap) return MORE;
    const n = nameEnd(this.s, i, this.cap);
    if (n >= this.cap) return MORE;
    return n === i ? this.bad(`expected ${what}`, i) : n;
  }

  /** `kw` at `i`: 1 when it is there, 0 when it is not, MORE when the buffer ends inside a prefix of it. */
  has(i: number, kw: string): number {
    const n = Math.min(kw.length, this.cap - i);
    if (this.s.startsWith(kw.slice(0, n), i)) return n === kw.length ? 1 : MORE;
    return 0;
  }

  /** After a quoted literal at `i` (set in `literal`); `pubid`: only PubidChars. */
  quoted(i: number, what: string, pubid: boolean): number {
    if (i >= this.cap) return MORE;
    const q = this.s.charCodeAt(i);
    if (q !== 34 && q !== 39) return this.bad(`expected a quoted ${what}`, i);
    const close = this.s.indexOf(q === 34 ? '"' : "'", i + 1);
    if (close < 0 || close >= this.cap) return MORE;
    if (pubid) {
      for (let k = i + 1; k < close; k++) {
        if (!isPubidChar(this.s.charCodeAt(k))) return this.bad(`character not allowed in a ${what}`, k);
      }
    }
    this.literal = this.s.slice(i + 1, close);
    return close + 1;
  }

  /**
   * ExternalID at `i` (`SYSTEM` S SystemLiteral | `PUBLIC` S PubidLiteral S SystemLiteral); with
   * `publicOnly`, a PUBLIC id may stand alone (a notation's PublicID). 0 when neither keyword is there.
   */
  externalId(i: number, publicOnly: boolean): number {
    this.publicId = undefined;
    this.systemId = undefined;
    const sys = this.has(i, 'SYSTEM');
    if (sys === MORE) return MORE;
    if (sys === 1) {
      const j = this.needS(i + 6, 'after SYSTEM');
      if (j < 0) return j;
      const k = this.quoted(j, 'system literal', false);
      if (k >= 0) this.systemId = this.literal;
      return k;
    }
    const pub = this.has(i, 'PUBLIC');
    if (pub !== 1) return pub;
    let j = this.needS(i + 6, 'after PUBLIC');
    if (j < 0) return j;
    j = this.quoted(j, 'public identifier', true);
    if (j < 0) return j;
    this.publicId = this.literal;
    const k = this.skipS(j);
    if (k >= this.cap) return MORE;
    const c = this.s.charCodeAt(k);
    if (c !== 34 && c !== 39) {
      return publicOnly ? j : this.bad('expected a quoted system literal after the public identifier', k);
    }
    if (k === j) return this.bad('expected whitespace between the public and system literals', k);
    const e = this.quoted(k, 'system literal', false);
    if (e >= 0) this.systemId = this.literal;
    return e;
  }
}

/** The head of a DOCTYPE at `i` (`<!DOCTYPE` checked by the caller). */
export interface DoctypeHead {
  readonly doctype: XmlDoctype;
  /** Index after the head: just after `[` when an internal subset follows, else after `>`. */
  readonly end: number;
  readonly subset: boolean;
}

/** Reads `<!DOCTYPE S Name (S ExternalID)? S? ('[' | '>')`; MORE or BAD as a number. */
export function readDoctypeHead(c: DeclCursor, i: number): DoctypeHead | number {
  let j = c.needS(i + 9, 'after <!DOCTYPE');
  if (j < 0) return j;
  const n = c.name(j, 'the document element name after <!DOCTYPE');
  if (n < 0) return n;
  const name = c.s.slice(j, n);
  j = c.skipS(n);
  if (j >= c.cap) return MORE;
  let publicId: string | undefined;
  let systemId: string | undefined;
  if (j > n) {
    const e = c.externalId(j, false);
    if (e < 0) return e;
    if (e > 0) {
      publicId = c.publicId;
      systemId = c.systemId;
      j = c.skipS(e);
      if (j >= c.cap) return MORE;
    }
  }
  const ch = c.s.charCodeAt(j);
  if (ch !== 91 && ch !== 62) return c.bad("expected '[' or '>' in the DOCTYPE", j);
  // Copies: a verdict holds the DOCTYPE after the document is gone (own-string.ts).
  const doctype: XmlDoctype = {
    name: ownString(name),
    ...(publicId !== undefined ? { publicId: ownString(publicId) } : {}),
    ...(systemId !== undefined ? { systemId: ownString(systemId) } : {}),
  };
  return { doctype, end: j + 1, subset: ch === 91 };
}
