/**
 * Chunks held back while a comment, CDATA section or PI is unfinished (held-chunks.ts): which
 * markup qualifies, which chunks may be held (none that can end the section, bring a non-XML
 * character or the low half of a surrogate pair, or pass the size room), and that taking them
 * back gives exactly the input. The scanner-level behaviour is in xml-comments.test.ts and the
 * linear-time tests of xml-scanner.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { HeldChunks, sectionTerminator } from '../../../../runtime/xml/held-chunks.js';

describe('sectionTerminator', () => {
  it.each([
    ['<!-- c', 0, '-->'],
    ['<![CDATA[x', 0, ']]>'],
    ['<?pi x', 0, '?>'],
    ['<?xml version="1.0"', 0, '?>'],
    ['ab<!--', 2, '-->'],
    ['<!DOCTYPE x', 0, undefined],
    ['<a b="c"', 0, undefined],
    ['</a', 0, undefined],
    ['<!-', 0, undefined],
    ['<![CDATA', 0, undefined],
    ['x<!--', 0, undefined],
  ])('%j at %i → %j', (buf, pos, term) => {
    expect(sectionTerminator(buf, pos)).toBe(term);
  });
});

describe('HeldChunks', () => {
  it('holds chunks that cannot end the section and gives them back joined, in order, once', () => {
    const h = new HeldChunks();
    expect(h.hold('abc', '-->', '<!-- ', 100)).toBe(true);
    expect(h.hold('def', '-->', '<!-- ', 100)).toBe(true);
    expect(h.length).toBe(6);
    expect(h.take('-->')).toBe('abcdef-->');
    expect(h.length).toBe(0);
    expect(h.take('x')).toBe('x');
    expect(h.take()).toBe('');
  });

  it('does not hold a chunk holding the terminator', () => {
    const h = new HeldChunks();
    expect(h.hold('a-->b', '-->', '<!-- ', 100)).toBe(false);
    expect(h.hold('a]]>b', ']]>', '<![CDATA[', 100)).toBe(false);
    expect(h.hold('a?>b', '?>', '<?p ', 100)).toBe(false);
    expect(h.length).toBe(0);
  });

  it('does not hold a chunk completing a terminator cut by the boundary with the buffer', () => {
    const h = new HeldChunks();
    expect(h.hold('->', '-->', '<!-- a-', 100)).toBe(false);
    expect(h.hold('>', '-->', '<!-- a--', 100)).toBe(false);
    expect(h.hold('>', '?>', '<?p ?', 100)).toBe(false);
    expect(h.hold('>', '-->', '<!-- a-', 100)).toBe(true);
  });

  it('does not hold a chunk completing a terminator cut by the boundary with a held chunk', () => {
    const h = new HeldChunks();
    expect(h.hold('a-', '-->', '<!-- ', 100)).toBe(true);
    expect(h.hold('-', '-->', '<!-- ', 100)).toBe(true);
    expect(h.hold('>', '-->', '<!-- ', 100)).toBe(false);
    expect(h.take('>')).toBe('a-->');
  });

  it('looks only at the last units of the buffer, not at a terminator earlier in it', () => {
    const h = new HeldChunks();
    expect(h.hold('x', '-->', '<!-- --> <!-- ', 100)).toBe(true);
  });

  it('does not hold a chunk with a character XML does not allow, or starting with a low surrogate', () => {
    const h = new HeldChunks();
    expect(h.hold('a\u0001b', '-->', '<!-- ', 100)).toBe(false);
    expect(h.hold('a\uFFFEb', '-->', '<!-- ', 100)).toBe(false);
    expect(h.hold('\uDE00x', '-->', '<!-- \uD83D', 100)).toBe(false);
    expect(h.hold('a\uD83D\uDE00', '-->', '<!-- ', 100)).toBe(true);
    expect(h.hold('a\uD83D', '-->', '<!-- ', 100)).toBe(true);
  });

  it('holds at most `room` units in all', () => {
    const h = new HeldChunks();
    expect(h.hold('abcd', '-->', '<!-- ', 6)).toBe(true);
    expect(h.hold('ef', '-->', '<!-- ', 6)).toBe(true);
    expect(h.hold('g', '-->', '<!-- ', 6)).toBe(false);
    expect(h.take()).toBe('abcdef');
  });
});
