/**
 * The tokenizer fed directly (no driver in front): every split of a document into two or three
 * string chunks gives the tokens, locations and error of the whole document (§2.11 line ends,
 * CR/CRLF cut by a boundary, references and `]]>` in text, surrogate pairs cut inside a tag (the
 * driver never cuts one elsewhere),
 * comments, CDATA sections and PIs cut anywhere); writes after a fatal error do nothing; the
 * 10 MB limit of an unfinished comment holds at exactly the limit and fails one unit past it, at
 * the write that passes it (chunks held while the comment is open do not delay it).
 *
 * @see XML 1.0 §2.2 (characters), §2.5 (comments), §2.11 (end-of-line handling)
 */
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_CHARS } from '../../../../runtime/xml/xml-scanner.js';
import { recordingScanner } from './scanner-events.js';

/** A scanner whose sink records every call (text runs joined, attributes shown). */
const recorder = () => recordingScanner({ attrs: true, mergeText: true });

/**
 * Cuts the driver can make: it never ends a chunk on a high surrogate (it holds that unit for its
 * low half), so those cuts are left out here; the scanner's own handling of a pair cut inside
 * unfinished markup is tested below.
 */
const cuttable = (doc: string, k: number): boolean => {
  const c = doc.charCodeAt(k - 1);
  return !(c >= 0xd800 && c <= 0xdbff);
};

function tokens(chunks: readonly string[]): string[] {
  const { scanner, events } = recorder();
  for (const c of chunks) scanner.write(c);
  scanner.end();
  return events;
}

const DOCS: readonly string[] = [
  '   <a/>',
  ' \n <a>x</a> ',
  ' \n x<a/>',
  '<a>x\r\ny\rz\n</a>',
  '<a>\r\n\r\n<b/>\r</a>',
  '<a b="1\r\n2\r3">x</a>',
  '<a>x &amp; y &lt; z</a>',
  '<a>]]></a>',
  '<a>a]b]]c</a>',
  '  &amp;<a/>',
  '<a>\uD83D\uDE00x\uD83D\uDE00</a>',
  '<a b="\uD83D\uDE00x\uD83D\uDE00"/>',
  '<a b="\uD800\uDC00\uDBFF\uDFFF"/>',
  '<a><!-- \uD83D\uDE00 - --></a>',
  '<a><!-- a -- b --></a>',
  '<a><!-- \u0001 -- --></a>',
  '<a><![CDATA[ \r\n]] ]]></a>',
  '<a><?p \r\n ? ?></a>',
  '<a>\u0001</a>',
  '<a>Stryker was here!</a>',
];

describe('every split of a document into string chunks', () => {
  it.each(DOCS)('%j: two chunks, cut anywhere, scan as the whole', (doc) => {
    const whole = tokens([doc]);
    for (let k = 0; k <= doc.length; k++) {
      if (!cuttable(doc, k)) continue;
      expect(tokens([doc.slice(0, k), doc.slice(k)]), `cut at ${k}`).toEqual(whole);
    }
  });

  it.each(DOCS)('%j: three chunks, cut anywhere, scan as the whole', (doc) => {
    const whole = tokens([doc]);
    for (let j = 0; j <= doc.length; j++) {
      if (!cuttable(doc, j)) continue;
      for (let k = j; k <= doc.length; k++) {
        if (!cuttable(doc, k)) continue;
        expect(tokens([doc.slice(0, j), doc.slice(j, k), doc.slice(k)]), `cuts at ${j}, ${k}`).toEqual(whole);
      }
    }
  });

  it('a CR that starts a chunk still turns the text into line-feed form', () => {
    expect(tokens(['<a>x', '\r\ny</a>'])).toEqual(['S a {} 1:1', 'T "x\\ny" 1:4', 'E 2:2']);
  });

  it('whitespace before the root cut after the first unit is not read as a reference or ]]>', () => {
    expect(tokens([' ', '   <a/>'])).toEqual(['S a {} 1:5', 'E 1:5']);
  });

  it('a surrogate pair cut inside a tag is one character; a lone half is an error', () => {
    expect(tokens(['<a b="\uD83D\uDE00', 'x\uD83D\uDE00"/>'])).toEqual([
      'S a {"b":"\uD83D\uDE00x\uD83D\uDE00"} 1:1',
      'E 1:1',
    ]);
    expect(tokens(['<a b="x\uD800', '\uDC00"/>'])).toEqual(['S a {"b":"x\uD800\uDC00"} 1:1', 'E 1:1']);
    expect(tokens(['<a b="x\uDBFF', '\uDFFF"/>'])).toEqual(['S a {"b":"x\uDBFF\uDFFF"} 1:1', 'E 1:1']);
    const lone = tokens(['<a b="x\uD83D', 'y"/>']);
    expect(lone).toEqual(['F XmlSyntax malformed XML: the input holds a character that XML does not allow 1:8']);
  });
});

describe('after a fatal error', () => {
  it('further writes are ignored, also when the error is at the first unit', () => {
    const { scanner, events } = recorder();
    scanner.write('\u0001');
    scanner.write('<a>');
    scanner.write('</b>');
    scanner.end();
    expect(events).toEqual(['F XmlSyntax malformed XML: the input holds a character that XML does not allow 1:1']);
    expect(scanner.written).toBe(1);
  });

  it('further writes are ignored after text before the root, an error that consumed nothing', () => {
    const { scanner, events } = recorder();
    scanner.write('x');
    scanner.write('<a/>');
    scanner.end();
    expect(events).toEqual(['F XmlSyntax malformed XML: text data outside of root node 1:1']);
  });

  it('further writes are ignored after an error later in the input', () => {
    const { scanner, events } = recorder();
    scanner.write('<a>&bad;');
    const after = scanner.written;
    scanner.write('</b>');
    expect(events.filter((e) => e.startsWith('F '))).toHaveLength(1);
    expect(scanner.written).toBe(after);
  });
});

describe('the size limit of an unfinished comment, fed in chunks', () => {
  const STEP = 1_000_000;
  /** Writes `<a><!--` and then `n` more units of comment text in chunks of at most STEP. */
  function openComment(n: number) {
    const r = recorder();
    r.scanner.write('<a><!--');
    const block = 'x'.repeat(STEP);
    for (let left = n; left > 0; left -= STEP) r.scanner.write(left >= STEP ? block : block.slice(0, left));
    return r;
  }

  it('a comment of exactly the limit is accepted', () => {
    const { scanner, events } = openComment(MAX_SECTION_CHARS - 4);
    expect(events).toEqual(['S a {} 1:1']);
    scanner.write('--></a>');
    scanner.end();
    expect(events).toEqual(['S a {} 1:1', 'E 1:MAX'.replace('MAX', String(MAX_SECTION_CHARS + 7))]);
  });

  it('one unit past the limit fails at the write that passes it, before the end', () => {
    const { events } = openComment(MAX_SECTION_CHARS - 4 + 1);
    expect(events).toEqual([
      'S a {} 1:1',
      `F XmlLimit a comment, CDATA section or PI longer than ${MAX_SECTION_CHARS} characters 1:4`,
    ]);
  });
});
