/**
 * Schema excerpts and sample payloads of a release note (generator/notes/note-excerpts.ts),
 * pinned exactly: XSD complex types with their element children, DTD element declarations (also
 * against the regex the scan replaces, by a seeded fast-check comparison) and the parent → child
 * names of the XML samples, self-closing elements with attributes included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findExcerptTypes, sampleChildren } from '../../../generator/notes/note-excerpts.js';
import { readNoteText } from '../../../generator/notes/note-text.js';

const excerpts = (...lines: string[]) => findExcerptTypes(readNoteText(lines.join('\n')));
const samples = (...lines: string[]) =>
  Object.fromEntries(
    [...sampleChildren(readNoteText(lines.join('\n')))].map(([k, v]) => [
      k,
      { children: [...v.children], line: v.line },
    ]),
  );

describe('XSD excerpts', () => {
  it('a complex type with its element children, from the line after the open tag to the close tag', () => {
    expect(
      excerpts(
        'text',
        '<xs:complexType name="WebAppFindingHistory"> <xs:element name="ignored"/>',
        '  <xs:sequence>',
        '    <xs:element name="scan" type="xs:string"/>',
        '    <element   name="Other.x-y"/>',
        '    <xs:attribute name="attr"/>',
        '  </xs:sequence>',
        '<xs:element name="last"/></xs:complexType>',
        '<xs:element name="after"/>',
        '<complexType\tname="Plain">',
        '</complexType>',
      ),
    ).toEqual([
      { name: 'WebAppFindingHistory', children: ['scan', 'Other.x-y', 'last'], line: 2, source: 'xsd' },
      { name: 'Plain', children: [], line: 10, source: 'xsd' },
    ]);
  });

  it('an unclosed type is left out; a new open tag starts over', () => {
    expect(
      excerpts(
        '<xs:complexType name="A">',
        '<xs:element name="a1"/>',
        '<xs:complexType name="B">',
        '<xs:element name="b1"/>',
        '</xs:complexType>',
        '<xs:complexType name="C">',
        '<xs:element name="c1"/>',
      ),
    ).toEqual([{ name: 'B', children: ['b1'], line: 3, source: 'xsd' }]);
  });

  it('near misses are not open, child or close tags', () => {
    expect(
      excerpts(
        '<xs:complexType name="">',
        '<xx:complexType name="N1">',
        '<xs:complexTypename="N2">',
        '<xs:complexType name="T">',
        '<xs:element name=""/>',
        '<xs:elementname="e1"/>',
        '<xs:element ref="e2"/>',
        "<xs:element name='e3'/>",
        '</xs:complexTyp>',
        '</complexType >',
        '<xs:element name="e4"/>',
        '</complexType>',
      ),
    ).toEqual([{ name: 'T', children: ['e4'], line: 4, source: 'xsd' }]);
  });
});

describe('DTD excerpts', () => {
  it('children of a declaration, without operators, blanks and #PCDATA, with its line', () => {
    expect(
      excerpts(
        'intro',
        '<!ELEMENT WebAppFindingHistory (scan, scanData?, (a | b)*, c+ )>',
        '<!ELEMENT TEXT (#PCDATA)>',
        '<!ELEMENT',
        '  MIXED  (#PCDATA|em|x.y-z)* >',
      ),
    ).toEqual([
      { name: 'WebAppFindingHistory', children: ['scan', 'scanData', 'a', 'b', 'c'], line: 2, source: 'dtd' },
      { name: 'TEXT', children: [], line: 3, source: 'dtd' },
      { name: 'MIXED', children: ['em', 'x.y-z'], line: 4, source: 'dtd' },
    ]);
  });

  it('XSD types come first, then DTD declarations', () => {
    expect(excerpts('<!ELEMENT D (d)>', '<complexType name="X">', '<element name="x"/>', '</complexType>')).toEqual([
      { name: 'X', children: ['x'], line: 2, source: 'xsd' },
      { name: 'D', children: ['d'], line: 1, source: 'dtd' },
    ]);
  });

  it('the content model ends at the last ) before the first > and only *, + or ? and blanks may follow', () => {
    expect(excerpts('<!ELEMENT A (b) (c)>')).toEqual([{ name: 'A', children: ['bc'], line: 1, source: 'dtd' }]);
    expect(excerpts('<!ELEMENT A (b)x>', '<!ELEMENT B (c)**>', '<!ELEMENT C (d)? >')).toEqual([
      { name: 'C', children: ['d'], line: 3, source: 'dtd' },
    ]);
    expect(excerpts('<!ELEMENT A (b', '<!ELEMENT B (c)>')).toEqual([
      { name: 'A', children: ['b<!ELEMENTBc'], line: 1, source: 'dtd' },
    ]);
    expect(excerpts('<!ELEMENT A (b) x', '<!ELEMENT B (c)>')).toEqual([
      { name: 'A', children: ['bx<!ELEMENTBc'], line: 1, source: 'dtd' },
    ]);
    expect(excerpts('<!ELEMENT A (b)')).toEqual([]);
    expect(excerpts('<!ELEMENT A (x>')).toEqual([]);
    expect(excerpts('<!ELEMENT A (b>)')).toEqual([]);
    expect(excerpts('<!ELEMENT A b>', '<!ELEMENT 9 (b)>', '<!ELEMENTA (b)>', '<!ELEMENT A(b)>')).toEqual([]);
  });

  it('agree with the regex the scan replaces', () => {
    const re = /<!ELEMENT\s+([A-Za-z_][\w.-]*)\s+\(([^>]*)\)[*+?]?\s*>/g;
    const parts = ['<!ELEMENT', ' ', 'a', '(', ')', '>', '*', '?', '|', ',', '\n', 'x', '<'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...parts), { maxLength: 18 }).map((a) => a.join('')),
        (text) => {
          const want = [...text.matchAll(re)].map((m) => ({
            name: m[1],
            children: m[2]!
              .split(/[,|]/)
              .map((c) => c.replace(/[()*+?\s]/g, ''))
              .filter((c) => c !== '' && c !== '#PCDATA'),
            line: text.slice(0, m.index).split('\n').length,
            source: 'dtd',
          }));
          expect(findExcerptTypes(readNoteText(text))).toEqual(want);
        },
      ),
      { seed: 20260602, numRuns: 1500 },
    );
  });
});

describe('sample children', () => {
  it('each parent with the children it has anywhere, and the line of its first child', () => {
    expect(
      samples(
        '<?xml version="1.0"?>',
        '<WebAppFindingHistory>',
        '  <scanData><id>1</id></scanData>',
        '  <scanData/>',
        '  <other attr="1">x</other>',
        '</WebAppFindingHistory>',
        '<list><item><id>2</id><name>n</name></item></list>',
      ),
    ).toEqual({
      WebAppFindingHistory: { children: ['scanData', 'other'], line: 3 },
      scanData: { children: ['id'], line: 3 },
      list: { children: ['item'], line: 7 },
      item: { children: ['id', 'name'], line: 7 },
    });
  });

  it('a self-closing element with attributes has no children', () => {
    expect(
      samples(
        '<SCHEDULE>',
        '  <DAILY frequency_days="364" />',
        '  <START_HOUR>10</START_HOUR>',
        '  <WEEKLY days="1/2"/>',
        '  <TIME_ZONE><CODE>IN</CODE></TIME_ZONE>',
        '</SCHEDULE>',
      ),
    ).toEqual({
      SCHEDULE: { children: ['DAILY', 'START_HOUR', 'WEEKLY', 'TIME_ZONE'], line: 2 },
      TIME_ZONE: { children: ['CODE'], line: 5 },
    });
  });

  it('schema words and prefixed names are not sample elements; a same-named child is no child', () => {
    expect(
      samples(
        '<a><element><sequence><all><choice><extension><complexContent><complexType><schema><attribute>',
        '<xs:b><a><c/></a></a>',
      ),
    ).toEqual({ a: { children: ['c'], line: 2 } });
  });

  it('a close tag pops back to its element; an unknown close tag changes nothing', () => {
    expect(samples('<r><a><b></a><c/></x><d/></r><e/>')).toEqual({
      r: { children: ['a', 'c', 'd'], line: 1 },
      a: { children: ['b'], line: 1 },
    });
  });

  it('an XML declaration starts a new sample', () => {
    expect(samples('<r><a>', '<?xml version="1.0"?>', '<b><c/></b>')).toEqual({
      r: { children: ['a'], line: 1 },
      b: { children: ['c'], line: 3 },
    });
  });

  it('damaged tags are skipped', () => {
    expect(samples('<r>', '<9a/>', '< a/>', '<a b>', '<c<d/>', '</r>')).toEqual({
      r: { children: ['a'], line: 4 },
      a: { children: ['d'], line: 5 },
    });
  });
});

describe('excerpt and sample edges', () => {
  it('blanks of any length after complexType and element', () => {
    expect(excerpts('<complexType  name="T">', '<element \t name="e"/>', '</complexType>')).toEqual([
      { name: 'T', children: ['e'], line: 1, source: 'xsd' },
    ]);
  });

  it('DTD names may start with a lower-case letter or _ and hold . and -; empty and + models', () => {
    expect(excerpts('<!ELEMENT _x (a)>', '<!ELEMENT a.b-c (x)>', '<!ELEMENT E ()>', '<!ELEMENT P (p)+>')).toEqual([
      { name: '_x', children: ['a'], line: 1, source: 'dtd' },
      { name: 'a.b-c', children: ['x'], line: 2, source: 'dtd' },
      { name: 'E', children: [], line: 3, source: 'dtd' },
      { name: 'P', children: ['p'], line: 4, source: 'dtd' },
    ]);
  });

  it('sample names may start with _ and hold . and -', () => {
    expect(samples('<_r><a.b-c/></_r>')).toEqual({ _r: { children: ['a.b-c'], line: 1 } });
  });

  it('a tag is read up to the first < or >', () => {
    expect(samples('<r>', '<a <b>', '<c/>')).toEqual({
      r: { children: ['b'], line: 2 },
      b: { children: ['c'], line: 3 },
    });
    expect(samples('<r><a x>y/><b/></a></r>')).toEqual({
      r: { children: ['a'], line: 1 },
      a: { children: ['b'], line: 1 },
    });
  });

  it('a close tag pops back to the innermost open element of its name', () => {
    expect(samples('<r><a><a></a><b/></a></r>')).toEqual({
      r: { children: ['a'], line: 1 },
      a: { children: ['b'], line: 1 },
    });
  });
});
