/**
 * The tables of check-schema-document.ts, entry by entry: every schema element whose `name` names
 * a component must have an NCName there (XML 1.0 §2.3 Name without the colon, all NameStartChar
 * and NameChar ranges); every element whose content is only `annotation?` refuses any other
 * schema child; xs:schema and xs:redefine take annotations anywhere among their children. Each
 * refusal is the whole diagnostic at the offending element.
 *
 * @see XSD 1.0 Part 1 §3.x.2 (the XML representation of each component: `name` of type NCName;
 *      content `(annotation?)` of notation, any, anyAttribute, include, import, selector, field and
 *      the facets), §4.2.2 (xs:redefine content), XML Schema for schemas (xs:schema content);
 *      Namespaces in XML 1.0 §3 (NCName), XML 1.0 §2.3 (Names)
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, parseSnippet } from './xsd-test-helpers.js';

/** The whole XsdInvalid diagnostic at the first `marker` of the one-line `body` (line 3 of the wrapped schema). */
function at(body: string, marker: string, message: string) {
  expect(body.indexOf(marker)).toBeGreaterThanOrEqual(0);
  return {
    code: 'XsdInvalid',
    severity: 'error',
    message,
    location: { file: 'test/t.xsd', line: 3, column: body.indexOf(marker) + 1 },
  };
}
const refused = (body: string) => diagnosticOf(() => parseSnippet(body));
const st = (facet: string) =>
  `<xs:simpleType name="s"><xs:restriction base="xs:string">${facet}</xs:restriction></xs:simpleType>`;
const key = (kind: string, inner: string) =>
  `<xs:element name="r"><xs:complexType><xs:attribute name="id"/></xs:complexType><xs:${kind} name="k"${kind === 'keyref' ? ' refer="k0"' : ''}>${inner}</xs:${kind}></xs:element>`;

describe('checkSchemaDocument: names are NCNames', () => {
  it.each([
    ['element', '<xs:element name="1x"/>'],
    ['attribute', '<xs:attribute name="1x"/>'],
    ['simpleType', '<xs:simpleType name="1x"><xs:restriction base="xs:string"/></xs:simpleType>'],
    ['complexType', '<xs:complexType name="1x"/>'],
    ['group', '<xs:group name="1x"><xs:sequence/></xs:group>'],
    ['attributeGroup', '<xs:attributeGroup name="1x"/>'],
    ['notation', '<xs:notation name="1x" public="p"/>'],
  ])('refuses a top-level xs:%s named "1x"', (local, body) => {
    expect(refused(body)).toEqual(at(body, `<xs:${local}`, `name="1x" on xs:${local} is not an NCName`));
  });

  it.each(['unique', 'key', 'keyref'])('refuses an xs:%s named "1x"', (kind) => {
    const body = key(kind, '<xs:selector xpath="."/><xs:field xpath="@id"/>').replace('name="k"', 'name="1x"');
    expect(refused(body)).toEqual(at(body, `<xs:${kind}`, `name="1x" on xs:${kind} is not an NCName`));
  });

  it('accepts names from every NameStartChar and NameChar range it knows', () => {
    const names = [
      '_a-1.b\u00b7c\u0300\u203f',
      'Z\u00c0\u00d8\u00f8\u0370\u037f\u200c\u2070\u2c00\u3001\uf900\ufdf0',
      '\u{10000}x',
    ];
    const ir = parseSnippet(names.map((n) => `<xs:element name="${n}" type="xs:string"/>`).join(''));
    expect(ir.roots.map((r) => r.name).sort()).toEqual([...names].sort());
  });
});

describe('checkSchemaDocument: elements that hold only an annotation', () => {
  const extra = '<xs:sequence/>';
  it.each([
    ['notation', `<xs:notation name="n" public="p">${extra}</xs:notation>`],
    ['any', `<xs:complexType name="T"><xs:sequence><xs:any>${extra}</xs:any></xs:sequence></xs:complexType>`],
    ['anyAttribute', `<xs:complexType name="T"><xs:anyAttribute>${extra}</xs:anyAttribute></xs:complexType>`],
    ['include', `<xs:include schemaLocation="i.xsd">${extra}</xs:include>`],
    ['import', `<xs:import namespace="urn:i">${extra}</xs:import>`],
    ['selector', key('unique', `<xs:selector xpath=".">${extra}</xs:selector><xs:field xpath="@id"/>`)],
    ['field', key('unique', `<xs:selector xpath="."/><xs:field xpath="@id">${extra}</xs:field>`)],
    ...[
      'length',
      'minLength',
      'maxLength',
      'pattern',
      'enumeration',
      'whiteSpace',
      'maxInclusive',
      'maxExclusive',
      'minInclusive',
      'minExclusive',
      'totalDigits',
      'fractionDigits',
    ].map((facet) => [facet, st(`<xs:${facet} value="1">${extra}</xs:${facet}>`)]),
  ])('refuses another schema element inside xs:%s, at that element', (local, body) => {
    expect(refused(body)).toEqual(at(body, extra, `xs:sequence is not allowed in xs:${local}`));
  });
});

describe('checkSchemaDocument: annotations anywhere', () => {
  it('lets xs:schema have annotations after other children', () => {
    expect(
      parseSnippet('<xs:element name="a"/><xs:annotation/><xs:element name="b"/><xs:annotation/>').roots,
    ).toHaveLength(2);
  });

  it('lets xs:redefine have annotations after other children', () => {
    const xs = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';
    const ir = parseXsd({
      source: `<xs:schema ${xs}><xs:redefine schemaLocation="b.xsd"><xs:simpleType name="S"><xs:restriction base="S"><xs:maxLength value="3"/></xs:restriction></xs:simpleType><xs:annotation/></xs:redefine><xs:element name="e" type="S"/></xs:schema>`,
      file: 'main.xsd',
      schemaId: 'm',
      readInclude: () => ({
        source: `<xs:schema ${xs}><xs:simpleType name="S"><xs:restriction base="xs:string"/></xs:simpleType></xs:schema>`,
        file: 'b.xsd',
      }),
    });
    expect(ir.roots.map((r) => r.name)).toEqual(['e']);
  });
});
