// Copied by qspec from runtime/xml/held-chunks.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Chunks held back while a comment, CDATA section or PI is cut by the end of the scanner's buffer
 * and cannot end in them: the scanner joins them once, when the section's terminator can have
 * arrived, instead of appending each chunk to its buffer and searching it again (which copied the
 * whole unfinished section per chunk: time quadratic in a long comment or CDATA section).
 *
 * @see XML 1.0 §2.5 (comments), §2.6 (PIs), §2.7 (CDATA sections)
 */
import { firstBadChar } from './xml-chars.js';

/** The terminator of the comment, CDATA section or PI starting at `buf[pos]`; undefined for other markup. */
export function sectionTerminator(buf: string, pos: number): string | undefined {
  if (buf.startsWith('<!--', pos)) return '-->';
  if (buf.startsWith('<![CDATA[', pos)) return ']]>';
  if (buf.startsWith('<?', pos)) return '?>';
  return undefined;
}

export class HeldChunks {
  private chunks: string[] = [];
  /** UTF-16 units held. */
  length = 0;
  /** The last units seen (held or buffered), enough to find a terminator cut by a chunk boundary. */
  private tail = '';

  /**
   * Holds `chunk` if the section ending in `term` cannot end in it (its terminator is not in the
   * last units of `buffered` or the held chunks plus `chunk`), it holds only XML characters (a
   * low surrogate first, whose high half came before, is judged once joined), and the section
   * stays within `room` units; otherwise holds nothing and returns false.
   */
  hold(chunk: string, term: string, buffered: string, room: number): boolean {
    if (this.length + chunk.length > room) return false;
    const keep = term.length - 1;
    const seen = (this.length > 0 ? this.tail : buffered.slice(-keep)) + chunk;
    if (seen.indexOf(term) >= 0 || firstBadChar(chunk, 0, false) >= 0) return false;
    this.chunks.push(chunk);
    this.length += chunk.length;
    this.tail = seen.slice(-keep);
    return true;
  }

  /** The held chunks joined, followed by `chunk`; the hold is empty afterwards. */
  take(chunk = ''): string {
    const all = this.chunks.join('') + chunk;
    this.chunks = [];
    this.length = 0;
    return all;
  }
}
