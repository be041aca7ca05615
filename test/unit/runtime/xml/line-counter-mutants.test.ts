/**
 * LineCounter edges the main tests leave open: a line feed at stream offset 0, a lone CR ending
 * a line once the input has held a CR (and not before), and a count back to an earlier position
 * followed by a count forward, which must not count a line break twice.
 *
 * @see XML 1.0 §2.11 (end-of-line handling: CRLF and a lone CR are each one line end)
 */
import { describe, expect, it } from 'vitest';
import { LineCounter } from '../../../../runtime/xml/line-counter.js';

/** Line and column of `abs` after counting to it. */
function at(lc: LineCounter, s: string, base: number, abs: number): [number, number] {
  lc.countTo(s, base, abs);
  return [lc.line, abs - lc.lineStart + 1];
}

describe('a line feed at the very start', () => {
  it('ends line 1 at offset 0', () => {
    const lc = new LineCounter();
    expect(at(lc, '\nab', 0, 1)).toEqual([2, 1]);
    expect(at(lc, '\nab', 0, 3)).toEqual([2, 3]);
  });

  it('is counted in one step with the ones after it', () => {
    const lc = new LineCounter();
    expect(at(lc, '\n\na\nb', 0, 5)).toEqual([4, 2]);
  });
});

describe('a lone CR once the input has held a CR', () => {
  it('ends a line', () => {
    const lc = new LineCounter();
    lc.hasCR = true;
    expect(at(lc, 'ab\rcd', 0, 3)).toEqual([2, 1]);
    expect(lc.lineStart).toBe(3);
    expect(at(lc, 'ab\rcd', 0, 5)).toEqual([2, 3]);
  });

  it('ends a line in a stretch without line feeds', () => {
    const lc = new LineCounter();
    lc.hasCR = true;
    expect(at(lc, 'a\r\rb\r', 0, 5)).toEqual([4, 1]);
  });

  it('is one line end with a following LF', () => {
    const lc = new LineCounter();
    lc.hasCR = true;
    expect(at(lc, 'a\r\nb\r\nc', 0, 6)).toEqual([3, 1]);
  });
});

describe('counting back, then forward again', () => {
  it('counts each CR once', () => {
    const s = 'a\rb\rc\rd\re';
    const lc = new LineCounter();
    lc.hasCR = true;
    expect(at(lc, s, 0, 4)).toEqual([3, 1]);
    lc.countTo(s, 0, 0);
    expect([lc.line, lc.lineStart]).toEqual([3, 4]);
    expect(at(lc, s, 0, 9)).toEqual([5, 2]);
  });

  it('counts each LF once', () => {
    const s = 'a\nb\nc\nd';
    const lc = new LineCounter();
    expect(at(lc, s, 0, 4)).toEqual([3, 1]);
    lc.countTo(s, 0, 1);
    lc.newBuffer();
    expect(at(lc, s, 0, 7)).toEqual([4, 2]);
  });
});
