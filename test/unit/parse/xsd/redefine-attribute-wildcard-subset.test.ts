/**
 * The attribute wildcard of a redefined attribute group that restricts its original (no
 * self-reference, src-redefine 7.2): it must allow no namespace the original's wildcard does not
 * (Wildcard Subset) and process no more laxly; an attribute the original does not declare must be
 * allowed by its wildcard. Each violation is the whole diagnostic at the redefinition. The
 * negations are read as sets (XSD 1.1 §3.10.6.2; `##other` excludes the target namespace and no
 * namespace), so not(urn:o) is a subset of not(no namespace). xmllint 2.9.14 gives the same
 * verdicts but two: it refuses that one (the XSD 1.0 text asks for the same negated namespace) and
 * accepts a list holding no namespace under `##other` (which §3.10.6 clause 3.2.2 of 1.0 refuses).
 * @see XSD 1.0 Part 1 §4.2.2 (src-redefine 7.2), §3.4.6 (clauses 2.2, 4), §3.10.6 (Wildcard
 *      Subset); XSD 1.1 Part 1 §3.10.6.2
 */
import { describe, expect, it } from 'vitest';
import { DiagnosticError } from '../../../../generator/diagnostics.js';
import type { IrSchema } from '../../../../generator/ir/ir-types.js';
import { parseXsd } from '../../../../generator/parse/xsd/parse-xsd.js';
import { diagnosticOf } from './xsd-test-helpers.js';

const XS = 'xmlns:xs="http://www.w3.org/2001/XMLSchema"';

/** o.xsd: the attribute group o:OG, whose wildcard (`##other` there) allows any namespace but urn:o and none. */
const O = `<xs:schema ${XS} targetNamespace="urn:o"><xs:attributeGroup name="OG"><xs:anyAttribute namespace="##other"/></xs:attributeGroup></xs:schema>`;

/**
 * base.xsd declares AG as `original`; main.xsd (line 1) imports urn:o (line 2) and redefines AG
 * (line 3) as `restriction` (its xs:attributeGroup on line 4). Both documents have target
 * namespace `tns`, or none.
 */
const redefine = (tns: string | undefined, original: string, restriction: string) => (): IrSchema => {
  const t = tns === undefined ? '' : ` targetNamespace="${tns}"`;
  const main = [
    `<xs:schema ${XS}${t} xmlns:o="urn:o">`,
    '<xs:import namespace="urn:o" schemaLocation="o.xsd"/>',
    '<xs:redefine schemaLocation="base.xsd">',
    `<xs:attributeGroup name=" AG ">${restriction}</xs:attributeGroup>`,
    '</xs:redefine>',
    '</xs:schema>',
  ];
  const files: Record<string, string> = {
    'o.xsd': O,
    'base.xsd': `<xs:schema ${XS}${t}><xs:attributeGroup name="AG">${original}</xs:attributeGroup></xs:schema>`,
  };
  return parseXsd({
    source: main.join('\n'),
    file: 'main.xsd',
    schemaId: 'm',
    readInclude: (href) => {
      const source = files[href];
      if (source === undefined) throw new DiagnosticError([]);
      return { source, file: href };
    },
  });
};

const any = (namespace: string, processContents?: string) =>
  `<xs:anyAttribute namespace="${namespace}"${processContents === undefined ? '' : ` processContents="${processContents}"`}/>`;
/** A reference to o:OG: the restriction's wildcard is then not(urn:o). */
const OG = '<xs:attributeGroup ref="o:OG"/>';

const atRedefinition = (message: string) => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: 'main.xsd', line: 4, column: 1 },
});
const notSubset = atRedefinition(
  'the attribute wildcard of redefined xs:attributeGroup "AG" is not a subset of the original\'s',
);
const laxer = atRedefinition(
  'the attribute wildcard of redefined xs:attributeGroup "AG" is laxer than the original\'s',
);

describe('the wildcard of a restricting attribute group is a subset of the original’s (Wildcard Subset)', () => {
  it('accepts any wildcard under ##any', () => {
    expect(redefine(undefined, any('##any'), any('##other'))).not.toThrow();
    expect(redefine('urn:t', any('##any'), any('##any'))).not.toThrow();
  });

  it('accepts a negation under the same negation, or under not(no namespace)', () => {
    expect(redefine('urn:t', any('##other'), any('##other'))).not.toThrow();
    expect(redefine(undefined, any('##other'), OG)).not.toThrow();
  });

  it('accepts namespaces that a negation allows, or a subset of a list', () => {
    expect(redefine('urn:t', any('##other'), any('urn:a urn:b'))).not.toThrow();
    expect(redefine(undefined, any('urn:a urn:b'), any('urn:b'))).not.toThrow();
    expect(redefine(undefined, any('urn:a ##local'), any('##local urn:a'))).not.toThrow();
  });

  it('refuses ##any under anything less', () => {
    expect(diagnosticOf(redefine('urn:t', any('##other'), any('##any')))).toEqual(notSubset);
    expect(diagnosticOf(redefine(undefined, any('urn:a'), any('##any')))).toEqual(notSubset);
  });

  it('refuses a negation under another negation, or under a list', () => {
    expect(diagnosticOf(redefine('urn:t', any('##other'), OG))).toEqual(notSubset);
    expect(diagnosticOf(redefine(undefined, any('urn:a urn:b'), any('##other')))).toEqual(notSubset);
  });

  it('refuses a list naming a namespace the negation excludes: its own, or none', () => {
    expect(diagnosticOf(redefine('urn:t', any('##other'), any('urn:a ##targetNamespace')))).toEqual(notSubset);
    expect(diagnosticOf(redefine('urn:t', any('##other'), any('urn:a ##local')))).toEqual(notSubset);
    expect(diagnosticOf(redefine('urn:t', any('##other'), any('##local')))).toEqual(notSubset);
  });

  it('refuses a list naming a namespace the original list does not', () => {
    expect(diagnosticOf(redefine(undefined, any('urn:a urn:b'), any('urn:a urn:c')))).toEqual(notSubset);
    expect(diagnosticOf(redefine(undefined, any('urn:a'), any('urn:c')))).toEqual(notSubset);
  });

  it('refuses a wildcard where the original has none', () => {
    expect(diagnosticOf(redefine(undefined, '<xs:attribute name="a"/>', any('urn:a')))).toEqual(notSubset);
  });
});

describe('the wildcard of a restricting attribute group processes as strictly as the original’s', () => {
  it('accepts the same processContents, or a stricter one', () => {
    expect(redefine(undefined, any('##any', 'lax'), any('##any', 'lax'))).not.toThrow();
    expect(redefine(undefined, any('##any', 'lax'), any('##any'))).not.toThrow();
    expect(redefine(undefined, any('##any', 'skip'), any('##any', 'lax'))).not.toThrow();
  });

  it('refuses a laxer one', () => {
    expect(diagnosticOf(redefine(undefined, any('##any', 'lax'), any('##any', 'skip')))).toEqual(laxer);
    expect(diagnosticOf(redefine(undefined, any('##any'), any('##any', 'lax')))).toEqual(laxer);
  });
});

describe('an attribute the original does not declare must be allowed by its wildcard', () => {
  it('accepts an attribute in a namespace the wildcard allows', () => {
    expect(redefine(undefined, any('##local'), '<xs:attribute name="extra"/>')).not.toThrow();
  });

  it('refuses one the wildcard does not allow, at the attribute', () => {
    const d = diagnosticOf(redefine(undefined, any('##other'), '<xs:attribute name="extra"/>'));
    expect(d).toEqual({
      ...atRedefinition(
        'attribute "extra" of redefined xs:attributeGroup "AG" does not restrict the original: the original has no such attribute and no wildcard allowing it',
      ),
      location: { file: 'main.xsd', line: 4, column: 32 },
    });
  });
});
