/**
 * A start tag or internal-subset declaration cut by a chunk boundary and never finished by a '>'
 * (found by the scan-tags and scan-declarations mutation tests, 2026-12-03):
 * - at the end of the input its error is the one the whole input gives (the tag is read once
 *   more from its '<'), wherever the chunks were cut: `<r><a 1` is "invalid attribute name" at
 *   1:7, not "unexpected end of input", also in two chunks or one character at a time;
 * - while the input goes on, it cannot grow past 10 MB (libxml2's limit for one attribute value;
 *   a tag is re-read only when a '>' comes, and the 1 MiB limit of a re-read tag applies then): a
 *   stream of attribute value without a '>' stops with `XmlLimit` at the write that passes 10 MB
 *   instead of being held whole until the end; 2 MB values stream through (xml-scanner.test.ts).
 *
 * The same holds for a declaration of the internal subset (`<!DOCTYPE a [<!ELEMENT 1`: "expected
 * an element name" at 1:24, cut or not).
 *
 * @see XML 1.0 §3.1 (start-tags), §2.8 (internal subset); xml-scanner.ts (every chunking gives the same errors; limits)
 */
import { describe, expect, it } from 'vitest';
import { MAX_SECTION_CHARS } from '../../../../runtime/xml/xml-scanner.js';
import { recordingScanner, scanEvents } from './scanner-events.js';

const recorder = () => recordingScanner({ textWanted: 0 });
const scan = (chunks: readonly string[]) => scanEvents(chunks, { textWanted: 0 });

/** Unfinished start tags whose error is found before the missing '>', with the whole input's error. */
const CASES: readonly [string, string][] = [
  ['<r><a 1', 'F XmlSyntax malformed XML: invalid attribute name 1:7'],
  ['<r><a b="x"c="1"', 'F XmlSyntax malformed XML: expected whitespace before an attribute 1:12'],
  ['<r><a b="1" b="2"', "F XmlSyntax malformed XML: duplicate attribute 'b' 1:17"],
  ['<r>\n<a\n b="<"', "F XmlSyntax malformed XML: '<' is not allowed in an attribute value 3:5"],
  // Nothing wrong before the end: the end of the input, at its last character.
  ['<r><a b', 'F XmlSyntax malformed XML: unexpected end of input inside markup 1:7'],
  ['<r><a b="1" c', 'F XmlSyntax malformed XML: unexpected end of input inside markup 1:13'],
  ['<r><a b="1"', 'F XmlSyntax malformed XML: unexpected end of input inside markup 1:11'],
];

describe('an unfinished start tag at the end of the input', () => {
  for (const [doc, error] of CASES) {
    it(`${JSON.stringify(doc)}: ${error.slice(2)}, however the input is cut`, () => {
      const whole = scan([doc]);
      expect(whole).toEqual(['S r 1:1', error]);
      for (let k = 1; k < doc.length; k++) expect(scan([doc.slice(0, k), doc.slice(k)]), `cut at ${k}`).toEqual(whole);
      expect(scan([...doc])).toEqual(whole);
    });
  }
});

/** Unfinished internal-subset declarations, with the whole input's error. */
const SUBSET_CASES: readonly [string, string][] = [
  ['<!DOCTYPE a [<!ELEMENT 1', 'F XmlSyntax malformed XML: expected an element name 1:24'],
  ['<!DOCTYPE a [<!ENTITY x "1" 2', "F XmlSyntax malformed XML: expected '>' to end the entity declaration 1:29"],
  ['<!DOCTYPE a [%a b', "F XmlSyntax malformed XML: expected ';' after the parameter-entity name 1:16"],
  ['<!DOCTYPE a [<!ATTLIST a b CDATA', 'F XmlSyntax malformed XML: unexpected end of input inside markup 1:32'],
  [
    '<!DOCTYPE a [<!ELEMENT a EMPTY> <!ELEMENT',
    'F XmlSyntax malformed XML: unexpected end of input inside markup 1:41',
  ],
];

describe('an unfinished internal-subset declaration at the end of the input', () => {
  for (const [doc, error] of SUBSET_CASES) {
    it(`${JSON.stringify(doc)}: ${error.slice(2)}, however the input is cut`, () => {
      const whole = scan([doc]);
      expect(whole).toEqual(['D a 1:1', error]);
      for (let k = 1; k < doc.length; k++) expect(scan([doc.slice(0, k), doc.slice(k)]), `cut at ${k}`).toEqual(whole);
      expect(scan([...doc])).toEqual(whole);
    });
  }
});

describe('an unfinished start tag in a stream that goes on', () => {
  const limit = `F XmlLimit a tag or DOCTYPE longer than ${MAX_SECTION_CHARS} characters 1:4`;

  it('stops with XmlLimit at the write that passes 10 MB, not at the end', () => {
    const { scanner, events } = recorder();
    scanner.write('<r><a b="');
    const piece = 'x'.repeat(256 * 1024);
    let writes = 0;
    while (!events.some((e) => e.startsWith('F ')) && writes < 60) {
      scanner.write(piece);
      writes++;
    }
    expect(events).toEqual(['S r 1:1', limit]);
    // From the '<' at offset 3: 6 units of head, then 38 pieces are 9,961,478 units, 39 pass 10 MB.
    expect(writes).toBe(39);
    scanner.end();
    expect(events).toEqual(['S r 1:1', limit]);
  });

  it('holds at exactly 10 MB and is read when its > comes', () => {
    const head = '<r><a b="';
    const fill = 'x'.repeat(MAX_SECTION_CHARS - (head.length - 3));
    expect(scan([head, fill.slice(0, 1000), fill.slice(1000)])).toEqual([
      'S r 1:1',
      'F XmlSyntax malformed XML: unexpected end of input inside markup 1:10000003',
    ]);
    expect(scan([head, fill.slice(0, 1000), fill.slice(1000), '">', '</a></r>'])).toEqual([
      'S r 1:1',
      'S a 1:4',
      'E 1:10000006',
      'E 1:10000010',
    ]);
    expect(scan([head, fill.slice(0, 1000), `${fill.slice(1000)}y`])).toEqual(['S r 1:1', limit]);
  });
});
