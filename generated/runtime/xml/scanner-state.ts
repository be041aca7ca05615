// Copied by qspec from runtime/xml/scanner-state.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The XML tokenizer's state and the helpers every token reader shares: the unconsumed buffer and
 * its stream offset, the lazy line counter, the cut-token bookkeeping (a token cut by a chunk
 * boundary is retried only once its terminator can have arrived), the element-name stack, and
 * the located fatal errors (`XmlSyntax`, `XmlLimit`) that stop the scan.
 *
 * The scanner is one class split by concept along its inheritance chain (one object, monomorphic
 * calls, no per-character indirection): this state, then tags (scan-tags.ts), then comments,
 * CDATA, PIs and the DOCTYPE (scan-declarations.ts), then the driver loop and character data
 * (xml-scanner.ts).
 *
 * @see XML 1.0 §2.11 (line ends), §4.1 (references)
 */

import { HeldChunks } from './held-chunks.js';
import { LineCounter } from './line-counter.js';
import { DeclCursor } from './xml-doctype.js';
import type { EntityDecl } from './xml-internal-subset.js';
import type { XmlIssueCode } from './xml-issue.js';
import { decodeReferences } from './xml-references.js';
import type { XmlDoctype } from './xml-validate-options.js';

/** What the scanner reports of a DOCTYPE: its head, and each entity declaration of its internal subset. */
export interface DoctypeHandler {
  doctype(doctype: XmlDoctype, line: number, column: number): void;
  entity(decl: EntityDecl, line: number, column: number): void;
}

/**
 * Where the scanner's tokens go: the validating engine (xml-engine.ts) or the located tree
 * builder (xml-tree-builder.ts). Each token is located at its first character (1-based
 * line:column); `stopped` ends the scan after the current token.
 */
export interface XmlTokenSink {
  readonly stopped: boolean;
  /** What the open element needs of the next text: 0 nothing, 1 only whether it is blank, 2 the text. */
  readonly textWanted: 0 | 1 | 2;
  startElement(name: string, attrs: Readonly<Record<string, string>>, line: number, column: number): void;
  text(text: string, line: number, column: number): void;
  endElement(line: number, column: number): void;
  /** A fatal error: recorded, and the sink stops. */
  fatal(code: XmlIssueCode, message: string, line: number, column: number): void;
}

/** markup(): the token is cut by the end of the buffer; wait for more input. */
export const MORE = -1;
/** markup(): the engine stopped, or a syntax error was reported. */
export const STOP = -2;
/** markup(): a DOCTYPE's internal subset is open and its scan paused at `pos` (more input needed). */
export const PAUSE = -3;
/** Longest unfinished tag or DOCTYPE, and comment, CDATA section or PI (see tooLong). */
export const MAX_TAG_CHARS = 1024 * 1024;
export const MAX_SECTION_CHARS = 10_000_000;

/** The scanner state shared by every token reader. */
export class ScannerState {
  /** Unconsumed text; `buf[0]` is at stream offset `base` (UTF-16 units). */
  protected buf = '';
  protected pos = 0;
  protected base = 0;
  protected lines = new LineCounter();
  /** Stream offset of the first non-XML character (-1: none so far); the scan never passes it. */
  protected badAt = -1;
  /** Cached stream offsets of the next '&' and ']]>' (-2 unknown, -1 none in the buffer). */
  protected amp = -2;
  protected cdEnd = -2;
  /** A token cut by the buffer end (stream offset), and where its terminator is to be looked for. */
  protected waitTok = -1;
  protected resume = 0;
  /** Chunks that cannot end the comment, CDATA section or PI cut at `waitTok` (held-chunks.ts). */
  protected held = new HeldChunks();
  protected readonly stack: string[] = [];
  /**
   * Names come from the name table (name-table.ts) instead of a new slice per tag: set by the
   * driver when the engine builds values (typed records, whole trees), whose allocations it
   * saves. Validation alone drops each name at once, and there a slice is the cheaper of the two
   * (6% of a 100 MB validation's time went to the table).
   */
  internNames = false;
  protected depth = 0;
  protected rootSeen = false;
  protected rootDone = false;
  protected doctypeSeen = false;
  /** Inside a DOCTYPE's internal subset (between `[` and `]`). */
  protected inSubset = false;
  /** The scan in progress is the last one (the input has ended): cut tokens are read once more. */
  protected ending = false;
  protected decl = new DeclCursor();
  /** The current text run: open, where it starts, and whether its location is known. */
  protected textOpen = false;
  protected textAbs = 0;
  /** 0 until the run's location is computed (lazily: most runs are never reported). */
  protected textLine = 0;
  protected textCol = 0;
  /** Stream offset up to which the input was consumed when scanning stopped (-1: not stopped). */
  stopAt = -1;

  constructor(
    protected readonly engine: XmlTokenSink,
    protected readonly onDoctype: DoctypeHandler,
  ) {}

  /**
   * Back to the state before the first chunk, for the next document: every field as a new
   * scanner has it (the element-name stack array is emptied, not replaced).
   */
  reset(): void {
    this.buf = '';
    this.pos = 0;
    this.base = 0;
    this.lines = new LineCounter();
    this.badAt = -1;
    this.amp = -2;
    this.cdEnd = -2;
    this.waitTok = -1;
    this.resume = 0;
    this.held = new HeldChunks();
    this.stack.length = 0;
    this.depth = 0;
    this.rootSeen = false;
    this.rootDone = false;
    this.doctypeSeen = false;
    this.inSubset = false;
    this.ending = false;
    this.decl = new DeclCursor();
    this.textOpen = false;
    this.textAbs = 0;
    this.textLine = 0;
    this.textCol = 0;
    this.stopAt = -1;
  }

  /** Remembers the cut token at `i`, to be retried once its terminator can have arrived. */
  protected wait(i: number, cap: number): void {
    this.waitTok = this.base + i;
    this.resume = this.base + Math.max(i, cap - 2);
  }

  /**
   * An unfinished token past its size limit stops the scan with `XmlLimit` (true): 10 MB for
   * comments, CDATA and PIs (libxml2's default limit for one text node), 1 MiB for tags and the
   * DOCTYPE, which are re-read from their start when a chunk brings a '>' (so a hostile endless
   * tag costs bounded work, not time quadratic in its length). A tag or DOCTYPE that is not
   * re-read (`unread`: no '>' has come for it yet, or the input has ended and it is read once
   * more) has the 10 MB limit: memory stays bounded, and a long attribute value (libxml2 allows
   * 10 MB) still streams through. Which limit an unfinished tag meets thus depends on how it
   * arrived; the document is not well-formed either way.
   */
  protected tooLong(i: number, cap: number, unread = false): boolean {
    const s = this.buf;
    const c1 = s.charCodeAt(i + 1);
    const reread = c1 !== 63 && !(c1 === 33 && s.charCodeAt(i + 2) !== 68);
    const limit = reread && !unread ? MAX_TAG_CHARS : MAX_SECTION_CHARS;
    if (cap - i <= limit) return false;
    const abs = this.base + i;
    this.countLines(abs);
    const what = this.unfinishedWhat(s.charCodeAt(i), c1, s.charCodeAt(i + 2));
    this.engine.fatal(
      'XmlLimit',
      `${what} longer than ${limit} characters`,
      this.lines.line,
      abs - this.lines.lineStart + 1,
    );
    this.stopAt = this.base + cap;
    return true;
  }

  /** What an unfinished token is, from its first three units, for the limit's message. */
  private unfinishedWhat(c0: number, c1: number, c2: number): string {
    if (c0 === 37) return 'a parameter-entity reference';
    if (c1 === 63 || (c1 === 33 && (c2 === 45 || c2 === 91))) return 'a comment, CDATA section or PI';
    // `<!ELEMENT`, `<!ATTLIST`, `<!ENTITY`, `<!NOTATION` (in the internal subset).
    if (c1 === 33 && c2 !== 68) return 'a markup declaration';
    return 'a tag or DOCTYPE';
  }

  protected countLines(abs: number): void {
    this.lines.countTo(this.buf, this.base, abs);
  }

  /** A syntax error after consuming up to stream offset `after` (the offending character is the one before it). */
  protected fatalAfter(message: string, after: number): void {
    this.countLines(after);
    this.engine.fatal(
      'XmlSyntax',
      `malformed XML: ${message}`,
      this.lines.line,
      Math.max(1, after - this.lines.lineStart),
    );
    this.stopAt = after;
  }

  protected fatalAt(message: string, i: number): number {
    this.fatalAfter(message, this.base + Math.min(i, this.buf.length - 1) + 1);
    return STOP;
  }

  /** References decoded in [from, to) (see xml-references.ts); null after reporting a syntax error. */
  protected decode(from: number, to: number, attr: boolean): string | null {
    const r = decodeReferences(this.buf, from, to, attr, this.lines.hasCR);
    if (typeof r === 'string') return r;
    this.fatalAt(r.message, r.at);
    return null;
  }
}
