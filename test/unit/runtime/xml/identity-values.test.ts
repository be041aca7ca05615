/**
 * Identity-constraint values through the whole validator (XSD 1.0 Part 1 §3.11.4): a QName key
 * compares by expanded name with the prefixes of the instance, values of different primitive
 * types differ, a field whose alternatives select one attribute twice selects one node, and an
 * attribute no declaration types (a skip wildcard) gives a key field no value.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = (body: string) =>
  buildXmlSchemaModel(
    parseXsd({
      file: 'x.xsd',
      schemaId: 'x',
      source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">${body}</xs:schema>`,
    }),
  );

const codes = async (xml: string, m: ReturnType<typeof model>) =>
  (await verdictOnAllPaths(xml, m)).errors.map((e) => `${e.code} ${e.location.line}:${e.location.column}`);

describe('identity-constraint values', () => {
  const qnames = model(`<xs:element name="r"><xs:complexType><xs:choice maxOccurs="unbounded">
      <xs:element name="key" type="xs:QName"/><xs:element name="ref" type="xs:QName"/>
      <xs:element name="att"><xs:complexType><xs:attribute name="q" type="xs:QName"/></xs:complexType></xs:element>
    </xs:choice></xs:complexType>
    <xs:key name="k"><xs:selector xpath="t:key"/><xs:field xpath="."/></xs:key>
    <xs:keyref name="kr" refer="t:k"><xs:selector xpath="t:ref"/><xs:field xpath="."/></xs:keyref>
    <xs:keyref name="kra" refer="t:k"><xs:selector xpath="t:att"/><xs:field xpath="@q"/></xs:keyref>
  </xs:element>`);
  const doc = (body: string) =>
    `<t:r xmlns:t="urn:t" xmlns:p="urn:a" xmlns:q="urn:a" xmlns:o="urn:o">\n${body}\n</t:r>`;

  it('QName values are equal when their prefixes name the same namespace', async () => {
    expect(await codes(doc('<t:key> p:abc </t:key>\n<t:ref>q:abc</t:ref>'), qnames)).toEqual([]);
    expect(await codes(doc('<t:key>p:abc</t:key>\n<t:key>q:abc</t:key>'), qnames)).toEqual(['DuplicateKey 3:1']);
    expect(await codes(doc('<t:key>p:abc</t:key>\n<t:att q="q:abc"/>'), qnames)).toEqual([]);
    expect(await codes(doc('<t:key>p:abc</t:key>\n<t:att q="o:abc"/>'), qnames)).toEqual(['KeyrefNotFound 3:1']);
  });

  it('QName values with the same prefix in different namespaces differ', async () => {
    expect(await codes(doc('<t:key>p:abc</t:key>\n<t:ref>o:abc</t:ref>'), qnames)).toEqual(['KeyrefNotFound 3:1']);
    const rebound = '<t:key>p:abc</t:key>\n<t:key xmlns:p="urn:other">p:abc</t:key>';
    expect(await codes(doc(rebound), qnames)).toEqual([]);
  });

  it('a node two alternatives of a field select counts once', async () => {
    const m = model(`<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="item" maxOccurs="unbounded"><xs:complexType><xs:attribute name="id" type="xs:decimal"/></xs:complexType></xs:element>
      </xs:sequence></xs:complexType>
      <xs:key name="k"><xs:selector xpath="t:item|./t:item"/><xs:field xpath="@id|@id|attribute::id"/></xs:key>
    </xs:element>`);
    expect(await codes('<t:r xmlns:t="urn:t"><t:item id="+000"/><t:item id="1"/></t:r>', m)).toEqual([]);
    expect(await codes('<t:r xmlns:t="urn:t"><t:item id="-0"/>\n<t:item id="0.0"/></t:r>', m)).toEqual([
      'DuplicateKey 2:1',
    ]);
  });

  it('values of different primitive types are never equal; hexBinary compares its digits in any case', async () => {
    const m = model(`<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="s" type="xs:token" maxOccurs="unbounded"/><xs:element name="u" type="xs:anyURI" maxOccurs="unbounded"/>
        <xs:element name="h" type="xs:hexBinary" maxOccurs="unbounded"/>
      </xs:sequence></xs:complexType>
      <xs:unique name="k"><xs:selector xpath="t:s|t:u|t:h"/><xs:field xpath="."/></xs:unique>
    </xs:element>`);
    expect(await codes('<t:r xmlns:t="urn:t"><t:s>a</t:s><t:u>a</t:u><t:h>0A</t:h></t:r>', m)).toEqual([]);
    expect(
      await codes('<t:r xmlns:t="urn:t"><t:s>a</t:s><t:s> a </t:s><t:u>a</t:u><t:h>0a</t:h>\n<t:h>0A</t:h></t:r>', m),
    ).toEqual(['DuplicateKey 1:34', 'DuplicateKey 2:1']);
  });

  it('an attribute a skip wildcard admits has no type: a key field on it has no value', async () => {
    const m = model(`<xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="item" maxOccurs="unbounded"><xs:complexType><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
      </xs:sequence></xs:complexType>
      <xs:unique name="u"><xs:selector xpath="t:item"/><xs:field xpath="@id"/></xs:unique>
      <xs:key name="k"><xs:selector xpath="t:item"/><xs:field xpath="@id"/></xs:key>
    </xs:element>`);
    expect(await codes('<t:r xmlns:t="urn:t">\n<t:item id="a"/></t:r>', m)).toEqual(['MissingKeyField 2:1']);
  });
});
