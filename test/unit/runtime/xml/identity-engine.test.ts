/**
 * Identity constraints through the whole validator (schema → model → engine): xs:unique, xs:key
 * and xs:keyref on a namespaced schema, with element and attribute fields, typed comparison,
 * attribute defaults and nested scopes; issues located at the selected element's start tag.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const model = buildXmlSchemaModel(
  parseXsd({
    file: 'x.xsd',
    schemaId: 'x',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:t="urn:t" targetNamespace="urn:t" elementFormDefault="qualified">
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="group" maxOccurs="unbounded"><xs:complexType><xs:sequence>
      <xs:element name="item" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:sequence>
        <xs:element name="code" type="xs:string" minOccurs="0"/></xs:sequence>
        <xs:attribute name="id" type="xs:decimal"/><xs:attribute name="kind" type="xs:string" default="x"/>
      </xs:complexType></xs:element></xs:sequence></xs:complexType>
      <xs:unique name="codeInGroup"><xs:selector xpath="t:item"/><xs:field xpath="t:code"/></xs:unique>
    </xs:element>
    <xs:element name="ref" minOccurs="0" maxOccurs="unbounded"><xs:complexType><xs:attribute name="to" type="xs:decimal"/><xs:attribute name="kind" type="xs:string" default="x"/></xs:complexType></xs:element>
  </xs:sequence></xs:complexType>
  <xs:key name="itemId"><xs:selector xpath=".//t:item"/><xs:field xpath="@id"/><xs:field xpath="@kind"/></xs:key>
  <xs:keyref name="refTo" refer="t:itemId"><xs:selector xpath="t:ref"/><xs:field xpath="@to"/><xs:field xpath="@kind"/></xs:keyref>
  </xs:element>
</xs:schema>`,
  }),
);

const issues = async (body: string) =>
  (await verdictOnAllPaths(`<t:r xmlns:t="urn:t">\n${body}\n</t:r>`, model)).errors.map(
    (e) => `${e.code} ${e.location.line}:${e.location.column}`,
  );

describe('identity constraints in the engine', () => {
  it('a document that keeps them is valid', async () => {
    expect(await issues('<t:group><t:item id="1"><t:code>a</t:code></t:item><t:item id="2"/></t:group>')).toEqual([]);
  });

  it('key: a duplicate typed value (1.0 = 1, default kind) and a missing field', async () => {
    expect(await issues('<t:group><t:item id="1"/>\n<t:item id="1.0" kind="x"/></t:group>')).toEqual([
      'DuplicateKey 3:1',
    ]);
    expect(await issues('<t:group><t:item id="1"/>\n<t:item/></t:group>')).toEqual(['MissingKeyField 3:1']);
  });

  it('unique is scoped to each group element', async () => {
    const one = '<t:item id="1"><t:code>a</t:code></t:item>';
    const two = '<t:item id="2"><t:code>a</t:code></t:item>';
    expect(await issues(`<t:group>${one}</t:group>\n<t:group>${two}</t:group>`)).toEqual([]);
    expect(await issues(`<t:group>${one}\n${two}</t:group>`)).toEqual(['DuplicateKey 3:1']);
  });

  it('keyref: a value of the key passes, another is KeyrefNotFound at the referring element', async () => {
    const group = '<t:group><t:item id="1"/></t:group>';
    expect(await issues(`${group}\n<t:ref to="1.00"/>`)).toEqual([]);
    expect(await issues(`${group}\n<t:ref to="2"/>`)).toEqual(['KeyrefNotFound 3:1']);
    expect(await issues(`${group}\n<t:ref to="1" kind="y"/>`)).toEqual(['KeyrefNotFound 3:1']);
  });
});
