// Copied by qspec from runtime/xml/scan-declarations.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The XML tokenizer's `<!` and `<?` markup: comments, CDATA sections, processing instructions
 * and the XML declaration, and the DOCTYPE with its internal subset, read token by token (markup
 * declarations, comments, PIs, parameter-entity references). Entity declarations go to the
 * DOCTYPE handler, which refuses them; nothing is ever expanded or fetched.
 *
 * @see XML 1.0 §2.5 (comments), §2.6 (PIs), §2.7 (CDATA sections), §2.8 (prolog, XML declaration,
 *      DOCTYPE), §4.2 (entity declarations)
 */

import { TagScanner } from './scan-tags.js';
import { MORE, PAUSE, STOP } from './scanner-state.js';
import { isSpace } from './xml-chars.js';
import { BAD, readDoctypeHead } from './xml-doctype.js';
import { type EntityDecl, readMarkupDecl } from './xml-internal-subset.js';
import { nameEnd } from './xml-names.js';

/** Comments, CDATA sections, PIs and the DOCTYPE, on top of the tag reader. */
export class DeclScanner extends TagScanner {
  /** `<!--`, `<![CDATA[` or `<!DOCTYPE`. */
  protected bang(i: number, cap: number): number {
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
  protected comment(i: number, cap: number, from: number): number {
    const s = this.buf;
    const end = s.indexOf('-->', Math.max(i + 4, from - 2));
    if (end < 0 || end + 2 >= cap) return MORE;
    const dd = s.indexOf('--', i + 4);
    if (dd < end) return this.fatalAt("'--' is not allowed inside a comment", dd + 1);
    return end + 3;
  }

  protected cdata(i: number, cap: number, from: number): number {
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
  protected doctype(i: number, cap: number): number {
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
  protected declError(): number {
    const e = this.decl.err!;
    return this.fatalAt(e.message, e.at);
  }

  /**
   * Scans internal-subset tokens from `i` (markup declarations, comments, PIs, parameter-entity
   * references, whitespace) up to the closing `]` S? `>`; returns where it stopped (the index
   * after the DOCTYPE when the subset ended) or STOP.
   */
  protected subset(i: number, cap: number): number {
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
      // Retry a cut token only once its terminator can have arrived (at the end of the input,
      // always: its error must be the one the whole input gives).
      if (!this.ending && this.waitTok === abs && !this.arrived(c === 37, cap)) break;
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
        if (this.tooLong(i, cap, this.ending)) return STOP;
        this.wait(i, cap);
        break;
      }
      i = next;
    }
    return i;
  }

  /** A cut subset token can have been completed: a '>' (or, for `%name;`, a non-name character) came. */
  protected arrived(reference: boolean, cap: number): boolean {
    const s = this.buf;
    const from = Math.max(0, this.resume - this.base);
    const ok = reference ? nameEnd(s, from, cap) < cap : s.indexOf('>', from) >= 0;
    if (!ok) this.resume = this.base + cap;
    return ok;
  }

  protected entityDecl(e: EntityDecl, abs: number): void {
    this.countLines(abs);
    this.onDoctype.entity(e, this.lines.line, abs - this.lines.lineStart + 1);
  }

  /** A processing instruction or the XML declaration. */
  protected pi(i: number, cap: number): number {
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
