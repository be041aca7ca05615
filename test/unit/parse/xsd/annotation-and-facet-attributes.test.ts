/**
 * Three defects of the XSD front end's attribute checks found by the parse area's mutation
 * survivors (2026-12-03), pinned where they were fixed:
 *
 * - XSD 1.0 Part 1 Appendix A: xs:appinfo has `source`, xs:documentation `source` and `xml:lang`,
 *   both any attribute of another namespace, and neither has `id`. Their own attributes were not
 *   checked at all (their content is not schema markup and still is not looked at). xmllint
 *   2.9.14 refuses `<xs:appinfo foo="x"/>` and `<xs:appinfo id="i"/>` too.
 * - Part 2 §4.3 (each facet's `fixed` is an xs:boolean, whitespace collapsed, §3.2.2): `fixed=" true "`
 *   was read as false, and `fixed="yes"` was silently taken as false.
 * - Part 2 §3.3.20: a count facet's value is an xs:nonNegativeInteger, whose lexical space allows
 *   a leading plus sign; `maxLength value="+5"` was refused (xmllint accepts it).
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
const note = (inner: string) =>
  `<xs:simpleType name="T"><xs:annotation>${inner}</xs:annotation><xs:restriction base="xs:int"/></xs:simpleType>`;

describe('attributes of xs:appinfo and xs:documentation', () => {
  it.each([
    ['<xs:appinfo foo="x"/>', 'xs:appinfo has no attribute foo'],
    ['<xs:appinfo id="i"/>', 'xs:appinfo has no attribute id'],
    ['<xs:documentation foo="x">text</xs:documentation>', 'xs:documentation has no attribute foo'],
    ['<xs:documentation id="i"/>', 'xs:documentation has no attribute id'],
  ])('%s is refused', (inner, message) => {
    expect(diagnosticOf(() => parseSnippet(note(inner)))).toEqual(invalid(message, 3, 40));
  });

  it('source, xml:lang and attributes of other namespaces are allowed; the content is not looked at', () => {
    const s = parseSnippet(
      note(
        '<xs:appinfo source="urn:a" qspec:x="1"><xs:element bogus="1"/>free text</xs:appinfo>' +
          '<xs:documentation source="urn:d" xml:lang="en">Some text</xs:documentation>',
      ),
    );
    expect(typeOf(s, 'T')).toEqual({ kind: 'primitive', builtin: 'int', facets: {} });
    expect(s.types[0]?.doc).toBe('Some text');
  });
});

describe('the fixed attribute of a facet', () => {
  const base = (fixed: string) =>
    `<xs:simpleType name="B"><xs:restriction base="xs:string"><xs:maxLength value="5" fixed="${fixed}"/></xs:restriction></xs:simpleType>`;
  const derived =
    '<xs:simpleType name="D"><xs:restriction base="B"><xs:maxLength value="4"/></xs:restriction></xs:simpleType>';

  it('" true " is true: a restriction changing the facet is refused', () => {
    expect(diagnosticOf(() => parseSnippet([base(' true '), derived].join('\n'))).message).toBe(
      'xs:maxLength is fixed to 5 in the base type; 4 changes it',
    );
  });

  it('"yes" is not a boolean', () => {
    expect(diagnosticOf(() => parseSnippet(base('yes')))).toEqual(
      invalid('fixed="yes" on xs:maxLength is not a boolean', 3, 58),
    );
  });

  it('"0" and "false" leave the facet free', () => {
    for (const f of ['0', 'false', ' false ']) {
      expect(typeOf(parseSnippet([base(f), derived].join('\n')), 'D')).toMatchObject({ facets: { maxLength: 4 } });
    }
  });
});

describe('count facet values', () => {
  it('a leading plus sign is allowed', () => {
    const s = parseSnippet(
      '<xs:simpleType name="T"><xs:restriction base="xs:string"><xs:maxLength value="+5"/></xs:restriction></xs:simpleType>',
    );
    expect(typeOf(s, 'T')).toEqual({ kind: 'primitive', builtin: 'string', facets: { maxLength: 5 } });
  });

  it('a minus sign is still refused', () => {
    expect(
      diagnosticOf(() =>
        parseSnippet(
          '<xs:simpleType name="T"><xs:restriction base="xs:string"><xs:maxLength value="-5"/></xs:restriction></xs:simpleType>',
        ),
      ).message,
    ).toBe('xs:maxLength value "-5" is not a non-negative integer');
  });
});
