/**
 * The engine's element-level issues, each checked whole (severity, code, message, line:column,
 * path, expected / found), on documents libxml2 2.9.14 (`xmllint --schema`) also rejects or accepts:
 * xsi:type naming no type (at the root and below it) and xsi:type resolved without any namespace
 * declaration in the document (an unprefixed QName is in no namespace, the `xml` prefix is always
 * bound), a strict wildcard without a global declaration, text in element-only and in empty
 * content, xsi:nil="true" on an element with text or with a child, an element closed before its
 * content model is satisfied, and text with references inside a skipped (unexpected) subtree,
 * which must not be charged to the open element around it.
 *
 * The engine reads `xsi:` as the XSI namespace even where no `xmlns:xsi` is declared (the
 * documents here declare none, so no namespace scope exists); libxml2 was given the same
 * documents with `xmlns:xsi` declared on the root.
 *
 * @see XSD 1.0 Part 1 §3.3.4 (cvc-elt 3.3.2 nil, 4.1-4.3 xsi:type), §3.4.4 (cvc-complex-type 2.1
 *      empty, 2.3 element-only, 2.4 content model), §3.10.4 (cvc-wildcard, strict), §3.15.2.2
 *      (xsi:type's QName resolved with the in-scope namespaces); Namespaces in XML 1.0 §3 (the
 *      `xml` prefix is bound by definition; an unprefixed QName in an attribute value takes the
 *      default namespace, here none)
 */
import { describe, expect, it } from 'vitest';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:complexType name="B"><xs:sequence><xs:element name="x" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>
  <xs:complexType name="D"><xs:complexContent><xs:extension base="B"><xs:sequence>
    <xs:element name="y" type="xs:int" minOccurs="0"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:element name="g" type="xs:int"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="c" type="B" minOccurs="0" maxOccurs="3"/>
    <xs:element name="q" minOccurs="0"><xs:complexType><xs:choice>
      <xs:element name="y" type="xs:int"/><xs:element name="z" type="xs:int"/></xs:choice></xs:complexType></xs:element>
    <xs:element name="n" type="xs:int" nillable="true" minOccurs="0"/>
    <xs:element name="nc" type="B" nillable="true" minOccurs="0"/>
    <xs:element name="e" minOccurs="0"><xs:complexType/></xs:element>
    <xs:element name="w" minOccurs="0"><xs:complexType><xs:sequence>
      <xs:any processContents="strict" minOccurs="0" maxOccurs="9"/></xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>`);

const errorsOf = async (xml: string) => (await verdictOnAllPaths(xml, model)).errors;

describe('xsi:type that names no type: InvalidType at the element', () => {
  it('at the root, located at the root path', async () => {
    expect(await errorsOf('<r xsi:type="Nope"/>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: 'xsi:type "Nope" names no type of the schema',
        location: { line: 1, column: 1, path: '/r' },
      },
    ]);
  });

  it('below the root, located at the child path (positional for a repeated sibling)', async () => {
    expect(await errorsOf('<r>\n  <n xsi:type="Nope">1</n></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: 'xsi:type "Nope" names no type of the schema',
        location: { line: 2, column: 3, path: '/r/n' },
      },
    ]);
    expect(await errorsOf('<r><c/><c xsi:type="Nope"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: 'xsi:type "Nope" names no type of the schema',
        location: { line: 1, column: 8, path: '/r/c[2]' },
      },
    ]);
  });
});

describe('xsi:type in a document without any namespace declaration', () => {
  it('resolves an unprefixed QName in no namespace: a type derived from the declared one is taken', async () => {
    expect(await errorsOf('<r><c xsi:type="D"><x>1</x><y>2</y></c></r>')).toEqual([]);
    // B has no <y>: without the xsi:type, the same content is refused.
    expect((await errorsOf('<r><c><x>1</x><y>2</y></c></r>')).map((e) => e.code)).toEqual(['UnexpectedElement']);
  });

  it('binds the xml prefix by definition: xml:lang is a QName in the XML namespace, naming no type', async () => {
    expect(await errorsOf('<r><c/><c xsi:type="xml:lang"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: 'xsi:type "xml:lang" names no type of the schema',
        location: { line: 1, column: 8, path: '/r/c[2]' },
      },
    ]);
  });

  it('finds any other prefix unbound', async () => {
    expect(await errorsOf('<r><n xsi:type="q:D">1</n></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: 'xsi:type "q:D" uses the undeclared prefix "q"',
        location: { line: 1, column: 4, path: '/r/n' },
      },
    ]);
  });
});

describe('a strict wildcard', () => {
  it('takes an element with a global declaration', async () => {
    expect(await errorsOf('<r><w><g>1</g></w></r>')).toEqual([]);
  });

  it('refuses an element without one, as UnexpectedElement naming it', async () => {
    expect(await errorsOf('<r><w>\n<zz/></w></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedElement',
        message: 'element <zz> matches a wildcard with processContents="strict" but has no global declaration',
        location: { line: 2, column: 1, path: '/r/w/zz' },
        found: 'zz',
      },
    ]);
  });
});

describe('text where the content type allows none', () => {
  it('is reported once per element, in element-only and in empty content, at the start of the run', async () => {
    expect(await errorsOf('<r>x<c/>y<e>\n z </e></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedText',
        message: 'text is not allowed in the element-only content of <r>',
        location: { line: 1, column: 4, path: '/r' },
        found: 'x',
      },
      {
        severity: 'error',
        code: 'UnexpectedText',
        message: 'text is not allowed in the empty content of <e>',
        location: { line: 1, column: 13, path: '/r/e' },
        found: 'z',
      },
    ]);
  });
});

describe('xsi:nil="true"', () => {
  it('refuses character content', async () => {
    expect(await errorsOf('<r><n xsi:nil="true">1</n></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidNil',
        message: '<n> has xsi:nil="true" but is not empty',
        location: { line: 1, column: 4, path: '/r/n' },
      },
    ]);
  });

  it('refuses a child element (the child itself is unexpected, the nilled element not empty)', async () => {
    const errors = await errorsOf('<r><nc xsi:nil="true"><x>1</x></nc></r>');
    expect(errors.map((e) => [e.code, e.location.path])).toEqual([
      ['UnexpectedElement', '/r/nc/x'],
      ['InvalidNil', '/r/nc'],
    ]);
    // Not "expected x": a nilled element may hold nothing, whatever its content model expects.
    expect(errors[0]).toEqual({
      severity: 'error',
      code: 'UnexpectedElement',
      message: 'element <x> is not allowed here; <nc> has xsi:nil="true" and must be empty',
      location: { line: 1, column: 23, path: '/r/nc/x' },
      expected: '',
      found: 'x',
    });
    expect(errors[1]).toEqual({
      severity: 'error',
      code: 'InvalidNil',
      message: '<nc> has xsi:nil="true" but is not empty',
      location: { line: 1, column: 4, path: '/r/nc' },
    });
  });

  it('accepts an element left empty, or holding only white space', async () => {
    expect(await errorsOf('<r><nc xsi:nil="true"> \n </nc></r>')).toEqual([]);
  });
});

describe('an element closed before its content model is satisfied', () => {
  it('is MissingElement at the end tag, listing every alternative that could come next', async () => {
    expect(await errorsOf('<r><q>\n</q></r>')).toEqual([
      {
        severity: 'error',
        code: 'MissingElement',
        message: '<q> is incomplete: expected y | z',
        location: { line: 2, column: 1, path: '/r/q' },
        expected: 'y | z',
      },
    ]);
  });
});

describe('text inside a skipped subtree', () => {
  // Text with a reference is decoded and handed on even where nobody reads it; the engine must
  // drop it there, not charge it to the open element around the skipped one.
  it('is not charged to the element-only parent of an unexpected element', async () => {
    expect(await errorsOf('<r><zz>a&amp;b</zz></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedElement',
        message: 'element <zz> is not allowed here; expected c | q | n | nc | e | w',
        location: { line: 1, column: 4, path: '/r/zz' },
        expected: 'c | q | n | nc | e | w',
        found: 'zz',
      },
    ]);
  });

  it('nor, deeper in the skipped subtree, to the element it was found in', async () => {
    expect(await errorsOf('<r><c><zz>a&amp;b<x>c&#38;</x>&lt;</zz></c></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedElement',
        message: 'element <zz> is not allowed here; expected x',
        location: { line: 1, column: 7, path: '/r/c[1]/zz' },
        expected: 'x',
        found: 'zz',
      },
    ]);
  });

  it('is dropped under an undeclared root as well', async () => {
    expect(await errorsOf('<zz>a&amp;b<x>&#49;</x></zz>')).toEqual([
      {
        severity: 'error',
        code: 'WrongRoot',
        message: 'root element <zz> is not <g | r>',
        location: { line: 1, column: 1, path: '/zz' },
        expected: 'g | r',
        found: 'zz',
      },
    ]);
  });
});
