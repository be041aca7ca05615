/**
 * XSD 1.0 datatypes through the front end and the runtime engine together: the g* built-ins
 * load as primitives and validate instance values by their lexical spaces and value order.
 */
import { describe, expect, it } from 'vitest';
import { buildXmlSchemaModel } from '../../../../generator/compile/build-xml-model.js';
import { validateXml } from '../../../../runtime/xml/validate-xml.js';
import { parseSnippet, typeOf } from './xsd-test-helpers.js';

/** True when `xml` is valid against the schema `body`. */
function validAgainst(body: string, xml: string): boolean {
  return validateXml(xml, buildXmlSchemaModel(parseSnippet(body))).valid;
}

describe('g* built-ins', () => {
  it('maps xs:gYear and friends to primitives', () => {
    const schema = parseSnippet(
      ['gYear', 'gYearMonth', 'gMonthDay', 'gDay', 'gMonth']
        .map((b) => `<xs:simpleType name="${b}T"><xs:restriction base="xs:${b}"/></xs:simpleType>`)
        .join(''),
    );
    expect(typeOf(schema, 'gYearT')).toEqual({ kind: 'primitive', builtin: 'gYear', facets: {} });
    expect(typeOf(schema, 'gMonthT')).toEqual({ kind: 'primitive', builtin: 'gMonth', facets: {} });
  });

  it('validates values and bounds', () => {
    const body =
      '<xs:element name="y"><xs:simpleType><xs:restriction base="xs:gYear"><xs:maxInclusive value="2000"/></xs:restriction></xs:simpleType></xs:element>';
    expect(validAgainst(body, '<y>1999</y>')).toBe(true);
    expect(validAgainst(body, '<y>2001</y>')).toBe(false);
    expect(validAgainst(body, '<y>0000</y>')).toBe(false);
  });
});
