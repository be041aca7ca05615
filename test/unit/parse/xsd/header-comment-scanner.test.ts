/**
 * The header comment scanner (generator/parse/xsd/read-header-comment.ts) over the forms XML 1.0
 * allows around the root start tag: §2.8 (prolog: XML declaration, comments, white space before
 * the root; a DOCTYPE's internal subset holds DTD markup, not document comments), §3.1 (start
 * tags: `S` before each attribute, `Eq ::= S? '=' S?`, either quote, `S?` before `>` or `/>`;
 * an empty-element tag has no content, so nothing after it is "inside" the root), §2.5 (an empty
 * comment `<!---->` is a comment with no text). The header is the comments before the root, or,
 * when there are none, those that open the root's content; blank ones do not count.
 */
import { describe, expect, it } from 'vitest';
import { readHeaderComment } from '../../../../generator/parse/xsd/read-header-comment.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

describe('the root start tag, as XML 1.0 §3.1 allows it to be written', () => {
  const cases: [string, string][] = [
    ['white space (a newline) between the XML declaration and the root', `<?xml version="1.0"?>\n<xs:schema ${XS}>`],
    ['several spaces and a newline before an attribute', `<xs:schema\n    ${XS}\n    id="s">`],
    ['a space before "="', `<xs:schema ${XS} id ="s">`],
    ['a space after "="', `<xs:schema ${XS} id= "s">`],
    ['a single-quoted value of several characters', `<xs:schema ${XS} id='sx'>`],
    ['a single-quoted value of one character', `<xs:schema ${XS} id='s'>`],
    ['a double quote inside a single-quoted value', `<xs:schema ${XS} version='a"b'>`],
    ['white space before ">"', `<xs:schema ${XS} >`],
    ['a newline before ">"', `<xs:schema ${XS}\n>`],
  ];
  for (const [what, start] of cases) {
    it(`${what}: the comment opening the content is the header`, () => {
      expect(readHeaderComment(`${start}\n  <!-- Header -->\n  <xs:element name="a"/>\n</xs:schema>`)).toBe('Header');
    });
  }
});

describe('comments that are not the header', () => {
  it('a comment after a self-closing root is not in the root', () => {
    expect(readHeaderComment(`<xs:schema ${XS}/>\n<!-- trailing -->`)).toBeUndefined();
  });

  it('a self-closing root with white space before "/>", then a comment', () => {
    expect(readHeaderComment(`<xs:schema ${XS} />\n<!-- trailing -->`)).toBeUndefined();
  });

  it("a comment inside the DOCTYPE's internal subset is DTD markup, not the header", () => {
    // The root start tag is padded so that its length equals the offset of that comment.
    const doctype = '<!DOCTYPE a [<!-- dtd -->]>';
    const padding = ' '.repeat('<!DOCTYPE a ['.length - '<a>'.length);
    expect(readHeaderComment(`${doctype}${padding}<a></a>`)).toBeUndefined();
  });

  it('an empty comment before the root is not a header, and does not hide the next one', () => {
    expect(readHeaderComment(`<!---->\n<!-- one -->\n<xs:schema ${XS}/>`)).toBe('one');
  });

  it('only an empty comment, or one of blank lines: no header', () => {
    expect(readHeaderComment(`<!---->\n<xs:schema ${XS}/>`)).toBeUndefined();
    expect(readHeaderComment(`<!--\n\n   \n-->\n<xs:schema ${XS}/>`)).toBeUndefined();
  });

  it('an empty comment opening the content is skipped too', () => {
    expect(readHeaderComment(`<xs:schema ${XS}><!----><!-- two --></xs:schema>`)).toBe('two');
  });
});

describe('the text of a header comment', () => {
  it('a U+FEFF inside a comment is text, not a byte order mark', () => {
    expect(readHeaderComment(`<!-- a\uFEFFb -->\n<xs:schema ${XS}/>`)).toBe('a\uFEFFb');
  });

  it('a byte order mark before the first comment is dropped', () => {
    expect(readHeaderComment(`\uFEFF<!-- a\uFEFFb -->\n<xs:schema ${XS}/>`)).toBe('a\uFEFFb');
  });

  it('blank first and last lines are dropped, blank inner lines kept, each line trimmed', () => {
    expect(readHeaderComment(`<!--\n\n  one  \n\n  two\r\n\n-->\n<xs:schema ${XS}/>`)).toBe('one\n\ntwo');
  });
});
