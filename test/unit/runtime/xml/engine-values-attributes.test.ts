/**
 * The engine's attribute checks, issue by issue: undeclared and missing attributes, invalid
 * values, attribute wildcards (skip, lax, strict) checked by the global declarations, xsi:
 * attributes written with the xsi prefix in a document that declares no namespace at all,
 * xml:lang and other xml: attributes, the xml prefix in QName values, and defaulted attributes.
 * Every issue is checked whole (severity, code, message, location, found / expected).
 *
 * @see XSD 1.0 Part 1 §3.2.4 and §3.4.4 (attribute locally valid, cvc-complex-type 3), §3.10.4
 *      (attribute wildcards, cvc-wildcard), §3.3.4 (cvc-elt 3: xsi:nil), §3.15.2.2 (xsi:
 *      attributes); Namespaces in XML 1.0 §3 (the xml prefix is bound by definition)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { parseXml } from '../../../../runtime/xml/parse-xml.js';
import { verdictOnAllPaths } from './verdict-helper.js';

function modelOf(body: string): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'a.xsd', schemaId: 'a' }));
}

const errorsOf = async (model: XmlSchemaModel, xml: string) => (await verdictOnAllPaths(xml, model)).errors;

/** No ID or IDREF type anywhere: the engine keeps no ID table. */
const plain = modelOf(`
  <xs:attribute name="g" type="xs:int"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="e" minOccurs="0" maxOccurs="9"><xs:complexType>
      <xs:attribute name="xa" type="xs:int"/>
      <xs:attribute name="req" type="xs:int" use="required"/>
      <xs:attribute name="opt" type="xs:int"/>
      <xs:attribute name="def" type="xs:int" default="7"/>
    </xs:complexType></xs:element>
    <xs:element name="n" type="xs:int" nillable="true" minOccurs="0" maxOccurs="9"/>
    <xs:element name="p" type="xs:int" minOccurs="0"/>
    <xs:element name="q" type="xs:QName" minOccurs="0" maxOccurs="9"/>
    <xs:element name="skip" minOccurs="0"><xs:complexType><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
    <xs:element name="lax" minOccurs="0"><xs:complexType><xs:anyAttribute processContents="lax"/></xs:complexType></xs:element>
    <xs:element name="strict" minOccurs="0"><xs:complexType><xs:anyAttribute processContents="strict"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType></xs:element>`);

describe('declared attributes', () => {
  it('accepts valid values, required ones present and optional ones absent', async () => {
    expect(await errorsOf(plain, '<r><e req="1" xa="2"/><e req="3"/><e opt="4" req="5" def="6" xa="7"/></r>')).toEqual(
      [],
    );
  });

  it('checks an attribute whose name begins with x like any other', async () => {
    expect(await errorsOf(plain, '<r><e req="1" xa="abc"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: expect.stringMatching(/^attribute 'xa' value 'abc' \S/),
        location: { line: 1, column: 4, path: '/r/e[1]/@xa' },
        found: 'abc',
      },
    ]);
  });

  it('reports an undeclared attribute', async () => {
    expect(await errorsOf(plain, '<r>\n <e req="1" xyz="1"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedAttribute',
        message: "attribute 'xyz' is not declared on <e>",
        location: { line: 2, column: 2, path: '/r/e[1]/@xyz' },
        found: 'xyz',
      },
    ]);
  });

  it('reports a missing required attribute', async () => {
    expect(await errorsOf(plain, '<r><e/><e req="1"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'MissingAttribute',
        message: "required attribute 'req' is missing on <e>",
        location: { line: 1, column: 4, path: '/r/e[1]/@req' },
        expected: 'req',
      },
    ]);
  });

  it('puts defaults into the record, and given values over them', () => {
    const { value, result } = parseXml('<r><e req="1"/><e req="2" def="3"/></r>', plain);
    expect(result.errors).toEqual([]);
    expect(value).toMatchObject({
      e: [
        { req: 1, def: 7 },
        { req: 2, def: 3 },
      ],
    });
  });
});

describe('xsi: attributes in a document that declares no namespace', () => {
  it('takes xsi:nil on a nillable element', async () => {
    expect(await errorsOf(plain, '<r><n xsi:nil="true"/><n xsi:nil="1"/><n xsi:nil="false">5</n></r>')).toEqual([]);
  });

  it('makes the element nil: it must then be empty', async () => {
    expect((await errorsOf(plain, '<r><n xsi:nil="true">5</n></r>')).map((e) => e.code)).not.toEqual([]);
    // Without xsi:nil an empty xs:int is invalid.
    expect((await errorsOf(plain, '<r><n/></r>')).map((e) => e.code)).toEqual(['InvalidValue']);
  });

  it('rejects xsi:nil on an element that is not nillable', async () => {
    expect(await errorsOf(plain, '<r><p xsi:nil="false">5</p></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidNil',
        message: '<p> is not nillable',
        location: { line: 1, column: 4, path: '/r/p' },
      },
    ]);
  });

  it('rejects an xsi:nil that is not a boolean', async () => {
    expect(await errorsOf(plain, '<r><n xsi:nil="maybe">5</n></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidNil',
        message: "xsi:nil value 'maybe' is not a boolean",
        location: { line: 1, column: 4, path: '/r/n[1]' },
        found: 'maybe',
      },
    ]);
  });

  it('ignores the other xsi: attributes', async () => {
    expect(
      await errorsOf(plain, '<r><n xsi:noNamespaceSchemaLocation="a.xsd">5</n><p xsi:foo="bar">1</p></r>'),
    ).toEqual([]);
  });
});

describe('the xml prefix', () => {
  it('is bound in QName values of a document that declares no namespace', async () => {
    expect(await errorsOf(plain, '<r><q>xml:lang</q><q>local</q></r>')).toEqual([]);
    expect((await errorsOf(plain, '<r><q>p:lang</q></r>')).map((e) => e.code)).toEqual(['InvalidValue']);
  });

  it('names the attributes of the XML namespace, and no other prefix does', async () => {
    const m = buildXmlSchemaModel(
      parseXsd({
        source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
          <xs:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="http://www.w3.org/2001/xml.xsd"/>
          <xs:element name="r"><xs:complexType><xs:attribute ref="xml:lang"/></xs:complexType></xs:element>
        </xs:schema>`,
        file: 'x.xsd',
        schemaId: 'x',
      }),
    );
    expect(await errorsOf(m, '<r xml:lang="en"/>')).toEqual([]);
    expect((await errorsOf(m, '<r xyz:lang="en"/>')).map((e) => e.code)).toEqual(['UnexpectedAttribute']);
  });
});

describe('attribute wildcards and the global declarations', () => {
  it('does not check an attribute that a skip wildcard allows', async () => {
    expect(await errorsOf(plain, '<r><skip g="abc" h="1"/></r>')).toEqual([]);
  });

  it('checks a lax wildcard attribute by its global declaration, when there is one', async () => {
    expect(await errorsOf(plain, '<r><lax g="5" h="x"/></r>')).toEqual([]);
    expect(await errorsOf(plain, '<r><lax g="abc"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'InvalidValue',
        message: expect.stringMatching(/^attribute 'g' value 'abc' \S/),
        location: { line: 1, column: 4, path: '/r/lax/@g' },
        found: 'abc',
      },
    ]);
  });

  it('needs a global declaration for a strict wildcard attribute', async () => {
    expect(await errorsOf(plain, '<r><strict g="5"/></r>')).toEqual([]);
    expect(await errorsOf(plain, '<r><strict h="1"/></r>')).toEqual([
      {
        severity: 'error',
        code: 'UnexpectedAttribute',
        message: `attribute 'h' matches a wildcard with processContents="strict" but has no global declaration`,
        location: { line: 1, column: 4, path: '/r/strict/@h' },
        found: 'h',
      },
    ]);
  });
});
