/**
 * Pins the documented leniency of xsdChildren (generator/parse/xsd/xsd-node.ts: "The XSD-namespace
 * children of `node`, minus `xs:annotation` (foreign elements are ignored)"; check-schema-document.ts
 * likewise looks only at XSD-namespace children): an element of another namespace, or of no
 * namespace, among the children of an XSD element is not read as schema markup, even when its
 * local name is an XSD one. Only elements in the XML Schema namespace
 * (http://www.w3.org/2001/XMLSchema, XSD 1.0 Part 1 §3.15.2 / Appendix A) are components.
 *
 * The schema for schemas itself allows foreign elements only inside xs:appinfo and
 * xs:documentation, so xmllint 2.9.14 refuses these documents; qspec reads them as if the foreign
 * elements were absent (what the same schemas without them mean, which xmllint accepts).
 */
import { describe, expect, it } from 'vitest';
import { obj, parseSnippet } from './xsd-test-helpers.js';

describe('children outside the XML Schema namespace are not schema markup', () => {
  it('a foreign sequence with an element inside a complex type declares nothing', () => {
    const t =
      obj(`<xs:complexType name="T"><f:sequence xmlns:f="urn:f"><f:element name="x" type="xs:string"/></f:sequence>
<xs:attribute name="a" type="xs:string"/></xs:complexType>`);
    expect(t.fields.map((f) => [f.name, f.xml.node])).toEqual([['a', 'attribute']]);
    expect(t.particle).toBeNull();
  });

  it('a no-namespace attribute declaration inside a complex type declares nothing', () => {
    const t = obj(
      '<xs:complexType name="T"><xs:sequence><xs:element name="e" type="xs:int"/></xs:sequence><attribute name="b"/></xs:complexType>',
    );
    expect(t.fields.map((f) => [f.name, f.xml.node])).toEqual([['e', 'element']]);
  });

  it('a foreign element in a sequence is no particle', () => {
    const t = obj(`<xs:complexType name="T"><xs:sequence><f:element xmlns:f="urn:f" name="x"/>
<xs:element name="e" type="xs:int"/></xs:sequence></xs:complexType>`);
    expect(t.fields.map((f) => f.name)).toEqual(['e']);
  });

  it('a foreign global element declaration at the top level is no root', () => {
    const s = parseSnippet('<f:element xmlns:f="urn:f" name="x"/><xs:element name="e" type="xs:string"/>');
    expect(s.roots.map((r) => r.name)).toEqual(['e']);
  });
});
