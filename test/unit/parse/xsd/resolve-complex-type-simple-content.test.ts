/**
 * simpleContent as resolve-complex-type.ts resolves it: the text type and `base` of a built-in or
 * named base, the attribute wildcard (an extension unions its own with the base's; a restriction
 * has only its own), an inline xs:simpleType restricted further by the step's facets, and the
 * diagnostic for a complex base without simple content.
 *
 * @see XSD 1.0 Part 1 §3.4.2 (complex types with simple content: {content type} clauses 1-2,
 * {attribute wildcard}: restriction takes the local wildcard, extension the union with the
 * base's), §3.4.3 (src-ct.2: the base must have simple content), §3.10.6 (Attribute Wildcard Union)
 */
import { describe, expect, it } from 'vitest';
import { diagnosticOf, fieldsOf, ID, obj, parseSnippet } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const str = { kind: 'primitive', builtin: 'string', facets: {} };

const valueField = (type: unknown) => ({
  name: 'value',
  xml: { local: '#text', node: 'text' },
  type,
  occurs: one,
  nillable: false,
});

const OPEN_BASE = `<xs:complexType name="B"><xs:simpleContent><xs:extension base="xs:string">
  <xs:anyAttribute namespace="urn:a"/>
</xs:extension></xs:simpleContent></xs:complexType>`;

describe('simpleContent of a built-in', () => {
  it('an extension of xs:string is closed, not mixed and records no base', () => {
    const t = obj(`<xs:complexType name="T"><xs:simpleContent><xs:extension base="xs:string">
      <xs:attribute name="x" type="xs:string"/>
    </xs:extension></xs:simpleContent></xs:complexType>`);
    expect({ ...t, fields: fieldsOf(t) }).toEqual({
      kind: 'object',
      fields: [
        { name: 'x', xml: { local: 'x', node: 'attribute' }, type: str, occurs: { min: 0, max: 1 }, nillable: false },
        valueField(str),
      ],
      content: 'simple',
      particle: null,
    });
  });
});

describe('simpleContent of a complex type with simple content', () => {
  it('an extension without a wildcard inherits the base wildcard', () => {
    const t = obj(`${OPEN_BASE}<xs:complexType name="T"><xs:simpleContent><xs:extension base="B">
      <xs:attribute name="x" type="xs:string"/>
    </xs:extension></xs:simpleContent></xs:complexType>`);
    expect(t.base).toBe(ID('B'));
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:a'] } });
  });

  it('an extension with its own wildcard unions it with the base wildcard', () => {
    const t = obj(`${OPEN_BASE}<xs:complexType name="T"><xs:simpleContent><xs:extension base="B">
      <xs:anyAttribute namespace="urn:b"/>
    </xs:extension></xs:simpleContent></xs:complexType>`);
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:b', 'urn:a'] } });
  });

  it('an extension with a wildcard of a closed base is open with its own wildcard', () => {
    const t =
      obj(`<xs:complexType name="B"><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>
      <xs:complexType name="T"><xs:simpleContent><xs:extension base="B">
        <xs:anyAttribute namespace="urn:b"/>
      </xs:extension></xs:simpleContent></xs:complexType>`);
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:b'] } });
  });

  it('a restriction without a wildcard is closed, however open the base', () => {
    const t = obj(`${OPEN_BASE}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="B">
      <xs:maxLength value="5"/>
    </xs:restriction></xs:simpleContent></xs:complexType>`);
    expect({ ...t, fields: fieldsOf(t) }).toEqual({
      kind: 'object',
      fields: [valueField({ kind: 'primitive', builtin: 'string', facets: { maxLength: 5 } })],
      content: 'simple',
      particle: null,
      base: ID('B'),
    });
  });

  it("a restriction with a wildcard has only its own, not the base's", () => {
    const t = obj(`${OPEN_BASE}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="B">
      <xs:anyAttribute namespace="urn:a" processContents="skip"/>
    </xs:restriction></xs:simpleContent></xs:complexType>`);
    expect(t.openAttributes).toBe(true);
    expect(t.anyAttribute).toEqual({ process: 'skip', namespaces: { in: ['urn:a'] } });
  });

  it("a restriction's inline xs:simpleType is the type its facets restrict further", () => {
    const t = obj(`${OPEN_BASE}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="B">
      <xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="5"/></xs:restriction></xs:simpleType>
      <xs:minLength value="2"/>
    </xs:restriction></xs:simpleContent></xs:complexType>`);
    expect(fieldsOf(t)).toEqual([
      valueField({ kind: 'primitive', builtin: 'string', facets: { minLength: 2, maxLength: 5 } }),
    ]);
  });

  it('a base with element content is refused, naming the base as written, at the xs:extension', () => {
    const d = diagnosticOf(() =>
      parseSnippet(`<xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>
<xs:complexType name="T"><xs:simpleContent><xs:extension base="B"/></xs:simpleContent></xs:complexType>`),
    );
    expect(d).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'simpleContent base "B" is a complex type without simple content',
      location: { file: 'test/t.xsd', line: 4, column: 44 },
    });
  });
});

describe('a complexContent extension of a type with simple content (xmllint agrees on each)', () => {
  const S = `<xs:complexType name="S"><xs:simpleContent><xs:extension base="xs:int">
  <xs:attribute name="a" type="xs:string"/></xs:extension></xs:simpleContent></xs:complexType>`;
  const int = { kind: 'primitive', builtin: 'int', facets: {} };
  const attribute = (name: string) => ({
    name,
    xml: { local: name, node: 'attribute' },
    type: str,
    occurs: { min: 0, max: 1 },
    nillable: false,
  });

  it('adding only attributes keeps the base text (§3.4.2: empty content takes the base content type)', () => {
    const t = obj(`${S}<xs:complexType name="T"><xs:complexContent><xs:extension base="S">
  <xs:attribute name="b" type="xs:string"/></xs:extension></xs:complexContent></xs:complexType>`);
    expect({ ...t, fields: fieldsOf(t) }).toEqual({
      kind: 'object',
      fields: [attribute('a'), attribute('b'), valueField(int)],
      content: 'simple',
      particle: null,
      base: ID('S'),
    });
  });

  it('adding elements or mixed content is refused at the extension (cos-ct-extends 1.4)', () => {
    const cases: [string, string][] = [
      ['', '<xs:sequence><xs:element name="e"/></xs:sequence>'],
      [' mixed="true"', ''],
    ];
    for (const [attrs, body] of cases) {
      expect(
        diagnosticOf(() =>
          parseSnippet(`${S}
<xs:complexType name="T"><xs:complexContent${attrs}><xs:extension base="S">${body}</xs:extension></xs:complexContent></xs:complexType>`),
        ),
      ).toEqual({
        code: 'XsdInvalid',
        severity: 'error',
        message: 'xs:extension of "S", a type with simple content, cannot add element or mixed content',
        location: { file: 'test/t.xsd', line: 5, column: 45 + attrs.length },
      });
    }
  });
});
