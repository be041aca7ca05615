// Copied by qspec from runtime/xml/xml-scanner.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The XML tokenizer: a hand-written scanner that turns text chunks into the engine's token calls
 * (start tag with attributes, text, end tag, each located at its first character, 1-based
 * line:column). It checks well-formedness as it goes (names, attribute syntax and uniqueness,
 * matching end tags, one root, references, characters, comments, PIs, CDATA, DOCTYPE placement)
 * and stops at the first violation with one located `XmlSyntax` error.
 *
 * Speed: markup is found with `indexOf` (native, vectorised), names are read through an ASCII
 * lookup table, text without references is one `slice`, and line numbers are counted lazily with
 * a cached next-line-feed position, so the work per byte is a few instructions.
 *
 * Streaming: a token cut by a chunk boundary is kept and finished when the next chunk arrives
 * (a tag is retried only once a new `>` has arrived, so a huge tag is not rescanned per chunk);
 * long text is handed out in pieces, holding back only an unfinished reference, `]` or CR, so
 * memory is bounded by the longest tag, comment or CDATA section. Every chunking yields the
 * same tokens, locations and errors.
 *
 * Safety: no entity is ever expanded beyond the five predefined ones and character references;
 * a DOCTYPE is passed to the driver (which refuses entity declarations) and never fetched.
 *
 * This file holds the driver loop (write, end, the content scan that finds markup with
 * `indexOf`) and character data; the shared state is in scanner-state.ts, tags in scan-tags.ts,
 * comments, CDATA, PIs and the DOCTYPE in scan-declarations.ts (one class along an inheritance
 * chain, so every call stays monomorphic).
 *
 * @see XML 1.0 §2.1 (well-formed documents), §2.4-2.8, §2.11 (line ends), §3.1 (tags),
 *      §3.3.3 (attribute-value normalization), §4.1 (references)
 */

import { sectionTerminator } from './held-chunks.js';
import { DeclScanner } from './scan-declarations.js';
import { MAX_SECTION_CHARS, MORE, PAUSE, STOP } from './scanner-state.js';
import { firstBadChar, isSpace } from './xml-chars.js';

export type { DoctypeHandler, XmlTokenSink } from './scanner-state.js';
export { MAX_SECTION_CHARS, MAX_TAG_CHARS } from './scanner-state.js';

/** The XML tokenizer: write chunks, then end(); tokens go to the engine as they complete. */
export class XmlScanner extends DeclScanner {
  /** Scans one more piece of the document. */
  write(chunk: string): void {
    if (this.stopAt >= 0 || chunk === '') return;
    if (this.waitTok === this.base + this.pos && !this.inSubset && this.badAt < 0) {
      const term = sectionTerminator(this.buf, this.pos);
      const room = MAX_SECTION_CHARS - (this.buf.length - this.pos);
      if (term !== undefined && this.held.hold(chunk, term, this.buf, room)) return;
    }
    this.append(this.held.take(chunk));
  }

  /** Joins the held chunks (held.ts) into the buffer and scans them. */
  private flushHeld(): void {
    if (this.held.length > 0) this.append(this.held.take());
  }

  private append(chunk: string): void {
    if (this.textOpen) this.locateText();
    this.countLines(this.base + this.pos);
    const old = this.buf.length - this.pos;
    this.buf = old > 0 ? this.buf.slice(this.pos) + chunk : chunk;
    this.base += this.pos;
    this.pos = 0;
    this.lines.newBuffer();
    if (this.amp === -1) this.amp = -2;
    if (this.cdEnd === -1) this.cdEnd = -2;
    if (!this.lines.hasCR && chunk.indexOf('\r') >= 0) this.lines.hasCR = true;
    if (this.badAt < 0) {
      // Units before `old` were judged, except a high surrogate left last (its pair may be here);
      // starting on the low half of a pair would misread it as a lone surrogate.
      const last = old > 0 ? this.buf.charCodeAt(old - 1) : 0;
      const bad = firstBadChar(this.buf, last >= 0xd800 && last <= 0xdbff ? old - 1 : old, false);
      if (bad >= 0) this.badAt = this.base + bad;
    }
    this.run(false);
  }

  /** Ends the document: flushes held-back text and reports what is left unfinished. */
  end(): void {
    this.flushHeld();
    if (this.stopAt >= 0) return;
    if (this.badAt < 0) {
      // append() checked every unit but a high surrogate at the very end, held for its pair; at the
      // end of input it has none. (A low surrogate there ends a pair append() already checked.)
      const last = this.buf.charCodeAt(this.buf.length - 1);
      if (last >= 0xd800 && last <= 0xdbff) this.badAt = this.base + this.buf.length - 1;
    }
    this.run(true);
    if (this.stopAt >= 0) return;
    const endAbs = this.base + this.buf.length;
    if (this.pos < this.buf.length) this.fatalAfter('unexpected end of input inside markup', endAbs);
    else if (!this.rootSeen) this.fatalAfter('document must contain a root element', endAbs);
    else if (this.depth > 0) this.fatalAfter(`unclosed tag <${this.stack[this.depth - 1]}>`, endAbs);
  }

  /** The text from stream offset `abs` on that is still buffered (for byte counts). */
  rest(abs: number): string {
    this.flushHeld();
    return this.buf.slice(Math.max(0, abs - this.base));
  }

  /**
   * Inside the root element with everything written scanned: no token cut or held back (a held
   * chunk follows a cut comment, CDATA section or PI, where `pos` stays). Whether the scan
   * stopped is the engine's to say. record-split.ts cuts documents between elements with it.
   */
  get idle(): boolean {
    return this.pos === this.buf.length && this.depth > 0;
  }

  /** Stream offset just after everything written. */
  get written(): number {
    return this.base + this.buf.length + this.held.length;
  }

  /** 1-based line and column of stream offset `abs` (at or after the last one asked). */
  locate(abs: number): { line: number; column: number } {
    this.flushHeld();
    this.countLines(abs);
    return { line: this.lines.line, column: abs - this.lines.lineStart + 1 };
  }

  private run(final: boolean): void {
    this.ending = final;
    const s = this.buf;
    const cap = this.badAt >= 0 ? Math.min(s.length, this.badAt - this.base) : s.length;
    let i = this.pos;
    if (this.inSubset) {
      i = this.subset(i, cap);
      if (i === STOP) return;
    }
    if (!this.inSubset) {
      i = this.content(i, cap, final);
      if (i === STOP) return;
    }
    this.pos = i;
    // Whatever is left before the bad character can never be completed past it.
    if (this.badAt >= 0 && (final || cap < s.length)) {
      this.fatalAfter('the input holds a character that XML does not allow', this.badAt + 1);
    }
  }

  /** Scans content and prolog tokens from `i`; where it stopped, or STOP. */
  private content(i: number, cap: number, final: boolean): number {
    const s = this.buf;
    while (i < cap) {
      if (s.charCodeAt(i) !== 60) {
        const lt = s.indexOf('<', i);
        const end = lt >= 0 && lt < cap ? lt : this.safeTextEnd(i, cap, final || cap < s.length);
        if (end > i && !this.text(i, end)) return STOP;
        i = end;
        if (lt < 0 || lt >= cap) break;
        continue;
      }
      this.textOpen = false;
      if (!final && this.waitTok === this.base + i) {
        // Retry a cut token only once its terminator can have arrived (at the end of the input,
        // always: its error must be the one the whole input gives, wherever the chunks were cut).
        if (s.indexOf('>', this.resume - this.base) < 0) {
          this.resume = this.base + s.length;
          // A token that never brings a '>' must not grow past its limit.
          if (this.tooLong(i, cap, true)) return STOP;
          break;
        }
      }
      const next = this.markup(i, cap);
      if (next < 0) {
        if (next === STOP || (next === MORE && this.tooLong(i, cap, final))) return STOP;
        if (next === PAUSE) i = this.pos;
        else this.wait(i, cap);
        break;
      }
      i = next;
    }
    return i;
  }

  /** Where a text run with no '<' left in the buffer may be cut: before an unfinished reference, ']' or CR. */
  private safeTextEnd(i: number, cap: number, final: boolean): number {
    if (final) return cap;
    const s = this.buf;
    let end = cap;
    const a = s.lastIndexOf('&', end - 1);
    if (a >= i && s.indexOf(';', a) < 0) end = a;
    while (end > i) {
      const c = s.charCodeAt(end - 1);
      if (c !== 93 && c !== 13) break;
      end--;
    }
    return end;
  }

  /** Hands text [i, end) to the engine; false when scanning must stop. */
  private text(i: number, end: number): boolean {
    const s = this.buf;
    const abs = this.base + i;
    if (!this.textOpen) {
      this.textOpen = true;
      this.textAbs = abs;
      this.textLine = 0;
    }
    // Indentation between elements: nothing to check, nothing to hand out.
    if (this.depth > 0 && this.engine.textWanted !== 2) {
      let k = i;
      while (k < end && isSpace(s.charCodeAt(k))) k++;
      if (k === end) return true;
    }
    if (this.cdEnd === -2 || (this.cdEnd >= 0 && this.cdEnd < abs)) {
      const k = s.indexOf(']]>', i);
      this.cdEnd = k < 0 ? -1 : this.base + k;
    }
    if (this.cdEnd >= 0 && this.cdEnd + 2 < this.base + end) {
      this.fatalAt("']]>' is not allowed in text", this.cdEnd - this.base + 2);
      return false;
    }
    if (this.amp === -2 || (this.amp >= 0 && this.amp < abs)) {
      const k = s.indexOf('&', i);
      this.amp = k < 0 ? -1 : this.base + k;
    }
    let t: string | null;
    if (this.amp >= 0 && this.amp < this.base + end) {
      if (this.depth === 0) {
        this.fatalAt('a reference is not allowed outside the root element', this.amp - this.base);
        return false;
      }
      t = this.decode(i, end, false);
      if (t === null) return false;
    } else if (this.depth > 0) {
      // No references: build the string only if the engine reads it.
      const need = this.engine.textWanted;
      if (need === 0) return true;
      t = this.lines.hasCR ? s.slice(i, end).replace(/\r\n?/g, '\n') : s.slice(i, end);
    } else t = s.slice(i, end);
    if (this.depth === 0) {
      for (let k = 0; k < t.length; k++) {
        if (!isSpace(t.charCodeAt(k))) {
          this.locateText();
          this.engine.fatal('XmlSyntax', 'malformed XML: text data outside of root node', this.textLine, this.textCol);
          this.stopAt = abs + k;
          return false;
        }
      }
      return true;
    }
    this.locateText();
    this.engine.text(t, this.textLine, this.textCol);
    if (this.engine.stopped) {
      this.stopAt = this.base + end;
      return false;
    }
    return true;
  }

  /** Computes the current text run's start location (once; line counting only moves forward). */
  private locateText(): void {
    if (this.textLine > 0) return;
    this.countLines(this.textAbs);
    this.textLine = this.lines.line;
    this.textCol = this.textAbs - this.lines.lineStart + 1;
  }

  /** Scans the markup at i ('<'); the index after it, MORE or STOP. */
  private markup(i: number, cap: number): number {
    const c = this.buf.charCodeAt(i + 1);
    if (i + 1 >= cap) return MORE;
    if (c === 47) return this.endTag(i, cap);
    if (c === 33) return this.bang(i, cap);
    if (c === 63) return this.pi(i, cap);
    return this.startTag(i, cap);
  }
}
