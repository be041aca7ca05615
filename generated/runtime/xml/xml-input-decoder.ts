// Copied by qspec from runtime/xml/xml-input-decoder.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Decodes the bytes of an XML document in the encoding it is in: the byte order mark and the
 * XML declaration's `encoding` decide (XML 1.0 §4.3.3, Appendix F.1). UTF-8 (and its subset
 * US-ASCII without non-ASCII bytes) keeps the fast strict path of utf8-input.ts unchanged;
 * UTF-16LE/BE by utf16-input.ts (the text before a bad code unit is kept, as for UTF-8), windows-1252
 * by a streaming `TextDecoder` (Node's ICU), US-ASCII and ISO-8859-1 byte for byte (the WHATWG `latin1` label would mean windows-1252). Any other
 * declared encoding is refused (`unsupported encoding NAME`), and so is a declaration that the
 * bytes contradict (a UTF-16 declaration on 8-bit bytes, a UTF-8 BOM with another encoding, a
 * UTF-16 BOM with an 8-bit encoding).
 *
 * Only the first bytes are held: up to the end of the XML declaration, at most `HEAD_MAX` bytes.
 *
 * @see XML 1.0 §4.3.3 (character encoding in entities), Appendix F.1 (detection without external
 *      encoding information); WHATWG Encoding §4.2 (TextDecoder)
 */

import { Utf8Input, utf8Length } from './utf8-input.js';
import { Utf16Input } from './utf16-input.js';

/** The most bytes held to find the end of the XML declaration. */
const HEAD_MAX = 1024;

export interface DecodedChunk {
  readonly text: string;
  /** UTF-8 length of `text` (the verdict's byte count). */
  readonly bytes: number;
  /** A byte sequence that is not valid in the encoding followed `text`. */
  readonly bad: boolean;
  /** The encoding is refused: unsupported, or contradicted by the bytes (the message). */
  readonly refused?: string;
}

type Family = 'utf-8' | 'utf-16le' | 'utf-16be';

export class XmlInputDecoder {
  private head: Uint8Array | undefined = new Uint8Array(0);
  private utf8: Utf8Input | undefined;
  private utf16: Utf16Input | undefined;
  private decoder: InstanceType<typeof TextDecoder> | undefined;
  private latin1 = false;
  private ascii = false;
  /** The decoder in use refused a byte earlier (nothing more is decoded). */
  private failed = false;
  /** The encoding the bytes are read in (for messages), once chosen. */
  encoding = 'UTF-8';

  /**
   * The input is read as UTF-8 and every byte taken so far is decoded: no unfinished character is
   * held back (nor the declaration's head: the UTF-8 reader is chosen once the head is read).
   */
  get utf8Boundary(): boolean {
    return this.utf8 !== undefined && this.utf8.pendingBytes === 0;
  }

  /**
   * Decodes the next bytes. `final`: the input has ended. `cut`: no byte will follow these (the
   * input is cut at a size limit), so the first bytes are not held back to find the declaration's
   * end: the encoding is chosen from what there is, and a character cut at the end is left
   * undecoded, not taken for a bad byte.
   */
  decode(chunk: Uint8Array, final: boolean, cut = false): DecodedChunk {
    if (this.head !== undefined) {
      const all = this.head.length === 0 ? chunk : concat(this.head, chunk);
      if (!final && !cut && all.length < HEAD_MAX && !headComplete(all)) {
        this.head = all.slice();
        return { text: '', bytes: 0, bad: false };
      }
      this.head = undefined;
      const refused = this.choose(all);
      if (refused !== undefined) return { text: '', bytes: 0, bad: false, refused };
      chunk = all;
    }
    if (this.utf8) return this.utf8.decode(chunk, final);
    if (this.utf16) return this.utf16.decode(chunk, final);
    if (this.failed) return { text: '', bytes: 0, bad: true };
    if (this.latin1) return decoded(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'));
    if (this.ascii) {
      const bad = chunk.findIndex((b) => b > 0x7f);
      if (bad >= 0) {
        this.failed = true;
        return { ...decoded(Buffer.from(chunk.subarray(0, bad)).toString('latin1')), bad: true };
      }
      return decoded(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length).toString('latin1'));
    }
    return decoded(this.decoder!.decode(chunk, { stream: !final }));
  }

  /** Picks the decoder from the first bytes; a refusal message, or undefined. */
  private choose(b: Uint8Array): string | undefined {
    let family: Family = 'utf-8';
    let bom = 0;
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) bom = 3;
    else if (b[0] === 0xff && b[1] === 0xfe) [family, bom] = ['utf-16le', 2];
    else if (b[0] === 0xfe && b[1] === 0xff) [family, bom] = ['utf-16be', 2];
    else if (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f && b[3] === 0) family = 'utf-16le';
    else if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] === 0x3f) family = 'utf-16be';
    const declared = declaredEncoding(b, family, bom);
    const name = declared?.toLowerCase();
    if (family !== 'utf-8') {
      if (name !== undefined && !name.startsWith('utf-16') && name !== 'unicode')
        return `the encoding declaration ${declared} contradicts the bytes (UTF-16)`;
      // The BOM stays in the text, where the driver drops it as for UTF-8 (had the decoder dropped it
      // too, a second U+FEFF before the root would vanish instead of being refused).
      this.utf16 = new Utf16Input(family === 'utf-16le');
      this.encoding = family.toUpperCase();
      return undefined;
    }
    if (name === undefined || name === 'utf-8' || name === 'utf8') {
      this.utf8 = new Utf8Input();
      return undefined;
    }
    if (name.startsWith('utf-16') || name === 'unicode')
      return `the encoding declaration ${declared} contradicts the bytes (not UTF-16)`;
    if (bom === 3) return `the encoding declaration ${declared} contradicts the UTF-8 byte order mark`;
    this.encoding = declared!;
    if (name === 'iso-8859-1' || name === 'latin1' || name === 'iso_8859-1' || name === 'l1') this.latin1 = true;
    else if (name === 'us-ascii' || name === 'ascii') this.ascii = true;
    else if (name === 'windows-1252' || name === 'cp1252') this.decoder = new TextDecoder('windows-1252');
    else return `unsupported encoding ${declared}`;
    return undefined;
  }
}

function decoded(text: string): DecodedChunk {
  return { text, bytes: utf8Length(text).bytes, bad: false };
}

/** The first bytes hold the end of an XML declaration, or show there is none. */
function headComplete(b: Uint8Array): boolean {
  for (let i = 0; i + 2 < b.length; i++) {
    if (b[i] === 0x3f && (b[i + 1] === 0x3e || (b[i + 1] === 0 && b[i + 2] === 0x3e))) return true;
  }
  return b.length >= 14 && !startsWithDecl(b);
}

function startsWithDecl(b: Uint8Array): boolean {
  const s = Buffer.from(b.subarray(0, 16)).toString('latin1').replace(/\0/g, '');
  return /^(?:\xef\xbb\xbf|\xff\xfe|\xfe\xff)?<\?xml/.test(s);
}

/** The `encoding` of the XML declaration at the start of `b` (after `bom` bytes), if any. */
function declaredEncoding(b: Uint8Array, family: Family, bom: number): string | undefined {
  const body = b.subarray(bom, Math.min(b.length, HEAD_MAX));
  const decl = family === 'utf-8' ? utf8Declaration(body) : utf16Declaration(body, family);
  if (decl === undefined) return undefined;
  const k = decl.indexOf('encoding');
  if (k < 0) return undefined;
  let i = k + 8;
  while (i < decl.length && ' \t\r\n='.includes(decl.charAt(i))) i++;
  const q = decl.charAt(i);
  if (q !== '"' && q !== "'") return undefined;
  const close = decl.indexOf(q, i + 1);
  return close < 0 ? undefined : decl.slice(i + 1, close);
}

/**
 * The XML declaration at the start of UTF-8 (or ASCII-compatible) bytes, up to its `?>` (or all
 * of `body` when none came), or undefined without one. Decoded through a view on the bytes, up to
 * the declaration's end only: this runs once per document.
 */
function utf8Declaration(body: Uint8Array): string | undefined {
  const view = Buffer.from(body.buffer, body.byteOffset, body.length);
  if (view.toString('latin1', 0, 5) !== '<?xml') return undefined;
  const end = view.indexOf('?>');
  return view.toString('latin1', 0, end < 0 ? view.length : end);
}

/** The XML declaration at the start of UTF-16 bytes (as `utf8Declaration`). */
function utf16Declaration(body: Uint8Array, family: Family): string | undefined {
  const text = new TextDecoder(family).decode(body.subarray(0, body.length - (body.length % 2)));
  if (!text.startsWith('<?xml')) return undefined;
  const end = text.indexOf('?>');
  return end < 0 ? text : text.slice(0, end);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
