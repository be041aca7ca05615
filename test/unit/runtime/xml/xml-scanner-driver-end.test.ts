/**
 * The tokenizer's driver loop (xml-scanner.ts) fed directly: what end() reports (a high surrogate
 * left last is judged only once the input has ended, text held back for a possible `]]>` or
 * reference is handed out at the end, the "no root element" error, an error found while ending
 * at stream offset 0 is the only one), a surrogate pair cut inside a tag is judged whole, a
 * syntax error in the internal subset is the only error even with a bad character further on,
 * and the public `written` (held chunks included) and `locate()` (1-based line and column).
 *
 * @see XML 1.0 §2.1 (well-formed documents: one root element), §2.2 (characters: a lone
 *      surrogate is not a Char), §2.4 (character data), §2.8 (internal subset), §2.11 (line ends)
 */
import { describe, expect, it } from 'vitest';
import { recordingScanner, scanEvents } from './scanner-events.js';

const BAD = 'F XmlSyntax malformed XML: the input holds a character that XML does not allow';

describe('end(): a high surrogate left last', () => {
  // xmllint: a lone U+D800 is not a Char (§2.2); it is judged only when no low half can follow.
  it('is reported when the input ends, at its own column', () => {
    expect(scanEvents(['<a>', '\uD800'])).toEqual(['S a 1:1', 'T "\\ud800" 1:4', `${BAD} 1:4`]);
  });

  it('is reported after other text in the last chunk', () => {
    const ev = scanEvents(['<a>', 'xy\uD800']);
    expect(ev.at(-1)).toBe(`${BAD} 1:6`);
    expect(ev.filter((e) => e.startsWith('F '))).toHaveLength(1);
  });

  it('is reported in an unfinished comment, not as the end of input', () => {
    expect(scanEvents(['<a><!-- ', '\uD800'])).toEqual(['S a 1:1', `${BAD} 1:9`]);
  });
});

describe('a surrogate pair cut inside a tag', () => {
  it('is judged whole when the tag is finished (the low half is not read alone)', () => {
    // One chunk ends on the low half of a pair inside an attribute value; the next chunk
    // resumes after it. libxml2 accepts `<a><b x="😀"/></a>`.
    expect(scanEvents(['<a>', '<b x="\uD83D\uDE00', '"/></a>'], { attrs: true })).toEqual([
      'S a {} 1:1',
      'S b {"x":"😀"} 1:4',
      'E 1:4',
      'E 1:15',
    ]);
  });

  it('gives the same tokens as the whole document', () => {
    const whole = scanEvents(['<a><b x="\uD83D\uDE00"/></a>'], { attrs: true });
    expect(scanEvents(['<a><b x="\uD83D\uDE00', '"/></a>'], { attrs: true })).toEqual(whole);
  });
});

describe('end(): text held back is handed out', () => {
  it("a trailing ']' is text, and the error is the unclosed element", () => {
    // `<a>x]` : xmllint reports the missing end tag (Premature end of data), not cut markup.
    expect(scanEvents(['<a>x]'], { mergeText: true })).toEqual([
      'S a 1:1',
      'T "x]" 1:4',
      'F XmlSyntax malformed XML: unclosed tag <a> 1:5',
    ]);
  });

  it("text before a bad character is handed out whole (']' included)", () => {
    expect(scanEvents(['<a>x]\u0001'], { mergeText: true })).toEqual(['S a 1:1', 'T "x]" 1:4', `${BAD} 1:6`]);
  });

  it('text stops at a bad character even when markup follows it in the chunk', () => {
    // xmllint: U+0001 is not a Char (§2.2); nothing after it is handed out.
    expect(scanEvents(['<a>x\u0001y</a>'])).toEqual(['S a 1:1', 'T "x" 1:4', `${BAD} 1:5`]);
    expect(scanEvents(['<a>', 'x\u0001y<b/></a>'])).toEqual(['S a 1:1', 'T "x" 1:4', `${BAD} 1:5`]);
  });

  it("a lone ']' as the whole document is one error: text outside the root", () => {
    // xmllint: "Start tag expected, '<' not found" at 1:1.
    expect(scanEvents([']'])).toEqual(['F XmlSyntax malformed XML: text data outside of root node 1:1']);
  });
});

describe('end(): a document without a root element', () => {
  it('empty input', () => {
    // xmllint: "Document is empty".
    expect(scanEvents([''])).toEqual(['F XmlSyntax malformed XML: document must contain a root element 1:1']);
  });

  it('only an XML declaration', () => {
    expect(scanEvents(['<?xml version="1.0"?>'])).toEqual([
      'F XmlSyntax malformed XML: document must contain a root element 1:21',
    ]);
  });
});

describe('a syntax error in the internal subset', () => {
  const only = [
    'D a 1:1',
    'F XmlSyntax malformed XML: unknown markup declaration (expected ELEMENT, ATTLIST, ENTITY or NOTATION) 1:16',
  ];

  it('is the only error, even with a bad character later in the chunk', () => {
    expect(scanEvents(['<!DOCTYPE a [<!FOO>\u0001]><a/>'])).toEqual(only);
  });

  it('is the only error when the subset was cut by a chunk boundary before it', () => {
    expect(scanEvents(['<!DOCTYPE a [', '<!FOO>\u0001]><a/>'])).toEqual(only);
    expect(scanEvents(['<!DOCTYPE a [<!ENTITY x "1">', '<!FOO>\u0001]><a/>'])).toEqual([
      'D a 1:1',
      'N x 1:14',
      'F XmlSyntax malformed XML: unknown markup declaration (expected ELEMENT, ATTLIST, ENTITY or NOTATION) 1:31',
    ]);
  });
});

describe('written and locate()', () => {
  it('written counts the chunks held while a comment is open', () => {
    const { scanner } = recordingScanner();
    scanner.write('<a><!--');
    expect(scanner.written).toBe(7);
    scanner.write('abc');
    expect(scanner.written).toBe(10);
    scanner.write('def');
    expect(scanner.written).toBe(13);
    scanner.write('-->');
    expect(scanner.written).toBe(16);
  });

  it('locate() gives the 1-based line and column of a stream offset', () => {
    const { scanner } = recordingScanner();
    scanner.write('<a>\n\n  xyz');
    expect(scanner.locate(1)).toEqual({ line: 1, column: 2 });
    expect(scanner.locate(4)).toEqual({ line: 2, column: 1 });
    expect(scanner.locate(6)).toEqual({ line: 3, column: 2 });
    expect(scanner.locate(9)).toEqual({ line: 3, column: 5 });
  });
});
