// Copied by qspec from runtime/xml/line-counter.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Line numbers for the tokenizer, counted lazily: only when a location is needed (a start tag,
 * an end tag, text the engine reads, an error), from the last counted position forward. Without
 * CRs the next line feed is found with `indexOf` and cached, so a stretch without line breaks
 * costs nothing; once the input has held a CR, a line ends at LF, CRLF or a lone CR.
 *
 * Positions are stream offsets (UTF-16 units from the start of the document); `s` is the text
 * buffered from stream offset `base` on, and must still hold everything after the last counted
 * position.
 *
 * @see XML 1.0 §2.11 (end-of-line handling)
 */
export class LineCounter {
  /** The line (1-based) of the last counted position, and the stream offset where it starts. */
  line = 1;
  lineStart = 0;
  /** The input has held a CR (switches to the character-by-character count). */
  hasCR = false;
  private counted = 0;
  /** Stream offset of the next LF at or after `counted`: -2 not looked up, -1 none buffered. */
  private nl = -2;

  /** The buffer grew: a "no LF buffered" answer must be looked up again. */
  newBuffer(): void {
    if (this.nl === -1) this.nl = -2;
  }

  /** Counts line breaks before stream offset `abs` (at or after the last one counted). */
  countTo(s: string, base: number, abs: number): void {
    if (abs <= this.counted) return;
    if (this.hasCR) {
      for (let k = Math.max(0, this.counted - base); k < abs - base; k++) {
        const c = s.charCodeAt(k);
        if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) {
          this.line++;
          this.lineStart = base + k + 1;
        }
      }
      this.counted = abs;
      this.nl = -2;
      return;
    }
    for (;;) {
      if (this.nl === -2) {
        const k = s.indexOf('\n', Math.max(0, this.counted - base));
        this.nl = k < 0 ? -1 : base + k;
      }
      if (this.nl < 0 || this.nl >= abs) break;
      this.line++;
      this.lineStart = this.nl + 1;
      this.counted = this.nl + 1;
      this.nl = -2;
    }
    this.counted = abs;
  }
}
