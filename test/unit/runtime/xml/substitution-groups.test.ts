/**
 * Substitution groups from schema to verdict: a member stands for its head unless the head's
 * `block`, its type's `block` or `blockDefault` blocks it; an abstract element never validates an
 * element itself, neither in a content model, nor as the document root, nor matched by a strict
 * wildcard. Every instance runs through the string, bytes and chunked paths.
 * @see XSD 1.0 Part 1 §3.3.4 (Element Locally Valid (Element) 1), §3.3.6 (Substitution Group OK (Transitive))
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { verdictOnAllPaths } from './verdict-helper.js';

const source = `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:int"/></xs:sequence></xs:complexType>
  <xs:complexType name="E"><xs:complexContent><xs:extension base="B">
    <xs:sequence><xs:element name="b" type="xs:int"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>
  <xs:element name="open" type="B"/>
  <xs:element name="openE" type="E" substitutionGroup="open"/>
  <xs:element name="closed" type="B" block="substitution"/>
  <xs:element name="closedM" type="B" substitutionGroup="closed"/>
  <xs:element name="noext" type="B" block="extension"/>
  <xs:element name="noextB" substitutionGroup="noext"/>
  <xs:element name="noextE" type="E" substitutionGroup="noext"/>
  <xs:element name="abs" type="B" abstract="true"/>
  <xs:element name="absM" type="B" substitutionGroup="abs"/>
  <xs:element name="lone" type="B" abstract="true"/>
  <xs:element name="r"><xs:complexType><xs:sequence>
    <xs:element ref="open" minOccurs="0"/>
    <xs:element ref="closed" minOccurs="0"/>
    <xs:element ref="noext" minOccurs="0"/>
    <xs:element ref="abs" minOccurs="0"/>
    <xs:element ref="lone" minOccurs="0"/>
  </xs:sequence></xs:complexType></xs:element>
  <xs:element name="w"><xs:complexType><xs:sequence>
    <xs:any processContents="strict"/>
  </xs:sequence></xs:complexType></xs:element>
</xs:schema>`;
const model = buildXmlSchemaModel(parseXsd({ source, file: 's.xsd', schemaId: 's' }));
const codes = async (xml: string) => (await verdictOnAllPaths(xml, model)).errors.map((e) => e.code);
const A = '<a>1</a>';
const AB = '<a>1</a><b>2</b>';

describe('substitution groups in instances', () => {
  it('lets members stand for their head unless the head or its type blocks them', async () => {
    expect(await codes(`<r><openE>${AB}</openE><noextB>${A}</noextB></r>`)).toEqual([]);
    expect(await codes(`<r><closedM>${A}</closedM></r>`)).not.toEqual([]);
    expect(await codes(`<r><noextE>${AB}</noextE></r>`)).not.toEqual([]);
  });
  it('never validates an element with an abstract declaration', async () => {
    expect(await codes(`<r><absM>${A}</absM></r>`)).toEqual([]);
    expect(await codes(`<r><abs>${A}</abs></r>`)).not.toEqual([]);
    expect(await codes(`<r><lone>${A}</lone></r>`)).not.toEqual([]);
    expect(await codes(`<w><absM>${A}</absM></w>`)).toEqual([]);
    expect(await codes(`<w><abs>${A}</abs></w>`)).not.toEqual([]);
    expect(await codes(`<abs>${A}</abs>`)).toEqual(['WrongRoot']);
    expect(await codes(`<absM>${A}</absM>`)).toEqual([]);
  });
});
