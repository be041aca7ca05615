/**
 * The XML scanner's end() (xml-scanner.ts), pinned where the input ends on a complete surrogate
 * pair. U+10000-U+10FFFF are Chars (XML 1.0 §2.2), so such an input is judged by its real error,
 * which is the error xmllint 2.9.14 gives (XML 1.0 §2.1: a well-formed document closes its root
 * element; §2.5, §2.6: a comment or PI must be finished):
 *
 * - `<a>😀`        → "Premature end of data in tag a"   (here: unclosed tag <a>)
 * - `<a/><!-- 😀`  → "Comment not terminated"           (here: unexpected end of input inside markup)
 *
 * A bug these tests found (fixed 2026-12-03): end() judged the last unit again,
 * `firstBadChar(buf, buf.length - 1, true)`, to catch a high surrogate left last; when that unit
 * was the low half of a pair it was read alone, and the input was reported as holding "a character
 * that XML does not allow" (the validator said the same, for string and UTF-8 input).
 * The passing cases pin what the final check must keep doing: a complete document ending in a
 * pair is accepted, and a high surrogate left last is still reported.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { buildXmlTree } from '../../../../runtime/xml/xml-tree-builder.js';
import { scanEvents } from './scanner-events.js';
import { xsdModel } from './xsd-model.js';

const PAIR = '\u{1F600}';
const BAD = 'F XmlSyntax malformed XML: the input holds a character that XML does not allow';

describe('end(): the input ends on a complete surrogate pair', () => {
  it('an unclosed root whose last text is the pair: the unclosed tag, at the last unit', () => {
    expect(scanEvents([`<a>${PAIR}`])).toEqual([
      'S a 1:1',
      `T "${PAIR}" 1:4`,
      'F XmlSyntax malformed XML: unclosed tag <a> 1:5',
    ]);
  });

  it('the same when the pair comes alone in the last chunk', () => {
    expect(scanEvents(['<a>', PAIR])).toEqual([
      'S a 1:1',
      `T "${PAIR}" 1:4`,
      'F XmlSyntax malformed XML: unclosed tag <a> 1:5',
    ]);
  });

  it('after other text: the unclosed tag, at the last unit', () => {
    expect(scanEvents([`<a>x${PAIR}`])).toEqual([
      'S a 1:1',
      `T "x${PAIR}" 1:4`,
      'F XmlSyntax malformed XML: unclosed tag <a> 1:6',
    ]);
  });

  it('an unfinished comment after the root: unfinished markup, not a bad character', () => {
    expect(scanEvents([`<a/><!-- ${PAIR}`])).toEqual([
      'S a 1:1',
      'E 1:1',
      'F XmlSyntax malformed XML: unexpected end of input inside markup 1:11',
    ]);
  });

  it('an unfinished PI inside the root: unfinished markup', () => {
    expect(scanEvents([`<a><?p ${PAIR}`])).toEqual([
      'S a 1:1',
      'F XmlSyntax malformed XML: unexpected end of input inside markup 1:9',
    ]);
  });

  it('an unfinished attribute value: unfinished markup', () => {
    expect(scanEvents([`<a x="${PAIR}`])).toEqual([
      'F XmlSyntax malformed XML: unexpected end of input inside markup 1:8',
    ]);
  });

  it('the tree builder reports the unclosed tag', () => {
    expect(buildXmlTree(`<a>${PAIR}`)).toEqual({
      failure: { code: 'XmlSyntax', message: 'malformed XML: unclosed tag <a>', line: 1, column: 5 },
    });
  });

  it('the validator reports the unclosed tag (string and UTF-8 input)', () => {
    const model = xsdModel('<xs:element name="a" type="xs:string"/>');
    const issue = {
      severity: 'error',
      code: 'XmlSyntax',
      message: 'malformed XML: unclosed tag <a>',
      location: { line: 1, column: 5, path: '/a' },
    };
    expect(validateXml(`<a>${PAIR}`, model).errors).toEqual([issue]);
    expect(validateXml(new TextEncoder().encode(`<a>${PAIR}`), model).errors).toEqual([issue]);
  });
});

describe('end(): what the final character check keeps doing', () => {
  it('a complete document whose text ends on a pair is accepted, whole or cut before the end tag', () => {
    const want = ['S a 1:1', `T "${PAIR}" 1:4`, 'E 1:6'];
    expect(scanEvents([`<a>${PAIR}</a>`])).toEqual(want);
    expect(scanEvents([`<a>${PAIR}`, '</a>'])).toEqual(want);
  });

  it('a high surrogate left last is reported at its own column', () => {
    // `<a>x` then a lone U+D83D: not a Char (§2.2); xmllint: "Char 0xD83D out of allowed range".
    expect(scanEvents(['<a>x\uD83D'])).toEqual(['S a 1:1', 'T "x\\ud83d" 1:4', `${BAD} 1:5`]);
  });

  it('a lone low surrogate after a pair is reported at its own column (the text before it is handed out)', () => {
    expect(scanEvents([`<a>${PAIR}\uDE00</a>`])).toEqual(['S a 1:1', `T "${PAIR}" 1:4`, `${BAD} 1:6`]);
  });
});
