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

describe('facets on derived list and union types', () => {
  const list =
    '<xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType>' +
    '<xs:simpleType name="L2"><xs:restriction base="L"><xs:maxLength value="2"/></xs:restriction></xs:simpleType>' +
    '<xs:element name="e" type="L2"/>';

  it('counts items for length facets of a derived list', () => {
    expect(validAgainst(list, '<e>1 2</e>')).toBe(true);
    expect(validAgainst(list, '<e>1 2 3</e>')).toBe(false);
    expect(validAgainst(list, '<e>1 x</e>')).toBe(false);
  });

  it('applies enumeration and pattern to a derived union', () => {
    const union =
      '<xs:simpleType name="U"><xs:union memberTypes="xs:int xs:boolean"/></xs:simpleType>' +
      '<xs:simpleType name="U2"><xs:restriction base="U"><xs:enumeration value="1"/><xs:enumeration value="true"/></xs:restriction></xs:simpleType>' +
      '<xs:element name="e" type="U2"/>';
    expect(validAgainst(union, '<e>true</e>')).toBe(true);
    expect(validAgainst(union, '<e>2</e>')).toBe(false);
  });
});

describe('facet schema constraints', () => {
  const restriction = (base: string, facets: string) =>
    `<xs:simpleType name="T"><xs:restriction base="${base}">${facets}</xs:restriction></xs:simpleType>`;
  const problem = (base: string, facets: string) => {
    try {
      parseSnippet(restriction(base, facets));
      return undefined;
    } catch (e) {
      const d = (e as { diagnostics: { code: string; message: string; location: { line?: number } }[] })
        .diagnostics[0]!;
      expect(d.location.line).toBe(3);
      return `${d.code}: ${d.message}`;
    }
  };

  it.each([
    ['xs:string', '<xs:duration value="P1D"/>', /XsdInvalid: xs:duration is not a constraining facet/],
    ['xs:boolean', '<xs:maxLength value="3"/>', /xs:maxLength does not apply to xs:boolean/],
    ['xs:string', '<xs:minLength value="3"/><xs:maxLength value="2"/>', /minLength 3 is greater than xs:maxLength 2/],
    ['xs:string', '<xs:length value="3"/><xs:minLength value="2"/>', /xs:length cannot be used with/],
    ['xs:decimal', '<xs:totalDigits value="2"/><xs:fractionDigits value="3"/>', /fractionDigits 3 is greater/],
    ['xs:int', '<xs:fractionDigits value="1"/>', /fixed to 0/],
    ['xs:byte', '<xs:maxInclusive value="200"/>', /not a value of xs:byte/],
    ['xs:int', '<xs:minInclusive value="5"/><xs:maxInclusive value="4"/>', /must be at most/],
    ['xs:date', '<xs:enumeration value="2000-13-01"/>', /enumeration value "2000-13-01" is not valid/],
    ['xs:token', '<xs:whiteSpace value="preserve"/>', /loosens the base type's collapse/],
    ['xs:positiveInteger', '<xs:maxExclusive value="1"/>', /greater than the base type's minInclusive 1/],
    ['xs:anySimpleType', '', /xs:anySimpleType cannot be the base of a simple type restriction/],
  ])('%s with %s is invalid', (base, facets, message) => {
    expect(problem(base, facets)).toMatch(message);
  });

  it('allows no facet on simple content derived from xs:anySimpleType', () => {
    const body =
      '<xs:complexType name="C"><xs:simpleContent><xs:extension base="xs:anySimpleType"/></xs:simpleContent></xs:complexType>' +
      '<xs:complexType name="D"><xs:simpleContent><xs:restriction base="C"><xs:minLength value="1"/></xs:restriction></xs:simpleContent></xs:complexType>';
    expect(() => parseSnippet(body)).toThrow(/xs:minLength does not apply to xs:anySimpleType/);
  });

  it('checks a step against the facets of its base', () => {
    const base =
      '<xs:simpleType name="B"><xs:restriction base="xs:string"><xs:maxLength value="5" fixed="true"/></xs:restriction></xs:simpleType>';
    expect(() => parseSnippet(`${base}${restriction('B', '<xs:maxLength value="4"/>')}`)).toThrow(/fixed to 5/);
    const bounded =
      '<xs:simpleType name="B"><xs:restriction base="xs:int"><xs:maxInclusive value="10"/></xs:restriction></xs:simpleType>';
    expect(() => parseSnippet(`${bounded}${restriction('B', '<xs:maxInclusive value="11"/>')}`)).toThrow(
      /at most the base type's maxInclusive 10/,
    );
    expect(() => parseSnippet(`${bounded}${restriction('B', '<xs:enumeration value="11"/>')}`)).toThrow(
      /enumeration value "11" is not valid/,
    );
    expect(() => parseSnippet(`${bounded}${restriction('B', '<xs:maxInclusive value="9"/>')}`)).not.toThrow();
  });

  it('keeps only the enumeration values the same step allows', () => {
    const body = `${restriction('xs:string', '<xs:enumeration value="a"/><xs:enumeration value="abc"/><xs:maxLength value="2"/>')}<xs:element name="e" type="T"/>`;
    expect(validAgainst(body, '<e>a</e>')).toBe(true);
    expect(validAgainst(body, '<e>abc</e>')).toBe(false);
  });

  it('rejects a circular union and a list of lists at load', () => {
    const circular =
      '<xs:simpleType name="A"><xs:union memberTypes="xs:int B"/></xs:simpleType>' +
      '<xs:simpleType name="B"><xs:union memberTypes="A"/></xs:simpleType>';
    expect(() => parseSnippet(circular)).toThrow(/circular type derivation/);
    const lists =
      '<xs:simpleType name="L"><xs:list itemType="xs:int"/></xs:simpleType>' +
      '<xs:simpleType name="LL"><xs:list itemType="L"/></xs:simpleType>';
    expect(() => parseSnippet(lists)).toThrow(/must not be a list type/);
  });
});
