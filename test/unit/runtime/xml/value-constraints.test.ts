/**
 * Element and attribute values beyond their lexical check: xsi:nil only on nillable elements and
 * never with a fixed value, fixed values on mixed and xs:anyType content, fixed values compared as
 * values (a union's by the member that accepts them), QName prefixes bound in the instance, and
 * the document's ID/IDREF table. Every case runs through the string, bytes and chunked paths.
 * @see XSD 1.0 Part 1 §3.3.4 (cvc-elt 3, cvc-elt 5.2.2, cvc-id), §3.5.4 (cvc-au); Part 2 §3.2.18
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

function modelOf(body: string) {
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'v.xsd', schemaId: 'v' }));
}

const codesWith = (body: string) => {
  const model = modelOf(body);
  return async (xml: string) => (await verdictOnAllPaths(xml, model)).errors.map((e) => e.code);
};

describe('xsi:nil (cvc-elt 3)', () => {
  const codes = codesWith(`
    <xs:element name="plain" type="xs:int"/>
    <xs:element name="nil" type="xs:int" nillable="true"/>
    <xs:element name="nilFixed" type="xs:string" nillable="true" fixed="abc"/>`);

  it('is not allowed on a non-nillable element, even when false', async () => {
    expect(await codes(`<plain ${XSI} xsi:nil="false">1</plain>`)).toEqual(['InvalidNil']);
    expect(await codes(`<plain ${XSI} xsi:nil="true">1</plain>`)).toEqual(['InvalidNil']);
  });

  it('must be a boolean', async () => {
    expect(await codes(`<nil ${XSI} xsi:nil="false">1</nil>`)).toEqual([]);
    expect(await codes(`<nil ${XSI} xsi:nil=" 0 ">1</nil>`)).toEqual([]);
    expect(await codes(`<nil ${XSI} xsi:nil="yes">1</nil>`)).toEqual(['InvalidNil']);
  });

  it('cannot be true on a declaration with a fixed value', async () => {
    expect(await codes(`<nilFixed ${XSI} xsi:nil="true"/>`)).toEqual(['InvalidNil']);
    expect(await codes(`<nilFixed ${XSI} xsi:nil="false">abc</nilFixed>`)).toEqual([]);
  });
});

describe('fixed values on content that is not simple (cvc-elt 5.2.2)', () => {
  const codes = codesWith(`
    <xs:complexType name="M" mixed="true"><xs:sequence>
      <xs:element name="b" type="xs:byte" minOccurs="0"/></xs:sequence></xs:complexType>
    <xs:element name="any" fixed="fixed value"/>
    <xs:element name="mixed" type="M" fixed="abc"/>
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="a" fixed="x y" maxOccurs="3"/></xs:sequence></xs:complexType></xs:element>`);

  it('needs the text to be the fixed value as written; no text takes it', async () => {
    expect(await codes('<any/>')).toEqual([]);
    expect(await codes('<mixed></mixed>')).toEqual([]);
    expect(await codes('<r><a/><a>x y</a></r>')).toEqual([]);
    expect(await codes('<any>fixed value</any>')).toEqual([]);
    expect(await codes('<any>not fixed</any>')).toEqual(['InvalidValue']);
    expect(await codes('<mixed>def</mixed>')).toEqual(['InvalidValue']);
    expect(await codes('<r><a>y x</a></r>')).toEqual(['InvalidValue']);
    expect(await codes('<r><a> x y</a></r>')).toEqual(['InvalidValue']);
  });

  it('allows no child elements', async () => {
    expect(await codes('<mixed><b>1</b></mixed>')).toEqual(['InvalidValue']);
  });

  it('applies to the type xsi:type names', async () => {
    expect(await codes(`<any ${XSI} xsi:type="M">abc</any>`)).toEqual(['InvalidValue']);
    expect(await codes(`<any ${XSI} xsi:type="M">fixed value</any>`)).toEqual([]);
  });
});

describe('fixed simple values are compared as values', () => {
  const codes = codesWith(`
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="d" type="xs:decimal" fixed="1.0" minOccurs="0"/>
      <xs:element name="u" fixed="abcd edfgh&#10;" minOccurs="0"><xs:simpleType>
        <xs:union memberTypes="xs:gYearMonth xs:normalizedString"/></xs:simpleType></xs:element>
      <xs:element name="l" fixed="1 2" minOccurs="0"><xs:simpleType>
        <xs:list itemType="xs:int"/></xs:simpleType></xs:element>
    </xs:sequence><xs:attribute name="a" type="xs:int" fixed="1"/></xs:complexType></xs:element>`);

  it('accepts another lexical form of the same value', async () => {
    expect(await codes('<r a="+01"><d>1.00</d><l> 01  2 </l></r>')).toEqual([]);
    expect(await codes('<r><d>1.01</d></r>')).toEqual(['InvalidValue']);
    expect(await codes('<r a="2"/>')).toEqual(['InvalidValue']);
    expect(await codes('<r><l>1 2 3</l></r>')).toEqual(['InvalidValue']);
  });

  it('compares a union value in the member type that accepts it', async () => {
    expect(await codes('<r><u>abcd edfgh </u></r>')).toEqual([]);
    expect(await codes('<r><u>abcd edfgh\t</u></r>')).toEqual([]);
    expect(await codes('<r><u>abcd edfgh</u></r>')).toEqual(['InvalidValue']);
  });
});

describe('QName values (Part 2 §3.2.18)', () => {
  const codes = codesWith(`
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="q" type="xs:QName" maxOccurs="9"/>
      <xs:element name="u" minOccurs="0"><xs:simpleType>
        <xs:union memberTypes="xs:QName xs:string"/></xs:simpleType></xs:element>
    </xs:sequence><xs:attribute name="a" type="xs:QName"/></xs:complexType></xs:element>`);

  it('needs the prefix bound in the instance', async () => {
    expect(await codes('<r xmlns:p="urn:p" a="p:x"><q>p:y</q><q>z</q><q>xml:lang</q></r>')).toEqual([]);
    expect(await codes('<r a="p:x"><q>z</q></r>')).toEqual(['InvalidValue']);
    expect(await codes('<r><q>p:y</q></r>')).toEqual(['InvalidValue']);
    expect(await codes('<r><q xmlns:p="urn:p">p:y</q></r>')).toEqual([]);
    expect(await codes('<r><q xmlns:p="urn:p"/><q>p:y</q></r>')).toEqual(['InvalidValue', 'InvalidValue']);
  });

  it('never binds the xmlns prefix', async () => {
    expect(await codes(`<r ${XSI}><q>xmlns:xsi</q></r>`)).toEqual(['InvalidValue']);
    // Another member of a union may take a value whose prefix is unbound.
    expect(await codes('<r><q>z</q><u>p:x</u></r>')).toEqual([]);
  });
});

describe('the ID/IDREF table (cvc-id)', () => {
  const codes = codesWith(`
    <xs:simpleType name="Code"><xs:restriction base="xs:ID"><xs:maxLength value="5"/></xs:restriction></xs:simpleType>
    <xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="i" maxOccurs="9"><xs:complexType>
        <xs:attribute name="id" type="xs:ID"/><xs:attribute name="ref" type="xs:IDREF"/>
        <xs:attribute name="refs" type="xs:IDREFS"/></xs:complexType></xs:element>
      <xs:element name="c" type="Code" minOccurs="0" maxOccurs="9"/>
      <xs:element name="l" minOccurs="0"><xs:simpleType><xs:list itemType="xs:IDREF"/></xs:simpleType></xs:element>
    </xs:sequence></xs:complexType></xs:element>`);

  it('rejects an ID used twice, in attributes or element text', async () => {
    expect(await codes('<r><i ref="b" id="a"/><i id="b" refs="a  b"/><c>c</c><l>c a</l></r>')).toEqual([]);
    expect(await codes('<r><i id="a"/><i id="a"/></r>')).toEqual(['DuplicateId']);
    expect(await codes('<r><i id="a"/><c> a </c></r>')).toEqual(['DuplicateId']);
  });

  it('rejects an IDREF that matches no ID, once, where it is first used', async () => {
    const model = modelOf(`<xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="i" maxOccurs="9"><xs:complexType><xs:attribute name="ref" type="xs:IDREF"/>
      </xs:complexType></xs:element></xs:sequence><xs:attribute name="id" type="xs:ID"/></xs:complexType></xs:element>`);
    const r = await verdictOnAllPaths('<r id="a">\n<i ref="a"/><i ref="x"/>\n<i ref="x"/></r>', model);
    expect(r.errors).toMatchObject([{ code: 'IdrefNotFound', location: { line: 2, path: '/r/i[2]/@ref' } }]);
    expect(await codes('<r><i/><l>a</l></r>')).toEqual(['IdrefNotFound']);
  });

  it('takes defaulted attributes into the table', async () => {
    const model = modelOf(`<xs:element name="r"><xs:complexType>
      <xs:attribute name="refs" type="xs:IDREFS" default="abc"/><xs:attribute name="id" type="xs:ID"/>
      </xs:complexType></xs:element>`);
    expect((await verdictOnAllPaths('<r/>', model)).errors.map((e) => e.code)).toEqual(['IdrefNotFound']);
    expect((await verdictOnAllPaths('<r id="abc"/>', model)).errors).toEqual([]);
  });
});
