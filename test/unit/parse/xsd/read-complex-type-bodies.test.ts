/**
 * The body of an xs:complexType as read-complex-type.ts reads it, with whole diagnostics: what may
 * stand next to xs:simpleContent / xs:complexContent, the one derivation step they hold, which
 * `mixed` applies (the complexContent's overrides the type's), the base a complexContent may name
 * (a complex type) and a simpleContent may not (xs:anyType), element content in simpleContent,
 * the inline simple type of a simpleContent restriction, and boolean `mixed` values (" true ", "1").
 * @see XSD 1.0 Part 1 §3.4.2 (XML representation of complex type definitions, src-ct),
 *      Part 2 §3.2.2 (boolean: true, false, 1, 0; whiteSpace collapse)
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, obj, parseSnippet } from './xsd-test-helpers.js';

/** The diagnostic expected at line 3 of the wrapped snippet (its first line), at `tag` of `body`. */
function expectFailure(body: string, tag: string, code: string, message: string): void {
  const column = body.indexOf(tag) + 1;
  expect(column).toBeGreaterThan(0);
  const want: Diagnostic = { code, severity: 'error', message, location: { file: 'test/t.xsd', line: 3, column } };
  expect(diagnosticOf(() => parseSnippet(body))).toEqual(want);
}

/** The type of the `value` field that holds the text of a type with simple content. */
const valueType = (t: IrObjectType) => t.fields.find((f) => f.name === 'value')?.type;

/** B: an element-only type with one element `a`. */
const B =
  '<xs:complexType name="B"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>';
/** BS: a complex type with simple content (xs:string). */
const BS =
  '<xs:complexType name="BS"><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>';

describe('readComplexType: what stands next to the content', () => {
  it('refuses an attribute next to xs:complexContent', () => {
    const body = `${B}<xs:complexType name="T"><xs:complexContent><xs:extension base="B"/></xs:complexContent><xs:attribute name="x"/></xs:complexType>`;
    expectFailure(body, '<xs:attribute', 'XsdUnsupported', 'xs:attribute next to xs:complexContent is not supported');
  });

  it('refuses a particle before xs:simpleContent', () => {
    const body =
      '<xs:complexType name="T"><xs:sequence/><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>';
    expectFailure(body, '<xs:sequence', 'XsdUnsupported', 'xs:sequence next to xs:simpleContent is not supported');
  });
});

describe('readComplexType: the derivation step', () => {
  it.each([
    ['complexContent', ''],
    ['complexContent', '<xs:sequence/>'],
    ['simpleContent', '<xs:attribute name="x"/>'],
  ])('refuses an xs:%s without xs:extension or xs:restriction (%s)', (content, inner) => {
    const body = `<xs:complexType name="T"><xs:${content}>${inner}</xs:${content}></xs:complexType>`;
    expectFailure(body, `<xs:${content}`, 'XsdInvalid', `xs:${content} needs one xs:extension or xs:restriction`);
  });

  it('refuses a second step', () => {
    const body = `${B}<xs:complexType name="T"><xs:complexContent><xs:extension base="B"/><xs:restriction base="B"/></xs:complexContent></xs:complexType>`;
    expectFailure(body, '<xs:restriction', 'XsdInvalid', 'unexpected xs:restriction in xs:complexContent');
  });

  it('refuses a complexContent base that is a simple type, named or built-in', () => {
    const named = `<xs:simpleType name="S"><xs:restriction base="xs:string"/></xs:simpleType><xs:complexType name="T"><xs:complexContent><xs:extension base="S"/></xs:complexContent></xs:complexType>`;
    expectFailure(
      named,
      '<xs:extension',
      'XsdInvalid',
      'complexContent base "S" must be a complex type (use simpleContent)',
    );
    const builtin = `<xs:complexType name="T"><xs:complexContent><xs:restriction base="xs:int"/></xs:complexContent></xs:complexType>`;
    expectFailure(
      builtin,
      '<xs:restriction',
      'XsdInvalid',
      'complexContent base "xs:int" must be a complex type (use simpleContent)',
    );
  });

  it('accepts a complexContent base that is a named complex type', () => {
    const t = obj(
      `${B}<xs:complexType name="T"><xs:complexContent><xs:extension base="B"/></xs:complexContent></xs:complexType>`,
    );
    expect(t.fields.map((f) => f.name)).toEqual(['a']);
  });

  it('refuses a simpleContent that derives from xs:anyType', () => {
    const body = `<xs:complexType name="T"><xs:simpleContent><xs:restriction base="xs:anyType"/></xs:simpleContent></xs:complexType>`;
    expectFailure(body, '<xs:restriction', 'XsdInvalid', 'simpleContent cannot derive from xs:anyType');
  });

  it('a complexContent restriction replaces the base’s content; an extension appends to it', () => {
    const restricted = obj(`<xs:complexType name="B"><xs:sequence>
      <xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/>
    </xs:sequence></xs:complexType>
    <xs:complexType name="T"><xs:complexContent><xs:restriction base="B"><xs:sequence>
      <xs:element name="a" type="xs:string"/>
    </xs:sequence></xs:restriction></xs:complexContent></xs:complexType>`);
    expect(restricted.fields.map((f) => f.name)).toEqual(['a']);
    const extended = obj(`${B}<xs:complexType name="T"><xs:complexContent><xs:extension base="B"><xs:sequence>
      <xs:element name="c" type="xs:string"/>
    </xs:sequence></xs:extension></xs:complexContent></xs:complexType>`);
    expect(extended.fields.map((f) => f.name)).toEqual(['a', 'c']);
  });
});

describe('readComplexType: simpleContent bodies', () => {
  it.each(['extension', 'restriction'])('refuses element content in a simpleContent %s', (step) => {
    const body = `${BS}<xs:complexType name="T"><xs:simpleContent><xs:${step} base="BS"><xs:sequence/></xs:${step}></xs:simpleContent></xs:complexType>`;
    expectFailure(
      body,
      `<xs:${step} base="BS"`,
      'XsdInvalid',
      `xs:${step} in xs:simpleContent cannot have element content`,
    );
  });

  it('applies the facets of a simpleContent restriction, not those of an extension', () => {
    const t = obj(
      `${BS}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="BS"><xs:maxLength value="3"/></xs:restriction></xs:simpleContent></xs:complexType>`,
    );
    expect(valueType(t)).toEqual({ kind: 'primitive', builtin: 'string', facets: { maxLength: 3 } });
    const body = `${BS}<xs:complexType name="T"><xs:simpleContent><xs:extension base="BS"><xs:maxLength value="3"/></xs:extension></xs:simpleContent></xs:complexType>`;
    // A facet is no content of a simpleContent extension (§3.4.2): refused at the facet.
    expect(diagnosticOf(() => parseSnippet(body))).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('xs:maxLength'),
      location: { file: 'test/t.xsd', line: 3, column: body.indexOf('<xs:maxLength') + 1 },
    });
    const plain = obj(
      `${BS}<xs:complexType name="T"><xs:simpleContent><xs:extension base="BS"><xs:attribute name="x" type="xs:int"/></xs:extension></xs:simpleContent></xs:complexType>`,
    );
    expect(valueType(plain)).toEqual({ kind: 'primitive', builtin: 'string', facets: {} });
  });

  it('takes the inline simple type of a simpleContent restriction as the restricted base', () => {
    const t = obj(`${BS}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="BS">
      <xs:simpleType><xs:restriction base="xs:string"><xs:maxLength value="5"/></xs:restriction></xs:simpleType>
      <xs:minLength value="2"/>
    </xs:restriction></xs:simpleContent></xs:complexType>`);
    expect(valueType(t)).toEqual({ kind: 'primitive', builtin: 'string', facets: { maxLength: 5, minLength: 2 } });
  });
});

describe('readComplexType: mixed', () => {
  /** T with `typeMixed` on the type and `ccMixed` on its complexContent, extending element-only B. */
  const mixedOf = (typeMixed: string, ccMixed: string) =>
    obj(`${B}<xs:complexType name="T"${typeMixed}><xs:complexContent${ccMixed}><xs:extension base="B"><xs:sequence>
      <xs:element name="c" type="xs:string"/></xs:sequence></xs:extension></xs:complexContent></xs:complexType>`)
      .content;

  it.each([
    ['', '', 'sequence'],
    [' mixed="true"', '', 'mixed'],
    ['', ' mixed="true"', 'mixed'],
    [' mixed="true"', ' mixed="false"', 'sequence'],
    [' mixed="false"', ' mixed=" 1 "', 'mixed'],
  ])('type%s, complexContent%s: %s', (typeMixed, ccMixed, content) => {
    expect(mixedOf(typeMixed, ccMixed)).toBe(content);
  });

  it.each([
    [' true ', 'mixed'],
    ['1', 'mixed'],
    ['0', 'sequence'],
    ['false', 'sequence'],
  ])('reads mixed="%s" on a type with a direct content model as a boolean', (value, content) => {
    const t = obj(
      `<xs:complexType name="T" mixed="${value}"><xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`,
    );
    expect(t.content).toBe(content);
  });
});
