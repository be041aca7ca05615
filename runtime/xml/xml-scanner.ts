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
 * @see XML 1.0 §2.1 (well-formed documents), §2.4–2.8, §2.11 (line ends), §3.1 (tags),
 *      §3.3.3 (attribute-value normalization), §4.1 (references)
 */

import { HeldChunks, sectionTerminator } from './held-chunks.js';
import { LineCounter } from './line-counter.js';
import { firstBadChar, isSpace } from './xml-chars.js';
import { BAD, DeclCursor, readDoctypeHead } from './xml-doctype.js';
import { NO_ATTRIBUTES, type XmlEngine } from './xml-engine.js';
import { type EntityDecl, readMarkupDecl } from './xml-internal-subset.js';
import { nameEnd } from './xml-names.js';
import { decodeReferences, literalText } from './xml-references.js';
import type { XmlDoctype } from './xml-validate-options.js';

/** What the scanner reports of a DOCTYPE: its head, and each entity declaration of its internal subset. */
export interface DoctypeHandler {
  doctype(doctype: XmlDoctype, line: number, column: number): void;
  entity(decl: EntityDecl, line: number, column: number): void;
}

/** markup(): the token is cut by the end of the buffer; wait for more input. */
const MORE = -1;
/** markup(): the engine stopped, or a syntax error was reported. */
const STOP = -2;
/** markup(): a DOCTYPE's internal subset is open and its scan paused at `pos` (more input needed). */
const PAUSE = -3;
/** Longest unfinished tag or DOCTYPE, and comment, CDATA section or PI (see tooLong). */
export const MAX_TAG_CHARS = 1024 * 1024;
export const MAX_SECTION_CHARS = 10_000_000;

export class XmlScanner {
  /** Unconsumed text; `buf[0]` is at stream offset `base` (UTF-16 units). */
  private buf = '';
  private pos = 0;
  private base = 0;
  private readonly lines = new LineCounter();
  /** Stream offset of the first non-XML character (-1: none so far); the scan never passes it. */
  private badAt = -1;
  /** Cached stream offsets of the next '&' and ']]>' (-2 unknown, -1 none in the buffer). */
  private amp = -2;
  private cdEnd = -2;
  /** A token cut by the buffer end (stream offset), and where its terminator is to be looked for. */
  private waitTok = -1;
  private resume = 0;
  /** Chunks that cannot end the comment, CDATA section or PI cut at `waitTok` (held-chunks.ts). */
  private readonly held = new HeldChunks();
  private readonly stack: string[] = [];
  private depth = 0;
  private rootSeen = false;
  private rootDone = false;
  private doctypeSeen = false;
  /** Inside a DOCTYPE's internal subset (between `[` and `]`). */
  private inSubset = false;
  private readonly decl = new DeclCursor();
  /** The current text run: open, where it starts, and whether its location is known. */
  private textOpen = false;
  private textAbs = 0;
  /** 0 until the run's location is computed (lazily: most runs are never reported). */
  private textLine = 0;
  private textCol = 0;
  /** Stream offset up to which the input was consumed when scanning stopped (-1: not stopped). */
  stopAt = -1;

  constructor(
    private readonly engine: XmlEngine,
    private readonly onDoctype: DoctypeHandler,
  ) {}

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
      const bad = firstBadChar(this.buf, Math.max(0, this.buf.length - 1), true);
      if (bad >= 0) this.badAt = this.base + bad;
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
      if (this.waitTok === this.base + i) {
        // Retry a cut token only once its terminator can have arrived.
        if (s.indexOf('>', this.resume - this.base) < 0) {
          this.resume = this.base + s.length;
          // A comment, CDATA section or PI that never brings a '>' must not grow past its limit.
          if (sectionTerminator(s, i) !== undefined && this.tooLong(i, cap)) return STOP;
          break;
        }
      }
      const next = this.markup(i, cap);
      if (next < 0) {
        if (next === STOP || (next === MORE && this.tooLong(i, cap))) return STOP;
        if (next === PAUSE) i = this.pos;
        else this.wait(i, cap);
        break;
      }
      i = next;
    }
    return i;
  }

  /** Remembers the cut token at `i`, to be retried once its terminator can have arrived. */
  private wait(i: number, cap: number): void {
    this.waitTok = this.base + i;
    this.resume = this.base + Math.max(i, cap - 2);
  }

  /**
   * An unfinished token past its size limit stops the scan with `XmlLimit` (true): 10 MB for
   * comments, CDATA and PIs (libxml2's default limit for one text node), 1 MiB for tags and the
   * DOCTYPE, which are re-read from their start when a chunk brings a '>' (so a hostile endless
   * tag costs bounded work, not time quadratic in its length).
   */
  private tooLong(i: number, cap: number): boolean {
    const s = this.buf;
    const c1 = s.charCodeAt(i + 1);
    const reread = c1 !== 63 && !(c1 === 33 && s.charCodeAt(i + 2) !== 68);
    const limit = reread ? MAX_TAG_CHARS : MAX_SECTION_CHARS;
    if (cap - i <= limit) return false;
    const abs = this.base + i;
    this.countLines(abs);
    const what = reread ? 'a tag or DOCTYPE' : 'a comment, CDATA section or PI';
    this.engine.fatal(
      'XmlLimit',
      `${what} longer than ${limit} characters`,
      this.lines.line,
      abs - this.lines.lineStart + 1,
    );
    this.stopAt = this.base + cap;
    return true;
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

  private countLines(abs: number): void {
    this.lines.countTo(this.buf, this.base, abs);
  }

  /** A syntax error after consuming up to stream offset `after` (the offending character is the one before it). */
  private fatalAfter(message: string, after: number): void {
    this.countLines(after);
    this.engine.fatal(
      'XmlSyntax',
      `malformed XML: ${message}`,
      this.lines.line,
      Math.max(1, after - this.lines.lineStart),
    );
    this.stopAt = after;
  }

  private fatalAt(message: string, i: number): number {
    this.fatalAfter(message, this.base + Math.min(i, this.buf.length - 1) + 1);
    return STOP;
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

  /** References decoded in [from, to) (see xml-references.ts); null after reporting a syntax error. */
  private decode(from: number, to: number, attr: boolean): string | null {
    const r = decodeReferences(this.buf, from, to, attr, this.lines.hasCR);
    if (typeof r === 'string') return r;
    this.fatalAt(r.message, r.at);
    return null;
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

  private startTag(i: number, cap: number): number {
    const s = this.buf;
    const end = nameEnd(s, i + 1, cap);
    if (end >= cap) return MORE;
    if (end === i + 1) return this.fatalAt('invalid element name', i + 1);
    const name = s.slice(i + 1, end);
    let attrs: Record<string, string> | undefined;
    let j = end;
    let spaced = false;
    let selfClosing = false;
    for (;;) {
      if (j >= cap) return MORE;
      const c = s.charCodeAt(j);
      if (c === 62) {
        j++;
        break;
      }
      if (c === 47) {
        if (j + 1 >= cap) return MORE;
        if (s.charCodeAt(j + 1) !== 62) return this.fatalAt("expected '>' after '/' in a tag", j + 1);
        selfClosing = true;
        j += 2;
        break;
      }
      if (isSpace(c)) {
        spaced = true;
        j++;
        continue;
      }
      if (!spaced) return this.fatalAt('expected whitespace before an attribute', j);
      const an = nameEnd(s, j, cap);
      if (an >= cap) return MORE;
      if (an === j) return this.fatalAt('invalid attribute name', j);
      const key = s.slice(j, an);
      let k = an;
      while (k < cap && isSpace(s.charCodeAt(k))) k++;
      if (k >= cap) return MORE;
      if (s.charCodeAt(k) !== 61) return this.fatalAt(`attribute '${key}' without a value`, k);
      k++;
      while (k < cap && isSpace(s.charCodeAt(k))) k++;
      if (k >= cap) return MORE;
      const q = s.charCodeAt(k);
      if (q !== 34 && q !== 39) return this.fatalAt(`attribute '${key}' value must be quoted`, k);
      const close = s.indexOf(q === 34 ? '"' : "'", k + 1);
      if (close < 0 || close >= cap) return MORE;
      const lt = s.indexOf('<', k + 1);
      if (lt >= 0 && lt < close) return this.fatalAt("'<' is not allowed in an attribute value", lt);
      const amp = s.indexOf('&', k + 1);
      let value: string | null;
      if (amp >= 0 && amp < close) {
        value = this.decode(k + 1, close, true);
        if (value === null) return STOP;
      } else value = literalText(s.slice(k + 1, close), true, this.lines.hasCR);
      attrs ??= {};
      if (Object.hasOwn(attrs, key)) return this.fatalAt(`duplicate attribute '${key}'`, close);
      attrs[key] = value;
      j = close + 1;
      spaced = false;
    }
    const abs = this.base + i;
    if (this.depth === 0) {
      if (this.rootDone) return this.fatalAt('more than one root element', j - 1);
      this.rootSeen = true;
    }
    this.countLines(abs);
    const line = this.lines.line;
    const col = abs - this.lines.lineStart + 1;
    const e = this.engine;
    e.startElement(name, attrs ?? NO_ATTRIBUTES, line, col);
    if (!e.stopped) {
      if (selfClosing) {
        e.endElement(line, col);
        if (this.depth === 0) this.rootDone = true;
      } else {
        if (this.stack.length === this.depth) this.stack.push(name);
        else this.stack[this.depth] = name;
        this.depth++;
      }
    }
    if (e.stopped) {
      this.stopAt = this.base + j;
      return STOP;
    }
    return j;
  }

  private endTag(i: number, cap: number): number {
    const s = this.buf;
    const open = this.depth > 0 ? this.stack[this.depth - 1]! : '';
    let gt = i + 2 + open.length;
    // The usual case, `</name>` right away, needs no search for '>'.
    if (gt >= cap || s.charCodeAt(gt) !== 62 || this.depth === 0 || s.slice(i + 2, gt) !== open) {
      gt = s.indexOf('>', i + 2);
      if (gt < 0 || gt >= cap) return MORE;
      if (this.depth === 0) return this.fatalAt('unexpected close tag (no element is open)', gt);
      let k = i + 2 + open.length;
      if (!s.startsWith(open, i + 2) || k > gt) return this.fatalAt(`unexpected close tag; expected </${open}>`, gt);
      while (k < gt && isSpace(s.charCodeAt(k))) k++;
      if (k !== gt) return this.fatalAt(`unexpected close tag; expected </${open}>`, gt);
    }
    const abs = this.base + i;
    this.countLines(abs);
    this.depth--;
    if (this.depth === 0) this.rootDone = true;
    this.engine.endElement(this.lines.line, abs - this.lines.lineStart + 1);
    if (this.engine.stopped) {
      this.stopAt = this.base + gt + 1;
      return STOP;
    }
    return gt + 1;
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
  private bang(i: number, cap: number): number {
    const s = this.buf;
    const from = this.waitTok === this.base + i ? this.resume - this.base : i;
    const kind = s.charCodeAt(i + 2);
    if (kind === 91 && s.startsWith('<![CDATA[', i)) return this.cdata(i, cap, from);
    if (kind === 45 && s.startsWith('<!--', i)) return this.comment(i, cap, from);
    if (s.startsWith('<!DOCTYPE', i)) return this.doctype(i, cap);
    if (cap - i < 9) {
      const head = s.slice(i, cap);
      if ('<!DOCTYPE'.startsWith(head) || '<![CDATA['.startsWith(head) || '<!--'.startsWith(head)) return MORE;
    }
    return this.fatalAt("unexpected '<!': expected a comment, CDATA section or DOCTYPE", i + 2);
  }

  /** A comment at `i` (`<!--` checked); `from`: where to resume the search for its end. */
  private comment(i: number, cap: number, from: number): number {
    const s = this.buf;
    const end = s.indexOf('-->', Math.max(i + 4, from - 2));
    if (end < 0 || end + 2 >= cap) return MORE;
    const dd = s.indexOf('--', i + 4);
    if (dd < end) return this.fatalAt("'--' is not allowed inside a comment", dd + 1);
    return end + 3;
  }

  private cdata(i: number, cap: number, from: number): number {
    const s = this.buf;
    const end = s.indexOf(']]>', Math.max(i + 9, from - 2));
    if (end < 0 || end + 2 >= cap) return MORE;
    const abs = this.base + i;
    if (this.depth === 0) {
      this.countLines(abs);
      this.engine.fatal(
        'XmlSyntax',
        'malformed XML: text data outside of root node',
        this.lines.line,
        abs - this.lines.lineStart + 1,
      );
      this.stopAt = abs;
      return STOP;
    }
    if (this.engine.textWanted === 0) return end + 3;
    this.countLines(abs);
    const t = s.slice(i + 9, end);
    this.engine.text(this.lines.hasCR ? t.replace(/\r\n?/g, '\n') : t, this.lines.line, abs - this.lines.lineStart + 1);
    if (this.engine.stopped) {
      this.stopAt = this.base + end + 3;
      return STOP;
    }
    return end + 3;
  }

  /** A DOCTYPE at `i`: its head, then (when it has one) the internal subset, token by token. */
  private doctype(i: number, cap: number): number {
    const s = this.buf;
    if (this.rootSeen || this.doctypeSeen) {
      const gt = s.indexOf('>', i);
      if (gt < 0 || gt >= cap) return MORE;
      return this.fatalAt('a DOCTYPE is allowed only once, before the root element', gt);
    }
    this.decl.reset(s, cap);
    const head = readDoctypeHead(this.decl, i);
    if (head === BAD) return this.declError();
    if (typeof head === 'number') return MORE;
    this.doctypeSeen = true;
    const abs = this.base + i;
    this.countLines(abs);
    this.onDoctype.doctype(head.doctype, this.lines.line, abs - this.lines.lineStart + 1);
    if (this.engine.stopped) {
      this.stopAt = this.base + head.end;
      return STOP;
    }
    if (!head.subset) return head.end;
    this.inSubset = true;
    const k = this.subset(head.end, cap);
    if (k === STOP || !this.inSubset) return k;
    this.pos = k;
    return PAUSE;
  }

  /** Reports the error the declaration cursor found. */
  private declError(): number {
    const e = this.decl.err!;
    return this.fatalAt(e.message, e.at);
  }

  /**
   * Scans internal-subset tokens from `i` (markup declarations, comments, PIs, parameter-entity
   * references, whitespace) up to the closing `]` S? `>`; returns where it stopped (the index
   * after the DOCTYPE when the subset ended) or STOP.
   */
  private subset(i: number, cap: number): number {
    const s = this.buf;
    const d = this.decl;
    d.reset(s, cap);
    while (i < cap) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      const abs = this.base + i;
      // Retry a cut token only once its terminator can have arrived.
      if (this.waitTok === abs && !this.arrived(c === 37, cap)) break;
      let next: number;
      if (c === 37) {
        const n = d.name(i + 1, "a parameter-entity name after '%'");
        next = n < 0 ? n : s.charCodeAt(n) === 59 ? n + 1 : d.bad("expected ';' after the parameter-entity name", n);
      } else if (c === 93) {
        const j = d.skipS(i + 1);
        next = j >= cap ? MORE : s.charCodeAt(j) === 62 ? j + 1 : d.bad("expected '>' after the internal subset", j);
        if (next >= 0) {
          this.inSubset = false;
          return next;
        }
      } else if (c !== 60) next = d.bad('unexpected character in the internal subset', i);
      else if (i + 3 >= cap) next = MORE;
      else if (s.charCodeAt(i + 1) === 63) next = this.pi(i, cap);
      else if (s.charCodeAt(i + 1) !== 33) next = d.bad("expected '<!' or '<?' in the internal subset", i + 1);
      else if (s.charCodeAt(i + 2) === 45) {
        const from = this.waitTok === abs ? this.resume - this.base : i;
        next = s.charCodeAt(i + 3) === 45 ? this.comment(i, cap, from) : d.bad("expected '<!--'", i + 3);
      } else if (s.charCodeAt(i + 2) === 91) {
        next = d.bad('conditional sections are allowed only in the external subset', i + 2);
      } else {
        next = readMarkupDecl(d, i, (e) => this.entityDecl(e, abs));
        if (next >= 0 && this.engine.stopped) {
          this.stopAt = this.base + next;
          return STOP;
        }
      }
      if (next === BAD && d.err) return this.declError();
      if (next === STOP) return STOP;
      if (next === MORE) {
        if (this.tooLong(i, cap)) return STOP;
        this.wait(i, cap);
        break;
      }
      i = next;
    }
    return i;
  }

  /** A cut subset token can have been completed: a '>' (or, for `%name;`, a non-name character) came. */
  private arrived(reference: boolean, cap: number): boolean {
    const s = this.buf;
    const from = Math.max(0, this.resume - this.base);
    const ok = reference ? nameEnd(s, from, cap) < cap : s.indexOf('>', from) >= 0;
    if (!ok) this.resume = this.base + cap;
    return ok;
  }

  private entityDecl(e: EntityDecl, abs: number): void {
    this.countLines(abs);
    this.onDoctype.entity(e, this.lines.line, abs - this.lines.lineStart + 1);
  }

  /** A processing instruction or the XML declaration. */
  private pi(i: number, cap: number): number {
    const s = this.buf;
    const from = this.waitTok === this.base + i ? this.resume - this.base : i;
    const end = s.indexOf('?>', Math.max(i + 2, from - 1));
    if (end < 0 || end + 1 >= cap) return MORE;
    const n = nameEnd(s, i + 2, end);
    if (n === i + 2) return this.fatalAt('processing instruction without a target', i + 2);
    if (n < end && !isSpace(s.charCodeAt(n))) return this.fatalAt('expected whitespace after the PI target', n);
    const target = s.slice(i + 2, n);
    if (target.toLowerCase() === 'xml') {
      if (this.base + i !== 0 || target !== 'xml')
        return this.fatalAt('the XML declaration is allowed only at the start of the document', end + 1);
      if (!XML_DECL.test(s.slice(n, end))) return this.fatalAt('malformed XML declaration', end + 1);
    }
    return end + 2;
  }
}

const XML_DECL =
  /^\s+version\s*=\s*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:\s+encoding\s*=\s*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:\s+standalone\s*=\s*(?:"(?:yes|no)"|'(?:yes|no)'))?\s*$/;
