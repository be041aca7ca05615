/**
 * Pins the attribute wildcard intersection of read-attributes.ts across namespaces: a type's
 * `##other` wildcard (not urn:a) and an imported attribute group's `##other` (not urn:b) have an
 * intersection XSD 1.0 cannot express, both when the type has its own xs:anyAttribute and when
 * the two wildcards come from two attribute groups; the whole diagnostic is pinned.
 *
 * XSD 1.0 Part 1 §3.10.6 (Attribute Wildcard Intersection, clause 4: two different negations
 * are not expressible), §3.4.2 (complete attribute wildcard of a complex type), §3.6.2 (attribute
 * group references). xmllint 2.9.14 refuses both schemas as well ("The intersection of the
 * wildcard is not expressible").
 */
import { describe, expect, it } from 'vitest';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const B = `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:b">
<xs:attributeGroup name="G"><xs:anyAttribute namespace="##other"/></xs:attributeGroup>
</xs:schema>
`;

/** main.xsd (target namespace urn:a, importing b.xsd) with `body` on line 5. */
const parseMain = (body: string) =>
  parseXsd({
    source: `<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:a" xmlns:a="urn:a" xmlns:b="urn:b">
<xs:import namespace="urn:b" schemaLocation="b.xsd"/>
<xs:attributeGroup name="H"><xs:anyAttribute namespace="##other"/></xs:attributeGroup>
${body}
</xs:schema>
`,
    file: 'test/main.xsd',
    schemaId: 'test/main.xsd',
    readInclude: (href) => {
      if (href !== 'b.xsd') throw new Error(`unexpected ${href}`);
      return { source: B, file: 'test/b.xsd' };
    },
  });

const inexpressible = (line: number, column: number) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message: "the attribute wildcards' intersection is not expressible in XSD 1.0",
  location: { file: 'test/main.xsd', line, column },
});

describe('wildcard intersections across namespaces', () => {
  it('the type’s own ##other and an imported group’s ##other: at the first attribute node', () => {
    expect(
      diagnosticOf(() =>
        parseMain(
          '<xs:complexType name="C"><xs:attributeGroup ref="b:G"/><xs:anyAttribute namespace="##other"/></xs:complexType>',
        ),
      ),
    ).toEqual(inexpressible(5, 26));
  });

  it('two groups’ ##other from two namespaces: at the second group reference', () => {
    expect(
      diagnosticOf(() =>
        parseMain(
          '<xs:complexType name="C"><xs:attributeGroup ref="b:G"/><xs:attributeGroup ref="a:H"/></xs:complexType>',
        ),
      ),
    ).toEqual(inexpressible(5, 56));
  });

  it('one namespace’s ##other twice is that ##other', () => {
    const s = parseMain(
      '<xs:complexType name="C"><xs:attributeGroup ref="a:H"/><xs:anyAttribute namespace="##other" processContents="lax"/></xs:complexType>',
    );
    expect(s.types.find((t) => t.name === '{urn:a}C')?.type).toMatchObject({
      anyAttribute: { process: 'lax', namespaces: { not: 'urn:a' } },
    });
  });
});
