/**
 * Every constraining facet may stand in an xs:restriction of xs:simpleContent, besides attribute
 * uses, and restricts the text the type holds (read-complex-type.ts reads them for the step).
 * @see XSD 1.0 Part 1 §3.4.2 (complex types with simple content: the restriction's
 *      simpleRestrictionModel), Part 2 §4.3 (constraining facets)
 */
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { obj } from './xsd-test-helpers.js';

/** Complex types with simple content: BS of xs:string, BD of xs:decimal. */
const BASES =
  '<xs:complexType name="BS"><xs:simpleContent><xs:extension base="xs:string"/></xs:simpleContent></xs:complexType>' +
  '<xs:complexType name="BD"><xs:simpleContent><xs:extension base="xs:decimal"/></xs:simpleContent></xs:complexType>';

/** The text type of T, a simpleContent restriction of `base` by `facets` (plus an attribute use). */
function textOf(base: string, facets: string): IrType | undefined {
  const t = obj(`${BASES}<xs:complexType name="T"><xs:simpleContent><xs:restriction base="${base}">
    ${facets}<xs:attribute name="id" type="xs:int"/></xs:restriction></xs:simpleContent></xs:complexType>`);
  expect(t.fields.map((f) => f.name)).toEqual(['id', 'value']);
  return t.fields.find((f) => f.name === 'value')?.type;
}

const str = (facets: object) => ({ kind: 'primitive', builtin: 'string', facets });
const dec = (facets: object) => ({ kind: 'primitive', builtin: 'decimal', facets });

describe('simpleContent restriction: each facet', () => {
  it.each([
    ['length', 'BS', '<xs:length value="2"/>', str({ length: 2 })],
    [
      'minLength and maxLength',
      'BS',
      '<xs:minLength value="1"/><xs:maxLength value="3"/>',
      str({ minLength: 1, maxLength: 3 }),
    ],
    ['pattern', 'BS', '<xs:pattern value="[a-z]+"/>', str({ patterns: ['[a-z]+'] })],
    [
      'enumeration',
      'BS',
      '<xs:enumeration value="a"/><xs:enumeration value="bb"/>',
      { kind: 'enum', base: 'string', values: ['a', 'bb'] },
    ],
    [
      'minInclusive, maxInclusive, totalDigits and fractionDigits',
      'BD',
      '<xs:minInclusive value="0"/><xs:maxInclusive value="9"/><xs:totalDigits value="3"/><xs:fractionDigits value="1"/>',
      dec({ minInclusive: '0', maxInclusive: '9', totalDigits: 3, fractionDigits: 1 }),
    ],
    [
      'minExclusive and maxExclusive',
      'BD',
      '<xs:minExclusive value="0"/><xs:maxExclusive value="9"/>',
      dec({ minExclusive: '0', maxExclusive: '9' }),
    ],
  ])('%s', (_what, base, facets, want) => {
    expect(textOf(base, facets)).toEqual(want);
  });

  it('whiteSpace', () => {
    expect(textOf('BS', '<xs:whiteSpace value="collapse"/>')).toMatchObject({ kind: 'primitive', builtin: 'string' });
  });
});
