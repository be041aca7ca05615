/**
 * Namespaces in XML 1.0 constraints the engine enforces on instance names: an element or attribute
 * name with an empty prefix (`:x`) is not a QName (§4) and so takes no namespace, not even the
 * default one (before, `:x` resolved as if unprefixed, and `:a` even took the default namespace,
 * which §6.2 never gives attributes); and two attributes of one start tag may not have the same
 * expanded name (§6.3, `p:a` and `q:a` with p and q bound to one URI: before, the second silently
 * replaced the first, which was then never checked). xmllint (libxml2 2.9.14) refuses all three
 * documents ("Failed to parse QName ':x'", "Namespaced Attribute a in 'urn:t' redefined").
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const m = buildXmlSchemaModel(
  parseXsd({
    file: 't.xsd',
    schemaId: 't',
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t"
    elementFormDefault="qualified" attributeFormDefault="qualified">
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element name="x" type="xs:int" minOccurs="0"/>
  </xs:sequence><xs:attribute name="a" type="xs:int"/></xs:complexType></xs:element>
</xs:schema>`,
  }),
);

const errors = async (xml: string) =>
  (await verdictOnAllPaths(xml, m)).errors.map((e) => `${e.code} ${e.location.line}:${e.location.column} ${e.message}`);

describe('names that are not QNames take no namespace', () => {
  it('the same documents with proper names are valid', async () => {
    expect(await errors('<r xmlns="urn:t"><x>1</x></r>')).toEqual([]);
    expect(await errors('<t:r xmlns:t="urn:t" t:a="1"/>')).toEqual([]);
  });

  it('an element named :x is not the default namespace x', async () => {
    const found = await errors('<r xmlns="urn:t"><:x>1</:x></r>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^UnexpectedElement 1:18 .*:x/);
  });

  it('an attribute named :a is not {urn:t}a', async () => {
    const found = await errors('<r xmlns="urn:t" :a="x"/>');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^UnexpectedAttribute 1:1 .*:a/);
  });
});

describe('attributes unique by expanded name', () => {
  it('p:a and q:a with p and q bound to one URI stop with XmlSyntax at the tag', async () => {
    expect(await errors('<t:r xmlns:t="urn:t" xmlns:p="urn:t" t:a="1" p:a="2"/>')).toEqual([
      'XmlSyntax 1:1 malformed XML: attributes t:a and p:a are both {urn:t}a (attributes must be unique)',
    ]);
  });

  it('the same local name in two namespaces, or once unprefixed, is allowed', async () => {
    const xml = '<t:r xmlns:t="urn:t" xmlns:p="urn:p" t:a="1" p:a="x" a="y"/>';
    expect((await verdictOnAllPaths(xml, m)).errors.map((e) => e.code)).toEqual([
      'UnexpectedAttribute',
      'UnexpectedAttribute',
    ]);
  });
});
