/**
 * xsi:type from schema to verdict: the QName resolved with the instance's bindings, the named
 * type used for the element's content and attributes, validly derived from the declared type
 * (extension, restriction, built-in hierarchy, union members), `block` on the element, the type
 * or `blockDefault` respected, abstract types refused. Every instance runs through the string,
 * bytes and chunked paths.
 * @see XSD 1.0 Part 1 §3.3.4 (Element Locally Valid (Element) 4), §3.4.6, §3.14.6
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

function model(extra = ''): XmlSchemaModel {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" ${extra}>
    <xs:complexType name="Base"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
    <xs:complexType name="Ext"><xs:complexContent><xs:extension base="t:Base">
      <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
    <xs:complexType name="Other"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
    <xs:complexType name="Abs" abstract="true"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
    <xs:simpleType name="U"><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType>
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="base" type="t:Base" minOccurs="0"/>
      <xs:element name="noext" type="t:Base" block="extension" minOccurs="0"/>
      <xs:element name="dec" type="xs:decimal" minOccurs="0"/>
      <xs:element name="u" type="t:U" minOccurs="0"/>
      <xs:element name="abs" type="t:Abs" minOccurs="0"/>
      <xs:element name="anyr" block="restriction" minOccurs="0"/>
      <xs:element name="anyx" block="extension" minOccurs="0"/>
    </xs:sequence></xs:complexType></xs:element>
  </xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'x.xsd', schemaId: 'x' }));
}

const codes = async (body: string, m = model()) =>
  (await verdictOnAllPaths(`<t:r xmlns:t="urn:t" ${XSI}>${body}</t:r>`, m)).errors.map((e) => e.code);

describe('xsi:type', () => {
  it('validates the element against the extension it names', async () => {
    expect(await codes('<base xsi:type="t:Ext"><a>1</a><b>2</b></base>')).toEqual([]);
    expect(await codes('<base><a>1</a><b>2</b></base>')).toEqual(['UnexpectedElement']);
    expect(await codes('<base xsi:type="t:Ext"><a>1</a></base>')).toEqual(['MissingElement']);
  });

  it('resolves the QName with the instance bindings, any prefix', async () => {
    expect(await codes('<base xmlns:q="urn:t" xsi:type="q:Ext"><a>1</a><b>2</b></base>')).toEqual([]);
    expect(await codes('<base xsi:type="Ext"><a>1</a><b>2</b></base>')).toEqual(['InvalidType', 'UnexpectedElement']);
    expect(await codes('<base xsi:type="z:Ext"><a>1</a></base>')).toEqual(['InvalidType']);
  });

  it('rejects a type not derived from the declared one, a blocked derivation, an abstract type', async () => {
    expect(await codes('<base xsi:type="t:Other"><a>1</a></base>')).toEqual(['InvalidType']);
    expect(await codes('<noext xsi:type="t:Ext"><a>1</a><b>2</b></noext>')).toEqual([
      'InvalidType',
      'UnexpectedElement',
    ]);
    expect(await codes('<abs><a>1</a></abs>')).toEqual(['InvalidType']);
    expect(await codes('<base xsi:type="t:Abs"><a>1</a></base>')).toEqual(['InvalidType']);
    const blocked = model('blockDefault="#all"');
    expect(await codes('<base xsi:type="t:Ext"><a>1</a><b>2</b></base>', blocked)).toEqual([
      'InvalidType',
      'UnexpectedElement',
    ]);
  });

  it('checks the blocked steps of the chain up to xs:anyType for an element of type xs:anyType', async () => {
    // Base restricts xs:anyType (a complex type without complexContent); Ext extends Base.
    expect(await codes('<anyr xsi:type="t:Ext"><a>1</a><b>2</b></anyr>')).toEqual(['InvalidType']);
    expect(await codes('<anyr xsi:type="t:Base"><a>1</a></anyr>')).toEqual(['InvalidType']);
    expect(await codes('<anyx xsi:type="t:Base"><a>1</a></anyx>')).toEqual([]);
    expect(await codes('<anyx xsi:type="t:Ext"><a>1</a><b>2</b></anyx>')).toEqual(['InvalidType']);
  });

  it('follows the built-in hierarchy and union members for simple types', async () => {
    expect(await codes('<dec xsi:type="xs:int" xmlns:xs="http://www.w3.org/2001/XMLSchema">5</dec>')).toEqual([]);
    expect(await codes('<dec xsi:type="xs:int" xmlns:xs="http://www.w3.org/2001/XMLSchema">5.5</dec>')).toEqual([
      'InvalidValue',
    ]);
    expect(await codes('<dec xsi:type="xs:string" xmlns:xs="http://www.w3.org/2001/XMLSchema">x</dec>')).toEqual([
      'InvalidType',
      'InvalidValue',
    ]);
    expect(await codes('<u xsi:type="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema">1</u>')).toEqual([]);
    expect(await codes('<u xsi:type="xs:boolean" xmlns:xs="http://www.w3.org/2001/XMLSchema">7</u>')).toEqual([
      'InvalidValue',
    ]);
  });
});
