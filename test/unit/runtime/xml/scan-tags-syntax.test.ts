/**
 * Start and end tags in the tokenizer (scan-tags.ts), through the public well-formedness check
 * and through the scanner fed directly at every two-chunk split point:
 * - S and Eq around attributes: whitespace is allowed before and after '=' (also cut by a chunk
 *   boundary right after it), and the attribute values are those of §3.3.3;
 * - ETag `'</' Name S? '>'`: whitespace before '>' is allowed, anything else after the name
 *   (or another name) is a mismatch (WFC: Element Type Match), located at the end tag's '>';
 * - the one-root rule after a self-closing root and after an end tag (§2.1 `document`);
 * - the exact message and line:column of each violation ('/' not followed by '>', an attribute
 *   name that is not a Name, no whitespace before an attribute, a second root element);
 * - a character XML does not allow inside an end tag is reported as such, not as a mismatch.
 * Verdicts (well-formed or not) agree with libxml2 2.9.14 (`xmllint --noout`).
 *
 * @see XML 1.0 §2.1 (document), §2.3 (S, Name), §3.1 (STag, Attribute, Eq, ETag, EmptyElemTag;
 *      WFC: Element Type Match), §3.3.3 (attribute-value normalization), §2.2 (Char)
 */
import { describe, expect, it } from 'vitest';
import { checkWellFormed } from '../../../../runtime/xml/well-formed.js';
import { scanEvents } from './scanner-events.js';

/** The scanner's token calls for the document written in the given chunks, then end(). */
const tokens = (chunks: readonly string[]) => scanEvents(chunks, { attrs: true, mergeText: true });

/** Every cut of `doc` into two chunks gives the tokens of the whole document; returns them. */
function sameOnEverySplit(doc: string): string[] {
  const whole = tokens([doc]);
  for (let k = 1; k < doc.length; k++) {
    expect(tokens([doc.slice(0, k), doc.slice(k)]), `cut at ${k}`).toEqual(whole);
  }
  return whole;
}

/** The one error of a malformed document: message and line:column. */
function syntaxError(doc: string): string {
  const r = checkWellFormed(doc);
  expect(r.valid).toBe(false);
  expect(r.errors).toHaveLength(1);
  const e = r.errors[0]!;
  return `${e.code} ${e.message} ${e.location?.line}:${e.location?.column}`;
}

describe('whitespace around = in an attribute (Eq ::= S? = S?)', () => {
  it.each([
    ['<a b ="1"/>', { b: '1' }],
    ['<a b= "1"/>', { b: '1' }],
    ['<a b = "1"\tc\n=\r\n\'2\'/>', { b: '1', c: '2' }],
    ['<a b\t\t=\n\n"x y" c=\'3\'></a>', { b: 'x y', c: '3' }],
  ])('%j is well-formed, with its attributes, on every chunk split', (doc, attrs) => {
    expect(checkWellFormed(doc)).toMatchObject({ valid: true, errors: [] });
    const events = sameOnEverySplit(doc);
    expect(events[0]).toBe(`S a ${JSON.stringify(attrs)} 1:1`);
    expect(events.filter((e) => e.startsWith('F'))).toEqual([]);
  });
});

describe('end tags (ETag ::= </ Name S? >)', () => {
  it.each(['<a></a >', '<a>x</a\t\n>', '<a>\n x</a \r\n >', '<r><b>t</b  ></r>'])(
    '%j: whitespace before the > is allowed, on every chunk split',
    (doc) => {
      expect(checkWellFormed(doc)).toMatchObject({ valid: true, errors: [] });
      const events = sameOnEverySplit(doc);
      expect(events.filter((e) => e.startsWith('F'))).toEqual([]);
      expect(events.filter((e) => e.startsWith('S')).length).toBe(events.filter((e) => e.startsWith('E')).length);
    },
  );

  it('locates each end tag at its <', () => {
    expect(sameOnEverySplit('<r>\n  <b>t</b  >\n</r >')).toEqual([
      'S r {} 1:1',
      'T "\\n  " 1:4',
      'S b {} 2:3',
      'T "t" 2:6',
      'E 2:7',
      'T "\\n" 2:13',
      'E 3:1',
    ]);
  });

  it.each([
    ['another name, right after the start tag', '<a></b>', '1:7'],
    ['another name of the same length after text', '<a>x</b>', '1:8'],
    ['a longer name that starts with the open one', '<a>x</ab>', '1:9'],
    ['a shorter name that the open one starts with', '<ab>x</a>', '1:9'],
    ['a name followed by more than whitespace', '<a>x</a b>', '1:10'],
    ['the open name after whitespace', '<a>x</ a>', '1:9'],
    ['another name on the second line', '<r>\n<a>x</b >\n</r>', '2:9'],
  ])('a mismatch (%s) is reported at the end tag\'s ">"', (_what, doc, at) => {
    const open = doc.includes('<ab>') ? 'ab' : 'a';
    expect(syntaxError(doc)).toBe(`XmlSyntax malformed XML: unexpected close tag; expected </${open}> ${at}`);
    expect(sameOnEverySplit(doc).at(-1)).toBe(
      `F XmlSyntax malformed XML: unexpected close tag; expected </${open}> ${at}`,
    );
  });

  it('a character XML does not allow inside an end tag is reported as that character', () => {
    // xmllint: not well-formed. The end tag is cut at the bad character, so it is never matched.
    const msg = 'XmlSyntax malformed XML: the input holds a character that XML does not allow 1:7';
    expect(syntaxError('<a></a\u0001>')).toBe(msg);
    expect(sameOnEverySplit('<a></a\u0001>').at(-1)).toBe(`F ${msg}`);
    expect(syntaxError('<a>x</a \u0002 >')).toBe(msg.replace('1:7', '1:9'));
  });
});

describe('one root element (document ::= prolog element Misc*)', () => {
  it.each([
    ['after a self-closing root', '<a/><b/>', '1:8'],
    ['after a self-closing root and whitespace', '<a/>\n  <b></b>', '2:5'],
    ['after a self-closing root with attributes', '<a x="1"/><a/>', '1:14'],
    ['after an end tag', '<a></a><b/>', '1:11'],
    ['after an end tag and a comment', '<a>t</a><!--c--><a>', '1:19'],
  ])('a second root element %s is reported at the end of its start tag', (_what, doc, at) => {
    expect(syntaxError(doc)).toBe(`XmlSyntax malformed XML: more than one root element ${at}`);
    const events = sameOnEverySplit(doc);
    expect(events.at(-1)).toBe(`F XmlSyntax malformed XML: more than one root element ${at}`);
    // The second root is never handed to the engine.
    expect(events.filter((e) => e.startsWith('S'))).toHaveLength(1);
  });

  it.each([
    ['before any root', '</>', '1:3'],
    ['after a self-closing root', '<a/></>', '1:7'],
    ['after an end tag', '<a></a></>', '1:10'],
    ["after a self-closing root, with the root's name", '<a/></a>', '1:8'],
  ])('an end tag %s is reported as closing nothing, also when its name is empty (%j)', (_what, doc, at) => {
    // With no element open the expected name is '', so `</>` must not pass the quick `</name>` match.
    const message = `XmlSyntax malformed XML: unexpected close tag (no element is open) ${at}`;
    expect(syntaxError(doc)).toBe(message);
    expect(sameOnEverySplit(doc).at(-1)).toBe(`F ${message}`);
  });

  it('a self-closing root followed by comments, PIs and whitespace is well-formed', () => {
    expect(checkWellFormed('<a/>\n<!-- c --><?p x?>\n')).toMatchObject({ valid: true, errors: [] });
  });
});

describe('start-tag errors: exact message and location', () => {
  it.each([
    ["'/' not followed by '>'", '<a/x>', "expected '>' after '/' in a tag", '1:4'],
    ["'/' then whitespace", '<r><a / ></r>', "expected '>' after '/' in a tag", '1:8'],
    ["'/' after an attribute", '<a b="1"/ >', "expected '>' after '/' in a tag", '1:10'],
    ['an attribute name starting with a digit', '<a 1="x"/>', 'invalid attribute name', '1:4'],
    ['an attribute name starting with "-"', '<r>\n <a  -b="x"/></r>', 'invalid attribute name', '2:6'],
    ["'=' right after the element name", '<a="1"/>', 'expected whitespace before an attribute', '1:3'],
    ['a quote right after the element name', '<r><a"1"/></r>', 'expected whitespace before an attribute', '1:6'],
  ])('%s', (_what, doc, message, at) => {
    expect(syntaxError(doc)).toBe(`XmlSyntax malformed XML: ${message} ${at}`);
    expect(sameOnEverySplit(doc).at(-1)).toBe(`F XmlSyntax malformed XML: ${message} ${at}`);
  });
});
