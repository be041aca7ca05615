/**
 * The engine's start-tag checks (xml-engine.ts `startElement`), each issue asserted whole
 * (severity, code, message, line:column, path and found / expected): the root element (declared,
 * the `root` option, xsi:schemaLocation), a child the content model does not allow (with the
 * names it expects, none left, or a parent without element content), one omitted element before
 * a declared child (reported as missing, then validation goes on), positional paths of repeated
 * siblings (also when the parent has no content model, and in a frame reused at that depth),
 * stray text ended by the next start tag (reported before it), an abstract type, xsi:type with
 * an undeclared xsi prefix, an xml: attribute in a document that declares no namespace, and
 * the maxDepth limit. Every verdict agrees with xmllint (libxml2 2.9.14, `--noout --schema`;
 * its messages are quoted above each case; documents it reads with xmlns:xsi declared).
 *
 * @see XSD 1.1 Part 1 §3.3.4.3 (cvc-elt: element locally valid, 2 abstract type, 4 xsi:type),
 *      §3.4.4.2 (cvc-complex-type 2.1 empty, 2.2 simple, 2.3 element-only, 2.4 content model),
 *      §3.3.4.4 (validation root), §2.7.3 (xsi:schemaLocation); XML 1.0 §3 (element validity)
 */
import { describe, expect, it } from 'vitest';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const m = xsdModel(`
  <xs:complexType name="Base" abstract="true"/>
  <xs:complexType name="Ext"><xs:complexContent><xs:extension base="Base">
    <xs:sequence><xs:element name="x" type="xs:int"/></xs:sequence>
  </xs:extension></xs:complexContent></xs:complexType>
  <xs:element name="w" type="xs:int"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="a" type="xs:int" minOccurs="0"/>
    <xs:element name="b" type="xs:int"/>
    <xs:element name="p" minOccurs="0"><xs:complexType><xs:sequence>
      <xs:element name="c"/><xs:element name="d"/>
    </xs:sequence></xs:complexType></xs:element>
    <xs:element name="q" minOccurs="0"><xs:complexType/></xs:element>
    <xs:element name="s" type="xs:int" minOccurs="0"/>
    <xs:element name="e" type="Base" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>`);

const errorsOf = async (xml: string, model: XmlSchemaModel = m) => (await verdictOnAllPaths(xml, model)).errors;

const unexpected = (message: string, line: number, column: number, path: string, expected: string, found = 'z') => ({
  severity: 'error',
  code: 'UnexpectedElement',
  message,
  location: { line, column, path },
  expected,
  found,
});

describe('the root element', () => {
  it('an undeclared root is reported with the declared ones', async () => {
    // xmllint: Element 'z': No matching global declaration available for the validation root.
    expect(await errorsOf('<z/>')).toEqual([
      {
        severity: 'error',
        code: 'WrongRoot',
        message: 'root element <z> is not <r | w>',
        location: { line: 1, column: 1, path: '/z' },
        expected: 'r | w',
        found: 'z',
      },
    ]);
  });

  it('the root option accepts the root it names and rejects another declared one', () => {
    expect(validateXml('<r><b>1</b></r>', m, { root: 'r' })).toMatchObject({ valid: true, errors: [] });
    expect(validateXml('<w>1</w>', m, { root: 'r' }).errors).toEqual([
      {
        severity: 'error',
        code: 'WrongRoot',
        message: 'root element <w> is not <r>',
        location: { line: 1, column: 1, path: '/w' },
        expected: 'r',
        found: 'w',
      },
    ]);
  });

  it('reports the root xsi:schemaLocation (and xsi:noNamespaceSchemaLocation first)', () => {
    const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
    expect(validateXml(`<r ${XSI} xsi:schemaLocation="urn:a a.xsd"><b>1</b></r>`, m).schemaLocation).toBe(
      'urn:a a.xsd',
    );
    const both = `<r ${XSI} xsi:schemaLocation="urn:a a.xsd" xsi:noNamespaceSchemaLocation="n.xsd"><b>1</b></r>`;
    expect(validateXml(both, m).schemaLocation).toBe('n.xsd');
    expect(validateXml('<r><b>1</b></r>', m).schemaLocation).toBeUndefined();
  });
});

describe('a child the content model does not allow', () => {
  it('names the elements allowed next', async () => {
    // xmllint: Element 'z': This element is not expected. Expected is one of ( a, b ).
    expect(await errorsOf('<r><z/><b>1</b></r>')).toEqual([
      unexpected('element <z> is not allowed here; expected a | b', 1, 4, '/r/z', 'a | b'),
    ]);
  });

  it('says when no more elements are allowed', async () => {
    // xmllint: Element 'z': This element is not expected.
    expect(await errorsOf('<r><b>1</b><p><c/><d/><z/></p></r>')).toEqual([
      unexpected('element <z> is not allowed here; expected no more elements', 1, 23, '/r/p/z', ''),
    ]);
  });

  it('in simple content: the parent has no element content (repeats indexed)', async () => {
    // xmllint: Element 's': Element content is not allowed, because the type definition is simple.
    // Element 's': '' is not a valid value of the atomic type 'xs:int'.
    const why = 'element <z> is not allowed here; its parent has no element content';
    expect(await errorsOf('<r><b>1</b><s><z/><z/></s></r>')).toEqual([
      unexpected(why, 1, 15, '/r/s/z', ''),
      unexpected(why, 1, 19, '/r/s/z[2]', ''),
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<s> value '' not a valid xs:int",
        location: { line: 1, column: 12, path: '/r/s' },
        found: '',
      },
    ]);
  });

  it('in empty content, also in a frame a sibling with element content used before', async () => {
    // xmllint: Element 'q': Element content is not allowed, because the content type is empty.
    const why = 'element <z> is not allowed here; its parent has no element content';
    expect(await errorsOf('<r><b>1</b><q><z/></q></r>')).toEqual([unexpected(why, 1, 15, '/r/q/z', '')]);
    // <p> counted its children <c> and <d> at depth 1; <q> reuses that frame and counts afresh.
    expect(await errorsOf('<r><b>1</b><p><c/><d/></p><q><z/></q></r>')).toEqual([unexpected(why, 1, 30, '/r/q/z', '')]);
  });

  it('repeated undeclared siblings in element content get positional paths', async () => {
    // xmllint: Element 'z': This element is not expected. Expected is one of ( a, b ). (once: it
    // stops at the first error in a content model)
    const why = 'element <z> is not allowed here; expected a | b';
    expect(await errorsOf('<r><z/><z/><z/><b>1</b></r>')).toEqual([
      unexpected(why, 1, 4, '/r/z', 'a | b'),
      unexpected(why, 1, 8, '/r/z[2]', 'a | b'),
      unexpected(why, 1, 12, '/r/z[3]', 'a | b'),
    ]);
  });
});

describe('an omitted element before a declared child', () => {
  it('is reported missing, and the child is then validated in place', async () => {
    // xmllint: Element 'p': This element is not expected. Expected is one of ( a, b ).
    expect(await errorsOf('<r><p><c/><d/></p></r>')).toEqual([
      {
        severity: 'error',
        code: 'MissingElement',
        message: '<r> is missing b before <p>',
        location: { line: 1, column: 4, path: '/r/p' },
        expected: 'b',
        found: 'p',
      },
    ]);
  });
});

describe('stray text', () => {
  it('is reported when the next start tag ends it, before that element', async () => {
    // xmllint, in this order: Element 'r': Character content other than whitespace is not allowed
    // because the content type is 'element-only'. Element 'z': This element is not expected.
    expect(await errorsOf('<r>abc<z/><b>1</b></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedText',
        message: 'text is not allowed in the element-only content of <r>',
        location: { line: 1, column: 4, path: '/r' },
        found: 'abc',
      },
      unexpected('element <z> is not allowed here; expected a | b', 1, 7, '/r/z', 'a | b'),
    ]);
  });
});

describe('types named on the element', () => {
  it('an abstract type needs xsi:type', async () => {
    // xmllint: Element 'e': The type definition is abstract.
    expect(await errorsOf('<r><b>1</b><e/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidType',
        message: '<e> has an abstract type; name a derived type with xsi:type',
        location: { line: 1, column: 12, path: '/r/e' },
      },
    ]);
  });

  it('xsi:type written with an undeclared xsi prefix is honoured (lenient)', async () => {
    // xmllint (with xmlns:xsi declared): validates.
    expect(await errorsOf('<r><b>1</b><e xsi:type="Ext"><x>1</x></e></r>')).toEqual([]);
    // xmllint: Element 'x': 'y' is not a valid value of the atomic type 'xs:int'.
    expect(await errorsOf('<r><b>1</b><e xsi:type="Ext"><x>y</x></e></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<x> value 'y' not a valid xs:int",
        location: { line: 1, column: 30, path: '/r/e/x' },
        found: 'y',
      },
    ]);
  });

  it('an xml: attribute in a document that declares no namespace keeps its written name', async () => {
    // xmllint: Element 'e', attribute '{http://www.w3.org/XML/1998/namespace}space': The attribute
    // '{http://www.w3.org/XML/1998/namespace}space' is not allowed.
    expect(await errorsOf('<r><b>1</b><e xml:space="preserve" xsi:type="Ext"><x>1</x></e></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedAttribute',
        message: "attribute 'xml:space' is not declared on <e>",
        location: { line: 1, column: 12, path: '/r/e/@xml:space' },
        found: 'xml:space',
      },
    ]);
  });
});

describe('maxDepth', () => {
  it('a start tag one level too deep stops the engine', async () => {
    expect((await verdictOnAllPaths('<r><b>1</b><p><c/><d/></p></r>', m, { maxDepth: 2 })).errors).toEqual([
      {
        severity: 'error',
        code: 'XmlLimit',
        message: 'element nesting deeper than maxDepth 2',
        location: { line: 1, column: 15, path: '/r/p' },
      },
    ]);
  });
});
