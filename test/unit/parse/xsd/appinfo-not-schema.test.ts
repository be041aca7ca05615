/**
 * XSD 1.0 Part 1 §3.13.2: the content of xs:appinfo is for applications, not schema markup. XSD
 * elements written inside it (an xs:simpleType deriving from a final type, a chain of `base=`
 * references) must not be checked as type definitions. Found by a mutation survivor of
 * check-type-final.ts (2026-12-03); xmllint 2.9.14 accepts each schema here (checked by hand).
 */
import { describe, expect, it } from 'vitest';
import { parseSnippet, typeOf } from './xsd-test-helpers.js';

const appinfo = (inner: string) => `<xs:annotation><xs:appinfo>${inner}</xs:appinfo></xs:annotation>`;

describe('XSD markup inside xs:appinfo is not a definition', () => {
  it('a restriction of a final type, written in appinfo, is not refused (type final check)', () => {
    const s = parseSnippet(
      [
        '<xs:simpleType name="S" final="restriction"><xs:restriction base="xs:int"/></xs:simpleType>',
        `<xs:simpleType name="T">${appinfo('<xs:simpleType><xs:restriction base="S"/></xs:simpleType>')}<xs:restriction base="xs:string"/></xs:simpleType>`,
      ].join('\n'),
    );
    expect(typeOf(s, 'T')).toEqual({ kind: 'primitive', builtin: 'string', facets: {} });
  });

  it('the same restriction outside appinfo is still refused', () => {
    expect(() =>
      parseSnippet(
        [
          '<xs:simpleType name="S" final="restriction"><xs:restriction base="xs:int"/></xs:simpleType>',
          '<xs:simpleType name="T"><xs:restriction base="S"/></xs:simpleType>',
        ].join('\n'),
      ),
    ).toThrow(/cannot derive from "S" by restriction/);
  });

  it('base= references in appinfo do not count towards the 64-step derivation limit', () => {
    const n = 70;
    const body = Array.from(
      { length: n },
      (_, i) =>
        `<xs:simpleType name="T${i}">${appinfo(`<xs:restriction base="T${i + 1}"/>`)}<xs:restriction base="xs:int"/></xs:simpleType>`,
    );
    body.push(`<xs:simpleType name="T${n}"><xs:restriction base="xs:int"/></xs:simpleType>`);
    const s = parseSnippet(body.join('\n'));
    expect(typeOf(s, 'T0')).toEqual({ kind: 'primitive', builtin: 'int', facets: {} });
  });
});
