// Copied by qspec from runtime/xml/stray-text.ts. Do not edit here: `qspec generate` replaces it.
/**
 * One run of character data in element-only or empty content ("stray text"), gathered across the
 * pieces a streamed input splits it into, so that the `UnexpectedText` issue reports the same
 * `found` text however the input arrives (whole, in bytes, or in chunks of any size). A run is the
 * text between two pieces of markup; the tokenizer hands every piece of one run the run's start
 * location, so a piece with another depth, line or column starts a new run.
 *
 * Bounded: only what the message shows is kept (the run from its first non-blank character, at
 * most 80 characters, and whether non-blank text follows beyond them), so a run of any length costs
 * constant memory. Blank means XML white space (#x20 #x9 #xD #xA).
 *
 * @see XSD 1.1 Part 1 §3.4.4.2 clause 1.2 (element-only content: only white space between
 *      elements); XML 1.0 §2.3 (S); record-value.ts renderFound (the 80-character form)
 */
import { isSpace } from './xml-chars.js';

/** Characters of a `found` value a message shows (record-value.ts renderFound). */
const SHOWN = 80;

export class StrayText {
  /** The run from its first non-blank character, at most SHOWN characters. */
  private head = '';
  /** Whether a non-blank character follows the first SHOWN characters of `head`'s text. */
  private long = false;

  /** A run in the element at `depth`, starting at line:col. */
  constructor(
    readonly depth: number,
    readonly line: number,
    readonly col: number,
  ) {}

  /** Whether a piece at this depth and location belongs to this run. */
  continues(depth: number, line: number, col: number): boolean {
    return this.depth === depth && this.line === line && this.col === col;
  }

  /** Adds the next piece of the run. */
  add(s: string): void {
    let from = 0;
    if (this.head === '') {
      while (from < s.length && isSpace(s.charCodeAt(from))) from++;
      if (from === s.length) return;
    }
    const room = SHOWN - this.head.length;
    if (room > 0) this.head += s.slice(from, from + room);
    if (this.long) return;
    for (let k = from + Math.max(room, 0); k < s.length; k++) {
      if (!isSpace(s.charCodeAt(k))) {
        this.long = true;
        return;
      }
    }
  }

  /**
   * The run's text as a message shows it (trimmed of white space; past 80 characters, the first 77
   * and `...`), or undefined when the run was blank.
   */
  found(): string | undefined {
    const head = this.head;
    if (head === '') return undefined;
    if (this.long) return `${head.slice(0, SHOWN - 3)}...`;
    let end = head.length;
    while (isSpace(head.charCodeAt(end - 1))) end--;
    return head.slice(0, end);
  }
}
