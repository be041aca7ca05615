/**
 * What the engine reads of an element's text and what it builds from it at the end tag: white
 * space alone is a value of a simple type that keeps it (xs:string, whiteSpace preserve), a fixed
 * value is checked on an xs:string element even where nothing else about its text could fail, an
 * identity-constraint field reads the text of an xs:string element, blank text around the children
 * of mixed content is not a value, an invalid simple value is left out of the best-effort envelope
 * of an invalid page, and elements matched by a wildcard (no declaration in the content model, so
 * no property of the record names them) are validated but left out of the built record.
 * Verdicts agree with libxml2 2.9.14 (`xmllint --schema`).
 *
 * @see XSD 1.0 Part 1 §3.3.4 (cvc-elt 5.2.2 fixed values), §3.4.4 (cvc-complex-type 2.2 simple
 *      content, 2.4 mixed), §3.10.4 (cvc-wildcard, lax), §3.11.4 (cvc-identity-constraint,
 *      xs:unique); Part 2 §4.3.6 (whiteSpace preserve for xs:string), §4.3.2 (minLength)
 */
import { describe, expect, it } from 'vitest';
import { xmlRecordSink } from '../../../../runtime/client/xml-record-sink.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { verdictOnAllPaths } from './verdict-helper.js';
import { xsdModel } from './xsd-model.js';

const model = xsdModel(`
  <xs:complexType name="M" mixed="true"><xs:sequence><xs:element name="x" type="xs:int" minOccurs="0"/></xs:sequence></xs:complexType>
  <xs:complexType name="P"><xs:simpleContent><xs:extension base="xs:int">
    <xs:attribute name="a" type="xs:int"/></xs:extension></xs:simpleContent></xs:complexType>
  <xs:element name="g" type="xs:int"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="s" minOccurs="0"><xs:simpleType><xs:restriction base="xs:string">
      <xs:minLength value="1"/></xs:restriction></xs:simpleType></xs:element>
    <xs:element name="f" type="xs:string" fixed="abc" minOccurs="0"/>
    <xs:element name="p" type="P" minOccurs="0"/>
    <xs:element name="m" type="M" minOccurs="0"/>
    <xs:element name="l" minOccurs="0"><xs:complexType><xs:sequence>
      <xs:any processContents="lax" minOccurs="0" maxOccurs="9"/></xs:sequence></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>`);

const errorsOf = async (m: XmlSchemaModel, xml: string) => (await verdictOnAllPaths(xml, m)).errors;

describe('white space as the whole text of simple content', () => {
  it('is a value of length 1 for xs:string (preserved), so minLength 1 holds', async () => {
    expect(await errorsOf(model, '<r><s> </s></r>')).toEqual([]);
    const { value, result } = parseXml('<r><s> </s></r>', model);
    expect(result.errors).toEqual([]);
    expect(value).toEqual({ s: ' ' });
  });

  it('while no text at all is the empty string, which minLength 1 refuses', async () => {
    expect(await errorsOf(model, '<r><s></s></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: expect.stringMatching(/^<s> value '' /),
        location: { line: 1, column: 4, path: '/r/s' },
        found: '',
      },
    ]);
  });
});

describe('a fixed value on an xs:string element (any text is a valid xs:string)', () => {
  it('accepts the fixed value, and no text (the fixed value is then supplied)', async () => {
    expect(await errorsOf(model, '<r><f>abc</f></r>')).toEqual([]);
    expect(await errorsOf(model, '<r><f/></r>')).toEqual([]);
  });

  it('refuses other text when only validating', async () => {
    expect(await errorsOf(model, '<r>\n<f>def</f></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<f> value 'def' must be the fixed value 'abc'",
        location: { line: 2, column: 1, path: '/r/f' },
        found: 'def',
      },
    ]);
  });
});

/** An identity constraint whose field is the text of an xs:string element. */
const unique = xsdModel(`
  <xs:element name="k"><xs:complexType><xs:sequence>
    <xs:element name="i" type="xs:string" maxOccurs="9"/></xs:sequence></xs:complexType>
    <xs:unique name="u"><xs:selector xpath="i"/><xs:field xpath="."/></xs:unique></xs:element>`);

describe('xs:unique on the text of xs:string elements', () => {
  it('tells different strings apart (white space is part of an xs:string value)', async () => {
    expect(await errorsOf(unique, '<k><i>a</i><i>b</i></k>')).toEqual([]);
    expect(await errorsOf(unique, '<k><i> a</i><i>a</i></k>')).toEqual([]);
  });

  it('reports the second of two equal strings', async () => {
    expect(await errorsOf(unique, '<k><i>a</i>\n<i>a</i></k>')).toEqual([
      {
        severity: 'error',
        code: 'DuplicateKey',
        message: 'duplicate value \'a\' for unique "u"',
        location: { line: 2, column: 1, path: '/k/i[2]' },
      },
    ]);
  });
});

describe('records built at the end tag', () => {
  it('mixed content: blank text around the children is no value; other text is', () => {
    expect(parseXml('<r><m> <x>1</x>\n</m></r>', model)).toEqual({
      value: { m: { x: 1 } },
      result: expect.objectContaining({ valid: true }),
    });
    const { value } = parseXml('<r><m> <x>1</x>\n</m></r>', model);
    expect(Object.keys((value as { m: object }).m)).toEqual(['x']);
    expect(parseXml('<r><m>t <x>1</x></m></r>', model).value).toEqual({ m: { x: 1, value: 't ' } });
  });

  it('an invalid simple value is left out of the envelope of an invalid page, its attributes kept', () => {
    const records: unknown[] = [];
    const sink = xmlRecordSink(model, { recordPath: ['r', 'm'] }, (r) => records.push(r));
    sink.write('<r><p a="1">xx</p><m><x>2</x></m></r>');
    const end = sink.end();
    expect(end.valid).toBe(false);
    expect(end.errors.map((e) => [e.code, e.location.path])).toEqual([['InvalidValue', '/r/p']]);
    expect(records).toEqual([{ x: 2 }]);
    const p = (end.envelope as { p: Record<string, unknown> }).p;
    expect(Object.keys(p)).toEqual(['a']);
    expect(p).toEqual({ a: 1 });
  });

  it('a valid simple value with attributes is built as value', () => {
    expect(parseXml('<r><p a="1"> 5 </p></r>', model).value).toEqual({ p: { a: 1, value: 5 } });
  });

  it('elements a lax wildcard matches are validated but not built into the record', () => {
    const { value, result } = parseXml('<r><m/><l><g>1</g><zz>3</zz></l></r>', model);
    expect(result.errors).toEqual([]);
    expect(value).toEqual({ m: {}, l: {} });
    // Validated by their global declaration all the same.
    expect(parseXml('<r><l><g>x</g></l></r>', model).result.errors.map((e) => e.location.path)).toEqual(['/r/l/g']);
  });
});
