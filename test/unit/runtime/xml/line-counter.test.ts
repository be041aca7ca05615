/**
 * LineCounter: the 1-based line of a stream offset and where that line starts (so the column is
 * `abs - lineStart + 1`), counted forward from the last counted position. A line ends at LF and,
 * once the input has held a CR, at CRLF (one break) or a lone CR (XML 1.0 §2.11); offsets are
 * stream offsets, the buffer `s` holding the text from `base` on; `newBuffer` is called when the
 * buffer grows.
 */
import { describe, expect, it } from 'vitest';
import { LineCounter } from '../../../../runtime/xml/line-counter.js';

/** Line and column of `abs` after counting to it. */
function at(lc: LineCounter, s: string, base: number, abs: number): [number, number] {
  lc.countTo(s, base, abs);
  return [lc.line, abs - lc.lineStart + 1];
}

/** Line and column of `abs` in `s` by XML 1.0 line ends, counted from scratch. */
function expected(s: string, abs: number): [number, number] {
  let line = 1;
  let start = 0;
  for (let k = 0; k < abs; k++) {
    const c = s[k];
    if (c === '\n' || (c === '\r' && s[k + 1] !== '\n')) {
      line++;
      start = k + 1;
    }
  }
  return [line, abs - start + 1];
}

describe('LineCounter without CRs', () => {
  it('starts on line 1 at offset 0', () => {
    const lc = new LineCounter();
    expect(lc.line).toBe(1);
    expect(lc.lineStart).toBe(0);
    expect(lc.hasCR).toBe(false);
    expect(at(lc, 'abc', 0, 0)).toEqual([1, 1]);
  });

  it('puts a line feed at the end of its line and the next character on the next line', () => {
    const s = 'ab\ncd\n\nef';
    const lc = new LineCounter();
    expect(at(lc, s, 0, 1)).toEqual([1, 2]);
    expect(at(lc, s, 0, 2)).toEqual([1, 3]); // the LF itself
    expect(at(lc, s, 0, 3)).toEqual([2, 1]);
    expect(at(lc, s, 0, 4)).toEqual([2, 2]);
    expect(at(lc, s, 0, 6)).toEqual([3, 1]); // the empty line
    expect(at(lc, s, 0, 7)).toEqual([4, 1]);
    expect(at(lc, s, 0, 9)).toEqual([4, 3]);
  });

  it('counts several line feeds in one step', () => {
    const s = 'a\nb\nc\nd\ne';
    const lc = new LineCounter();
    expect(at(lc, s, 0, 8)).toEqual([5, 1]);
    expect(lc.lineStart).toBe(8);
  });

  it('counts each position once whatever the steps', () => {
    const s = 'x\ny\n\nzz\nw';
    for (let step = 1; step <= s.length; step++) {
      const lc = new LineCounter();
      for (let abs = 0; abs <= s.length; abs += step) expect(at(lc, s, 0, abs)).toEqual(expected(s, abs));
      expect(at(lc, s, 0, s.length)).toEqual(expected(s, s.length));
    }
  });

  it('ignores a position before the last one counted', () => {
    const s = 'a\nb\nc';
    const lc = new LineCounter();
    expect(at(lc, s, 0, 4)).toEqual([3, 1]);
    lc.countTo(s, 0, 1);
    expect([lc.line, lc.lineStart]).toEqual([3, 4]);
    expect(at(lc, s, 0, 5)).toEqual([3, 2]);
  });

  it('takes a line break in a grown buffer once newBuffer is called', () => {
    const lc = new LineCounter();
    expect(at(lc, 'ab', 0, 2)).toEqual([1, 3]); // no LF buffered yet
    lc.newBuffer();
    expect(at(lc, 'ab\ncd', 0, 5)).toEqual([2, 3]);
  });

  it('follows stream offsets when the buffer drops what was counted', () => {
    const lc = new LineCounter();
    expect(at(lc, 'a\nbc', 0, 3)).toEqual([2, 2]);
    // the buffer now holds the text from stream offset 3 on
    lc.newBuffer();
    expect(at(lc, 'c\nde\nf', 3, 5)).toEqual([3, 1]);
    expect(lc.lineStart).toBe(5);
    expect(at(lc, 'c\nde\nf', 3, 9)).toEqual([4, 2]);
    expect(lc.lineStart).toBe(8);
  });

  it('keeps a line feed found in an earlier buffer', () => {
    const lc = new LineCounter();
    expect(at(lc, 'abc\ndef', 0, 1)).toEqual([1, 2]);
    lc.newBuffer();
    const s = 'bc\ndef\ng'; // from stream offset 1
    expect(at(lc, s, 1, 4)).toEqual([2, 1]);
    expect(at(lc, s, 1, 9)).toEqual([3, 2]);
  });

  it('does not take a CR for a line end before the input has held one', () => {
    const lc = new LineCounter();
    expect(at(lc, 'a\rb', 0, 3)).toEqual([1, 4]);
  });
});

describe('LineCounter once the input has held a CR', () => {
  const crLines = () => {
    const lc = new LineCounter();
    lc.hasCR = true;
    return lc;
  };

  it('ends a line at LF, at CRLF once, and at a lone CR', () => {
    const s = 'a\r\nb\rc\nd\r\re';
    // a0 CR1 LF2 b3 CR4 c5 LF6 d7 CR8 CR9 e10
    const lc = crLines();
    expect(at(lc, s, 0, 2)).toEqual([1, 3]); // between CR and LF: not yet a break
    expect(at(lc, s, 0, 3)).toEqual([2, 1]);
    expect(at(lc, s, 0, 4)).toEqual([2, 2]);
    expect(at(lc, s, 0, 5)).toEqual([3, 1]);
    expect(at(lc, s, 0, 7)).toEqual([4, 1]);
    expect(at(lc, s, 0, 9)).toEqual([5, 1]);
    expect(at(lc, s, 0, 10)).toEqual([6, 1]);
    expect(at(lc, s, 0, 11)).toEqual([6, 2]);
  });

  it('gives the same answer in one step as in many', () => {
    const s = '\r\n\r\rx\n\r\ny\rz\r\n';
    for (let step = 1; step <= s.length; step++) {
      const lc = crLines();
      for (let abs = 0; abs <= s.length; abs += step) expect(at(lc, s, 0, abs)).toEqual(expected(s, abs));
      expect(at(lc, s, 0, s.length)).toEqual(expected(s, s.length));
    }
  });

  it('counts only the characters before the position', () => {
    const lc = crLines();
    expect(at(lc, 'ab\ncd', 0, 2)).toEqual([1, 3]);
    expect(at(lc, 'ab\rcd', 0, 2)).toEqual([1, 3]);
  });

  it('ignores a position before the last one counted', () => {
    const s = 'a\rb\rc\rd';
    const lc = crLines();
    expect(at(lc, s, 0, 6)).toEqual([4, 1]);
    lc.countTo(s, 0, 2);
    expect(lc.line).toBe(4);
    expect(at(lc, s, 0, 7)).toEqual([4, 2]);
  });

  it('reads the buffer from its stream offset', () => {
    const lc = crLines();
    expect(at(lc, 'xy\r\nz', 0, 4)).toEqual([2, 1]);
    lc.newBuffer();
    const s = 'z\rw\nv'; // from stream offset 4
    expect(at(lc, s, 4, 6)).toEqual([3, 1]);
    expect(lc.lineStart).toBe(6);
    expect(at(lc, s, 4, 8)).toEqual([4, 1]);
    expect(lc.lineStart).toBe(8);
    expect(at(lc, s, 4, 9)).toEqual([4, 2]);
  });

  it('switches to CR line ends midway, keeping what was counted', () => {
    const lc = new LineCounter();
    expect(at(lc, 'a\nb', 0, 3)).toEqual([2, 2]);
    lc.hasCR = true;
    lc.newBuffer();
    const s = 'a\nb\rc\r\nd'; // a0 LF1 b2 CR3 c4 CR5 LF6 d7
    expect(at(lc, s, 0, 5)).toEqual([3, 2]);
    expect(at(lc, s, 0, 8)).toEqual([4, 2]);
    expect(lc.lineStart).toBe(7);
  });
});
