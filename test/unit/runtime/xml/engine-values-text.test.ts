/**
 * The engine's element value checks and its ID/IDREF table, issue by issue: simple text content
 * (shown trimmed), fixed values on mixed content, xsi:nil against a fixed value, defaults that
 * are QNames (resolved in the schema, not in the instance), IDs from wildcard attributes,
 * defaulted IDREFS, and the values of other types kept out of the table. Every issue is checked
 * whole (severity, code, message, location, found).
 *
 * @see XSD 1.0 Part 1 §3.3.4 (cvc-elt 3.3.2.2, cvc-elt 5.1, 5.2.2; cvc-id), §3.10.4
 *      (cvc-wildcard); Part 2 §3.2.18 (QName)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { verdictOnAllPaths } from './verdict-helper.js';

function modelOf(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:p="urn:p">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 't.xsd', schemaId: 't' }));
}

const errorsOf = async (model: XmlSchemaModel, xml: string) => (await verdictOnAllPaths(xml, model)).errors;

/** No ID or IDREF type anywhere: the engine keeps no ID table. */
const values = modelOf(`
  <xs:complexType name="M" mixed="true"><xs:sequence>
    <xs:element name="b" type="xs:byte" minOccurs="0"/></xs:sequence></xs:complexType>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="m" type="M" fixed="abc" minOccurs="0"/>
    <xs:element name="t" type="xs:int" minOccurs="0"/>
    <xs:element name="nf" type="xs:string" nillable="true" fixed="abc" minOccurs="0"/>
    <xs:element name="qd" type="xs:QName" default="p:x" minOccurs="0"/>
    <xs:element name="s" type="xs:string" minOccurs="0"/>
  </xs:sequence><xs:attribute name="d" type="xs:int" default="7"/></xs:complexType></xs:element>`);

describe('simple text content', () => {
  it('is accepted when valid, whether or not the model keeps an ID table', async () => {
    expect(await errorsOf(values, '<r><t> 12 </t><s>x</s></r>')).toEqual([]);
  });

  it('reports an invalid value trimmed', async () => {
    expect(await errorsOf(values, '<r>\n  <t> x1 </t></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: expect.stringMatching(/^<t> value 'x1' \S/),
        location: { line: 2, column: 3, path: '/r/t' },
        found: 'x1',
      },
    ]);
  });

  it('builds records with defaulted attributes in a model without IDs', () => {
    const { value, result } = parseXml('<r><t>3</t></r>', values);
    expect(result.errors).toEqual([]);
    expect(value).toMatchObject({ d: 7, t: 3 });
  });
});

describe('defaults and fixed values', () => {
  it('takes a QName default as the schema wrote it, without the instance binding its prefix', async () => {
    expect(await errorsOf(values, '<r><qd/></r>')).toEqual([]);
    // A QName written in the instance needs its prefix bound there.
    expect((await errorsOf(values, '<r><qd>p:x</qd></r>')).map((e) => e.code)).toEqual(['InvalidValue']);
  });

  it('rejects mixed text other than the fixed value, shown trimmed', async () => {
    expect(await errorsOf(values, '<r><m>abc</m></r>')).toEqual([]);
    expect(await errorsOf(values, '<r><m> def </m></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<m> value 'def' must be the fixed value 'abc'",
        location: { line: 1, column: 4, path: '/r/m' },
        found: 'def',
      },
    ]);
  });

  it('rejects child elements under a fixed value', async () => {
    expect(await errorsOf(values, '<r><m> <b>1</b> </m></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: "<m> has child elements but the fixed value 'abc'",
        location: { line: 1, column: 4, path: '/r/m' },
        found: '',
      },
    ]);
  });

  it('rejects xsi:nil="true" on an element with a fixed value', async () => {
    expect(await errorsOf(values, '<r><nf xsi:nil="true"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidNil',
        message: "<nf> has the fixed value 'abc' and so cannot be nil",
        location: { line: 1, column: 4, path: '/r/nf' },
      },
    ]);
  });
});

/** ID, IDREF and plain values side by side. */
const ids = modelOf(`
  <xs:attribute name="gid" type="xs:ID"/>
  <xs:attribute name="gs" type="xs:string"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="w" minOccurs="0" maxOccurs="9"><xs:complexType>
      <xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
    <xs:element name="i" minOccurs="0" maxOccurs="9"><xs:complexType>
      <xs:attribute name="id" type="xs:ID"/><xs:attribute name="s" type="xs:string"/>
      <xs:attribute name="ds" type="xs:string" default="z"/></xs:complexType></xs:element>
    <xs:element name="c" type="xs:ID" minOccurs="0" maxOccurs="9"/>
    <xs:element name="t" type="xs:string" minOccurs="0" maxOccurs="9"/>
  </xs:sequence><xs:attribute name="refs" type="xs:IDREFS" default="abc"/></xs:complexType></xs:element>`);

describe('the ID/IDREF table', () => {
  it('takes IDs from attributes a wildcard allows', async () => {
    expect(await errorsOf(ids, '<r refs="a"><w gid="a"/><w gid="b"/></r>')).toEqual([]);
    expect(await errorsOf(ids, '<r refs="a"><w gid="a"/>\n<w gid="a"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'DuplicateId',
        message: expect.stringContaining("'a'"),
        location: { line: 2, column: 1, path: '/r/w[2]/@gid' },
        found: 'a',
      },
    ]);
  });

  it('keeps values of other types out of it', async () => {
    const xml = '<r refs="a"><w gid="a" gs="a"/><w gs="a"/><i s="a"/><i s="a"/><i/><i/><c>b</c><t>a</t><t>a</t></r>';
    expect(await errorsOf(ids, xml)).toEqual([]);
  });

  it('reports a defaulted IDREF that matches no ID, where the attribute is defaulted', async () => {
    expect(await errorsOf(ids, '<r><i id="b"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'IdrefNotFound',
        message: "IDREF 'abc' matches no ID in the document",
        location: { line: 1, column: 1, path: '/r/@refs' },
        found: 'abc',
      },
    ]);
  });
});
