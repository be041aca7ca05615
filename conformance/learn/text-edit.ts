/**
 * Minimal text edits on a schema file: insert or replace a span at a located offset, applied from
 * the end of the file backwards so earlier offsets stay valid. Everything outside the spans —
 * formatting, comments, declaration order — is kept byte for byte. Also: line:column ↔ offset
 * (IR origins are 1-based line and column) and the indentation of a line.
 */

export interface TextEdit {
  readonly offset: number;
  /** Characters replaced at `offset` (0: a pure insertion). */
  readonly remove: number;
  readonly insert: string;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  // From the end backwards; at one offset the later edit first, so insertions keep their given order.
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => b.e.offset - a.e.offset || b.i - a.i);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, e.offset) + e.insert + out.slice(e.offset + e.remove);
  return out;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.text.length) + column - 1;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }

  /** The leading whitespace of the line holding `offset`. */
  indentAt(offset: number): string {
    const start = this.starts[this.position(offset).line - 1]!;
    let end = start;
    while (end < this.text.length && (this.text[end] === ' ' || this.text[end] === '\t')) end++;
    return this.text.slice(start, end);
  }

  /** The line's end-of-line sequence (`\r\n` when the file uses it). */
  get eol(): string {
    return this.text.includes('\r\n') ? '\r\n' : '\n';
  }
}

/** Escapes a value for a double-quoted XML attribute. */
export function xmlAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
