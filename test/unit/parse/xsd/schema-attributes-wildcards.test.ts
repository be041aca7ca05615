/**
 * Pins the attribute table of the schema for schemas (generator/parse/xsd/schema-attributes.ts)
 * for the wildcards and the content elements of a complex type: xs:any and xs:anyAttribute take
 * `namespace` and `processContents` (xs:any also the occurrence attributes, xs:anyAttribute not),
 * xs:complexContent takes `mixed`, xs:simpleContent and xs:annotation only `id`. Any other
 * unqualified attribute is `XsdInvalid` at the element.
 *
 * XSD 1.0 Part 1 Appendix A (schema for schemas), §3.10.2 (wildcards), §3.4.2 (complex type
 * definitions), §3.13.2 (annotations). Each verdict here is xmllint 2.9.14's as well (checked by
 * hand with `xmllint --schema`).
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import { diagnosticOf, parseSnippet, typeOf } from './xsd-test-helpers.js';

const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'test/t.xsd', line, column },
});

/** A mixed base type B, and C extending it through xs:complexContent (line 7). */
const extending = (contentAttrs: string, body: string) => `<xs:complexType name="B" mixed="true">
<xs:sequence><xs:element name="a" type="xs:string"/></xs:sequence>
</xs:complexType>
<xs:complexType name="C">
<xs:complexContent${contentAttrs}><xs:extension base="B">${body}</xs:extension></xs:complexContent>
</xs:complexType>`;

describe('wildcards', () => {
  it('xs:any with namespace, processContents, occurrences and id; xs:anyAttribute with namespace, processContents and id', () => {
    const s = parseSnippet(
      extending(
        ' mixed="true"',
        '<xs:sequence><xs:any namespace="##other" processContents="lax" minOccurs="0" maxOccurs="2" id="w"/></xs:sequence>' +
          '<xs:anyAttribute namespace="##local urn:y" processContents="skip" id="aw"/>',
      ),
    );
    expect(typeOf(s, 'C')).toMatchObject({
      kind: 'object',
      content: 'mixed',
      particle: {
        kind: 'sequence',
        items: [
          { kind: 'sequence' },
          {
            kind: 'sequence',
            items: [{ kind: 'any', occurs: { min: 0, max: 2 }, process: 'lax', namespaces: { not: '' } }],
          },
        ],
      },
      openAttributes: true,
      anyAttribute: { process: 'skip', namespaces: { in: ['', 'urn:y'] } },
    });
  });

  it('xs:anyAttribute with only a namespace', () => {
    const s = parseSnippet('<xs:complexType name="C"><xs:anyAttribute namespace="urn:a urn:b"/></xs:complexType>');
    expect(typeOf(s, 'C')).toMatchObject({
      anyAttribute: { process: 'strict', namespaces: { in: ['urn:a', 'urn:b'] } },
    });
  });

  it('xs:any with only a namespace', () => {
    const s = parseSnippet(
      '<xs:complexType name="C"><xs:sequence><xs:any namespace="##targetNamespace"/></xs:sequence></xs:complexType>',
    );
    expect(typeOf(s, 'C')).toMatchObject({
      particle: { items: [{ kind: 'any', process: 'strict', namespaces: { in: [''] } }] },
    });
  });

  it('an unknown attribute on xs:any is refused', () => {
    const d = diagnosticOf(() =>
      parseSnippet('<xs:complexType name="C"><xs:sequence><xs:any foo="x"/></xs:sequence></xs:complexType>'),
    );
    expect(d).toEqual(invalid('xs:any has no attribute foo', 3, 39));
  });

  it('xs:anyAttribute has no occurrence attributes', () => {
    const d = diagnosticOf(() =>
      parseSnippet('<xs:complexType name="C"><xs:anyAttribute minOccurs="0"/></xs:complexType>'),
    );
    expect(d).toEqual(invalid('xs:anyAttribute has no attribute minOccurs', 3, 26));
  });

  it('a qualified attribute of another namespace is allowed on a wildcard', () => {
    const s = parseSnippet(
      '<xs:complexType name="C" xmlns:f="urn:f"><xs:anyAttribute f:note="x" namespace="##any"/></xs:complexType>',
    );
    expect(typeOf(s, 'C')).toMatchObject({ anyAttribute: { process: 'strict' } });
  });
});

describe('xs:complexContent and xs:simpleContent', () => {
  it('complexContent mixed="true" makes the content mixed', () => {
    const s = parseSnippet(extending(' mixed="true"', ''));
    expect(typeOf(s, 'C')).toMatchObject({ kind: 'object', content: 'mixed', base: 'test/schemas/t.xsd#B' });
  });

  it('complexContent with id', () => {
    const s = parseSnippet(extending(' id="cc"', ''));
    expect(typeOf(s, 'C')).toMatchObject({ kind: 'object', content: 'mixed' });
  });

  it('an unknown attribute on complexContent is refused', () => {
    const d = diagnosticOf(() => parseSnippet(extending(' foo="x"', '')));
    expect(d).toEqual(invalid('xs:complexContent has no attribute foo', 7, 1));
  });

  it('simpleContent has no mixed attribute', () => {
    const d = diagnosticOf(() =>
      parseSnippet(
        '<xs:complexType name="C"><xs:simpleContent mixed="true"><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>',
      ),
    );
    expect(d).toEqual(invalid('xs:simpleContent has no attribute mixed', 3, 26));
  });
});

describe('xs:annotation', () => {
  it('takes an id', () => {
    const s = parseSnippet(
      '<xs:annotation id="n"><xs:documentation>d</xs:documentation></xs:annotation><xs:element name="e"/>',
    );
    expect(s.roots.map((r) => r.name)).toEqual(['e']);
  });

  it('an unknown attribute on it is refused', () => {
    const d = diagnosticOf(() => parseSnippet('<xs:annotation source="x"><xs:appinfo/></xs:annotation>'));
    expect(d).toEqual(invalid('xs:annotation has no attribute source', 3, 1));
  });
});
