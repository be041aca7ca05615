/**
 * Schema documents check-schema-document.ts must accept, and one it must refuse with the whole
 * diagnostic: an xs:notation with only a system identifier and an annotation inside; an `id` and a
 * `name` with surrounding whitespace (xs:ID and xs:NCName collapse it); an unprefixed attribute
 * next to a prefix that is one character shorter and bound to the XML Schema namespace; a local
 * xs:complexType with a name refused. xmllint 2.9.14 accepts the accepted document as a schema.
 *
 * @see XSD 1.0 Part 1 §3.12.2 (xs:notation: public or system, annotation?), §3.4.2 and §3.14.2
 *      (a local type has no name), Part 2 §3.3.8 (ID) and §3.3.7 (NCName: whiteSpace collapse),
 *      XML Schema for schemas (openAttrs: only attributes outside the XSD namespace are extra)
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const parse = (body: string) =>
  parseXsd({
    source: `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:i="http://www.w3.org/2001/XMLSchema">
${body}
</xs:schema>
`,
    file: 'test/t.xsd',
    schemaId: 'test/schemas/t.xsd',
  });

describe('checkSchemaDocument', () => {
  it('accepts a system-only notation with an annotation, collapsed id and name, and an id beside xmlns:i', () => {
    const ir = parse(`<xs:notation name="n" system="s.txt" id=" a1 "><xs:annotation/></xs:notation>
<xs:complexType name=" T "/>
<xs:element name="r" type="xs:string" id="r1"/>`);
    expect(ir.roots.map((r) => r.name)).toEqual(['r']);
  });

  it('refuses an id used twice once whitespace is collapsed (located at the earlier of the two)', () => {
    expect(diagnosticOf(() => parse('<xs:element name="a" id="x"/>\n<xs:element name="b" id=" x "/>'))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'id "x" is used twice in this schema document',
      location: { file: 'test/t.xsd', line: 2, column: 1 },
    });
  });

  it('refuses a local xs:complexType with a name, at the type', () => {
    expect(diagnosticOf(() => parse('<xs:element name="r"><xs:complexType name="x"/></xs:element>'))).toEqual({
      code: 'XsdInvalid',
      severity: 'error',
      message: 'a local xs:complexType must not have a name',
      location: { file: 'test/t.xsd', line: 2, column: 22 },
    });
  });
});
