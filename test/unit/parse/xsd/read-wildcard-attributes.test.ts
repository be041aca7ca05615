/**
 * Pins how read-wildcard.ts reads an xs:anyAttribute into the IR `anyAttribute` of a complex type:
 * the `namespace` attribute (`##any`, `##other`, a whitespace-separated list of URIs,
 * `##targetNamespace` and `##local`, duplicates dropped, the empty list), `processContents`
 * (whitespace collapsed, default strict), the refusal of any other `##` keyword or process
 * value (whole diagnostics), and how the wildcards of a type combine: a type's own wildcard and
 * its attribute groups' intersect (the local processContents wins), an extension unions its own
 * with its base's, and a union XSD 1.0 cannot express is refused at the xs:extension.
 *
 * XSD 1.0 Part 1 §3.10.2 (XML representation of wildcards: namespace is `##any | ##other | List
 * of (anyURI | ##targetNamespace | ##local)`, processContents `skip | lax | strict`, both
 * whitespace-collapsed tokens per the schema for schemas), §3.4.2 (complete wildcard), §3.10.6
 * (Attribute Wildcard Union clause 5.3: a negation of a namespace and a set holding absent but
 * not that namespace is not expressible). xmllint 2.9.14 accepts the schemas read here as valid
 * (it refuses the "##foo" and "loose" values too, and the inexpressible union with "The union of
 * the wildcard is not expressible"); it does not collapse whitespace in these two attributes,
 * which the schema for schemas requires (token-derived types collapse).
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf, obj, parseSnippet } from './xsd-test-helpers.js';

/** The anyAttribute of `<xs:complexType name="T"><xs:anyAttribute ATTRS/></xs:complexType>`. */
const wildcard = (attrs: string) =>
  obj(`<xs:complexType name="T"><xs:anyAttribute ${attrs}/></xs:complexType>`).anyAttribute;

/** Parses a schema with target namespace urn:a (prefix a) whose body starts on line 3 of test/a.xsd. */
const parseA = (body: string) =>
  parseXsd({
    source: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a" xmlns:a="urn:a">
${body}
</xs:schema>
`,
    file: 'test/a.xsd',
    schemaId: 'test/a.xsd',
  });

const typeA = (body: string, name: string) =>
  parseA(body).types.find((t) => t.name === `{urn:a}${name}`)?.type as IrObjectType | undefined;

const invalid = (message: string, file: string, line: number, column: number) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file, line, column },
});

describe('the namespace attribute', () => {
  it('##any with surrounding whitespace is any namespace (no constraint)', () => {
    expect(wildcard('namespace=" ##any "')).toEqual({ process: 'strict' });
  });

  it('##other with surrounding whitespace is not the target namespace', () => {
    expect(
      typeA('<xs:complexType name="T"><xs:anyAttribute namespace=" ##other "/></xs:complexType>', 'T'),
    ).toMatchObject({ anyAttribute: { process: 'strict', namespaces: { not: 'urn:a' } } });
  });

  it('one URI is the set of that URI', () => {
    expect(wildcard('namespace="urn:x"')).toEqual({ process: 'strict', namespaces: { in: ['urn:x'] } });
  });

  it('the empty list is the empty set (no attribute matches)', () => {
    expect(wildcard('namespace=""')).toEqual({ process: 'strict', namespaces: { in: [] } });
  });

  it('only whitespace is the empty list too', () => {
    expect(wildcard('namespace="   "')).toEqual({ process: 'strict', namespaces: { in: [] } });
  });

  it('a list split on runs of whitespace, in document order', () => {
    expect(wildcard('namespace="urn:x   urn:y&#9;&#10;urn:z"')).toEqual({
      process: 'strict',
      namespaces: { in: ['urn:x', 'urn:y', 'urn:z'] },
    });
  });

  it('##targetNamespace and ##local in a list; a URI met twice is kept once', () => {
    const t = typeA(
      '<xs:complexType name="T"><xs:anyAttribute namespace="urn:a urn:x ##targetNamespace ##local urn:x ##local"/></xs:complexType>',
      'T',
    );
    expect(t?.anyAttribute).toEqual({ process: 'strict', namespaces: { in: ['urn:a', 'urn:x', ''] } });
  });

  it('##targetNamespace of a no-namespace schema is no namespace', () => {
    expect(wildcard('namespace="##targetNamespace urn:x"')).toEqual({
      process: 'strict',
      namespaces: { in: ['', 'urn:x'] },
    });
  });

  it('##other in a list is refused like any unknown ## keyword', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet('<xs:complexType name="T"><xs:anyAttribute namespace="urn:x ##other"/></xs:complexType>'),
      ),
    ).toEqual(
      invalid(
        'namespace="urn:x ##other": "##other" is not ##any, ##other, ##targetNamespace or ##local',
        'test/t.xsd',
        3,
        26,
      ),
    );
  });

  it('an unknown ## keyword is refused, naming the whole value and the token', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet('<xs:complexType name="T"><xs:anyAttribute namespace="##foo"/></xs:complexType>'),
      ),
    ).toEqual(
      invalid('namespace="##foo": "##foo" is not ##any, ##other, ##targetNamespace or ##local', 'test/t.xsd', 3, 26),
    );
  });

  it('on xs:any as well', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet(
          '<xs:complexType name="T"><xs:sequence><xs:any namespace=" urn:x ##Local"/></xs:sequence></xs:complexType>',
        ),
      ),
    ).toEqual(
      invalid(
        'namespace="urn:x ##Local": "##Local" is not ##any, ##other, ##targetNamespace or ##local',
        'test/t.xsd',
        3,
        39,
      ),
    );
  });
});

describe('processContents', () => {
  it('defaults to strict', () => {
    expect(wildcard('namespace="urn:x"')).toMatchObject({ process: 'strict' });
  });

  it('is read with its whitespace collapsed', () => {
    expect(wildcard('processContents=" lax "')).toEqual({ process: 'lax' });
    expect(wildcard('processContents="skip"')).toEqual({ process: 'skip' });
  });

  it('any other value is refused', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet('<xs:complexType name="T"><xs:anyAttribute processContents="loose"/></xs:complexType>'),
      ),
    ).toEqual(invalid('processContents="loose" must be lax, strict or skip', 'test/t.xsd', 3, 26));
  });

  it('is case-sensitive', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet('<xs:complexType name="T"><xs:anyAttribute processContents="Lax"/></xs:complexType>'),
      ),
    ).toEqual(invalid('processContents="Lax" must be lax, strict or skip', 'test/t.xsd', 3, 26));
  });
});

describe('combining wildcards', () => {
  it("a type's own ##any and a group's set: the group's namespaces, the own processContents", () => {
    const t = typeA(
      `<xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:x urn:y" processContents="skip"/></xs:attributeGroup>
<xs:complexType name="T"><xs:attributeGroup ref="a:G"/><xs:anyAttribute processContents="lax"/></xs:complexType>`,
      'T',
    );
    expect(t?.anyAttribute).toEqual({ process: 'lax', namespaces: { in: ['urn:x', 'urn:y'] } });
  });

  it("a type's own set and a group's ##other: the set minus the target namespace and no namespace", () => {
    const t = typeA(
      `<xs:attributeGroup name="G"><xs:anyAttribute namespace="##other"/></xs:attributeGroup>
<xs:complexType name="T"><xs:anyAttribute namespace="urn:x ##targetNamespace ##local" processContents="skip"/><xs:attributeGroup ref="a:G"/></xs:complexType>`,
      'T',
    );
    expect(t?.anyAttribute).toEqual({ process: 'skip', namespaces: { in: ['urn:x'] } });
  });

  it("two groups: the intersection, with the first group's processContents", () => {
    const t = typeA(
      `<xs:attributeGroup name="G"><xs:anyAttribute namespace="urn:x urn:y" processContents="skip"/></xs:attributeGroup>
<xs:attributeGroup name="H"><xs:anyAttribute namespace="urn:y urn:z" processContents="lax"/></xs:attributeGroup>
<xs:complexType name="T"><xs:attributeGroup ref="a:G"/><xs:attributeGroup ref="a:H"/></xs:complexType>`,
      'T',
    );
    expect(t?.anyAttribute).toEqual({ process: 'skip', namespaces: { in: ['urn:y'] } });
  });

  it('an extension unions its set with the base ##other: any namespace when the set has both', () => {
    const t = typeA(
      `<xs:complexType name="B"><xs:anyAttribute namespace="##other" processContents="skip"/></xs:complexType>
<xs:complexType name="T"><xs:complexContent><xs:extension base="a:B"><xs:anyAttribute namespace="urn:a ##local" processContents="lax"/></xs:extension></xs:complexContent></xs:complexType>`,
      'T',
    );
    expect(t?.anyAttribute).toEqual({ process: 'lax' });
  });

  it('an extension unioning ##other with a set holding only no namespace is refused at the xs:extension', () => {
    expect(
      diagnosticOf(() =>
        parseA(`<xs:complexType name="B"><xs:anyAttribute namespace="##other"/></xs:complexType>
<xs:complexType name="T"><xs:complexContent><xs:extension base="a:B"><xs:anyAttribute namespace="##local"/></xs:extension></xs:complexContent></xs:complexType>`),
      ),
    ).toEqual(invalid("the attribute wildcards' union is not expressible in XSD 1.0", 'test/a.xsd', 4, 45));
  });

  it('a simpleContent extension is refused the same way', () => {
    expect(
      diagnosticOf(() =>
        parseA(`<xs:complexType name="B"><xs:simpleContent><xs:extension base="xs:string"><xs:anyAttribute namespace="##other"/></xs:extension></xs:simpleContent></xs:complexType>
<xs:complexType name="T"><xs:simpleContent><xs:extension base="a:B"><xs:anyAttribute namespace="##local urn:x"/></xs:extension></xs:simpleContent></xs:complexType>`),
      ),
    ).toEqual(invalid("the attribute wildcards' union is not expressible in XSD 1.0", 'test/a.xsd', 4, 44));
  });
});
