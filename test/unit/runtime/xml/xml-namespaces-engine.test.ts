/**
 * Namespace declarations and prefix resolution as the validating engine applies them, document
 * to verdict on every input path. The well-formedness side of each instance was checked with
 * xmllint (libxml2 2.9.14): where it reports a namespace error, the engine must not accept the
 * names as if they were bound; where it accepts, so must the engine.
 * @see Namespaces in XML 1.0 (third edition) §3 (declaring namespaces: NSAttName is exactly
 *      `xmlns` or `xmlns:` NCName; a prefixed declaration's value MUST NOT be empty), §4 (QName),
 *      §6.1 (scope), §6.2 (default namespace); XSD 1.0 Part 1 §3.10.4 (##other excludes absent)
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import type { XmlSchemaModel } from '../../../../runtime/schema-model.js';
import { verdictOnAllPaths } from './verdict-helper.js';

function schema(body: string, target = ''): XmlSchemaModel {
  const tns = target === '' ? '' : ` xmlns:t="${target}" targetNamespace="${target}" elementFormDefault="qualified"`;
  const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"${tns}>${body}</xs:schema>`;
  return buildXmlSchemaModel(parseXsd({ source, file: 'n.xsd', schemaId: 'n' }));
}

const codes = async (xml: string, m: XmlSchemaModel) => (await verdictOnAllPaths(xml, m)).errors.map((e) => e.code);

/** No target namespace: r (any attribute, skipped) holding up to three x. */
const plain = schema(`<xs:element name="r"><xs:complexType>
    <xs:sequence><xs:element name="x" type="xs:int" minOccurs="0" maxOccurs="3"/></xs:sequence>
    <xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>`);

describe('which attributes declare a namespace (§3)', () => {
  it('an attribute merely starting with xmlns declares nothing: r stays in no namespace', async () => {
    // xmllint: well-formed and namespace-well-formed.
    expect(await codes('<r xmlnsx="urn:t"/>', plain)).toEqual([]);
    expect(await codes('<r xmlnsfoo="urn:t"><x>1</x></r>', plain)).toEqual([]);
  });

  it('ordinary attributes beside a declaration declare nothing', async () => {
    // 'xyzzy' and 'color' have the length of 'xmlns'; xmllint accepts the document.
    expect(await codes('<r xmlns:p="urn:p" xyzzy="urn:v" color="urn:c"><x>1</x></r>', plain)).toEqual([]);
  });

  it('xmlns:p="" binds p to nothing, so p:x is not the unqualified x', async () => {
    // xmllint: "xmlns:p: Empty XML namespace is not allowed" (namespace error).
    expect(await codes('<r xmlns:p=""><p:x>1</p:x></r>', plain)).toEqual(['UnexpectedElement']);
    expect(await codes('<r xmlns:p="urn:p"><x xmlns:p="">1</x><p:x>1</p:x></r>', plain)).toEqual(['UnexpectedElement']);
  });
});

describe('scope of a declaration (§6.1, §6.2)', () => {
  const qualified = schema(
    `<xs:element name="r"><xs:complexType><xs:sequence>
      <xs:element name="x" type="xs:int" maxOccurs="2"/></xs:sequence></xs:complexType></xs:element>`,
    'urn:t',
  );

  it('a sibling that redeclares the default namespace puts its own name there', async () => {
    expect(await codes('<r xmlns="urn:t"><x>1</x><x>2</x></r>', qualified)).toEqual([]);
    expect(await codes('<r xmlns="urn:t"><x>1</x><x xmlns="urn:o">2</x></r>', qualified)).toEqual([
      'UnexpectedElement',
    ]);
    expect(await codes('<t:r xmlns:t="urn:t"><t:x>1</t:x><t:x xmlns:t="urn:o">2</t:x></t:r>', qualified)).toEqual([
      'UnexpectedElement',
    ]);
  });

  it('the outer binding is back after the redeclaring element ends', async () => {
    const xml = '<r xmlns="urn:t"><x xmlns:t="urn:o">1</x><x>2</x></r>';
    expect(await codes(xml, qualified)).toEqual([]);
    const back = '<t:r xmlns:t="urn:t"><t:x xmlns:t="urn:t">1</t:x><t:x>2</t:x></t:r>';
    expect(await codes(back, qualified)).toEqual([]);
  });
});

describe('attribute names', () => {
  /** r in no namespace: attribute {urn:p}b only, no wildcard. */
  const model: XmlSchemaModel = {
    id: 'ns-attrs',
    format: 'xsd',
    roots: { r: 0 },
    types: [
      {
        k: 'complex',
        attrs: [{ name: '{urn:p}b', p: 'b', type: { b: 'int' }, required: false }],
        anyAttr: false,
        mixed: false,
        content: null,
      },
    ],
  };

  it('a prefixed attribute is matched by its expanded name; declarations are not attributes', async () => {
    expect(await codes('<r xmlns:p="urn:p" p:b="2"/>', model)).toEqual([]);
    expect(await codes('<r xmlns:p="urn:x" xmlns:q="urn:p" q:b="2"/>', model)).toEqual([]);
    expect(await codes('<r xmlns:p="urn:p" b="2"/>', model)).toEqual(['UnexpectedAttribute']);
  });

  it('an attribute name with an empty prefix is rejected, not dropped', async () => {
    // xmllint: "Failed to parse QName ':a'" (namespace error).
    expect(await codes('<r xmlns:p="urn:p" :a="1" p:b="2"/>', model)).toEqual(['UnexpectedAttribute']);
  });
});

describe('namespace of a no-namespace name (XSD 1.0 Part 1 §3.10.4)', () => {
  const other = schema(
    `<xs:element name="r"><xs:complexType><xs:sequence>
      <xs:any namespace="##other" processContents="skip"/></xs:sequence></xs:complexType></xs:element>`,
    'urn:t',
  );

  it('##other allows another namespace but not an unqualified element, whatever its length', async () => {
    expect(await codes('<t:r xmlns:t="urn:t"><o:abc xmlns:o="urn:o"/></t:r>', other)).toEqual([]);
    for (const name of ['ab', 'abc', 'item', 'longer-name']) {
      const found = await codes(`<t:r xmlns:t="urn:t"><${name}/></t:r>`, other);
      expect(found, name).not.toEqual([]);
    }
  });
});
