/**
 * Simple types: enumerations, facets (pattern, lengths, ranges, digits, whiteSpace) merged down
 * derivation chains, xs:list, xs:union, and exact numeric bounds beyond 2^53.
 * @see XSD 1.1 Part 2 §4.1, §4.3
 */
import { describe, expect, it } from 'vitest';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { ID, parseSnippet, typeOf } from './xsd-test-helpers.js';

const simple = (name: string, body: string) => `<xs:simpleType name="${name}">${body}</xs:simpleType>`;
const restrict = (base: string, facets: string) => `<xs:restriction base="${base}">${facets}</xs:restriction>`;

describe('parseXsd: simple types', () => {
  const cases: [string, { given: string; want: IrType }][] = [
    [
      'enumeration only → enum with the resolved builtin',
      {
        given: simple('T', restrict('xs:token', '<xs:enumeration value="A B"/><xs:enumeration value="c"/>')),
        want: { kind: 'enum', base: 'token', values: ['A B', 'c'] },
      },
    ],
    [
      'enumeration over a named base resolves the base builtin',
      {
        given:
          simple('B', restrict('xs:int', '<xs:minInclusive value="0"/>')) +
          simple('T', restrict('B', '<xs:enumeration value="1"/><xs:enumeration value="2"/>')),
        want: { kind: 'enum', base: 'int', values: ['1', '2'] },
      },
    ],
    [
      'pattern and lengths',
      {
        given: simple(
          'T',
          restrict('xs:string', '<xs:pattern value="[A-Z]{2}\\d+"/><xs:minLength value="3"/><xs:maxLength value="8"/>'),
        ),
        want: {
          kind: 'primitive',
          builtin: 'string',
          facets: { minLength: 3, maxLength: 8, patterns: ['[A-Z]{2}\\d+'] },
        },
      },
    ],
    [
      'exact length and whiteSpace',
      {
        given: simple('T', restrict('xs:string', '<xs:length value="4"/><xs:whiteSpace value="collapse"/>')),
        want: { kind: 'primitive', builtin: 'string', facets: { length: 4, whiteSpace: 'collapse' } },
      },
    ],
    [
      'two patterns in one step are alternatives',
      {
        given: simple('T', restrict('xs:string', '<xs:pattern value="a+"/><xs:pattern value="b+"/>')),
        want: { kind: 'primitive', builtin: 'string', facets: { patterns: ['((a+)|(b+))'] } },
      },
    ],
    [
      'ranges and digits stay strings/numbers as declared',
      {
        given: simple(
          'T',
          restrict(
            'xs:decimal',
            '<xs:minExclusive value="-1.5"/><xs:maxInclusive value="99.99"/><xs:totalDigits value="4"/><xs:fractionDigits value="2"/>',
          ),
        ),
        want: {
          kind: 'primitive',
          builtin: 'decimal',
          facets: { minExclusive: '-1.5', maxInclusive: '99.99', totalDigits: 4, fractionDigits: 2 },
        },
      },
    ],
    [
      'xs:long bounds beyond 2^53 kept exact',
      {
        given: simple(
          'T',
          restrict(
            'xs:long',
            '<xs:minInclusive value="-9223372036854775808"/><xs:maxInclusive value="9223372036854775807"/>',
          ),
        ),
        want: {
          kind: 'primitive',
          builtin: 'long',
          facets: { minInclusive: '-9223372036854775808', maxInclusive: '9223372036854775807' },
        },
      },
    ],
    [
      'facets merged down the chain; later steps win; patterns appended',
      {
        given:
          simple(
            'A',
            restrict('xs:string', '<xs:pattern value="[a-z]*"/><xs:maxLength value="20"/><xs:minLength value="1"/>'),
          ) +
          simple('B', restrict('A', '<xs:pattern value=".{2,}"/><xs:maxLength value="10"/>')) +
          simple('T', restrict('B', '<xs:whiteSpace value="collapse"/>')),
        want: {
          kind: 'primitive',
          builtin: 'string',
          facets: { minLength: 1, maxLength: 10, patterns: ['[a-z]*', '.{2,}'], whiteSpace: 'collapse' },
        },
      },
    ],
    [
      'restriction without facets keeps the reference',
      {
        given: simple('A', restrict('xs:int', '<xs:maxInclusive value="5"/>')) + simple('T', restrict('A', '')),
        want: { kind: 'ref', target: ID('A') },
      },
    ],
    [
      'restriction of a builtin without facets is the primitive',
      { given: simple('T', restrict('xs:boolean', '')), want: { kind: 'primitive', builtin: 'boolean', facets: {} } },
    ],
    [
      'restriction with an inline base type',
      {
        given: simple(
          'T',
          `<xs:restriction><xs:simpleType>${restrict('xs:integer', '<xs:minInclusive value="1"/>')}</xs:simpleType><xs:maxInclusive value="9"/></xs:restriction>`,
        ),
        want: { kind: 'primitive', builtin: 'integer', facets: { minInclusive: '1', maxInclusive: '9' } },
      },
    ],
    [
      'xs:list with itemType',
      {
        given: simple('T', '<xs:list itemType="xs:int"/>'),
        want: { kind: 'list', item: { kind: 'primitive', builtin: 'int', facets: {} } },
      },
    ],
    [
      'xs:list with an inline item type',
      {
        given: simple(
          'T',
          `<xs:list><xs:simpleType>${restrict('xs:string', '<xs:enumeration value="x"/>')}</xs:simpleType></xs:list>`,
        ),
        want: { kind: 'list', item: { kind: 'enum', base: 'string', values: ['x'] } },
      },
    ],
    [
      'xs:union of memberTypes and inline members',
      {
        given:
          simple('N', restrict('xs:int', '<xs:minInclusive value="0"/>')) +
          simple(
            'T',
            `<xs:union memberTypes="N xs:date"><xs:simpleType>${restrict('xs:string', '<xs:enumeration value="never"/>')}</xs:simpleType></xs:union>`,
          ),
        want: {
          kind: 'union',
          members: [
            { kind: 'ref', target: ID('N') },
            { kind: 'primitive', builtin: 'date', facets: {} },
            { kind: 'enum', base: 'string', values: ['never'] },
          ],
        },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(typeOf(parseSnippet(given), 'T')).toEqual(want);
  });

  it('element and attribute types refer to named simple types and map built-ins', () => {
    const s = parseSnippet(`${simple('Code', restrict('xs:string', '<xs:enumeration value="OK"/>'))}
      <xs:element name="r"><xs:complexType><xs:sequence>
        <xs:element name="code" type="Code"/><xs:element name="n" type="xs:unsignedLong"/><xs:element name="anything"/>
      </xs:sequence></xs:complexType></xs:element>`);
    const r = s.roots[0]!.type;
    expect(r.kind === 'object' && r.fields.map((f) => f.type)).toEqual([
      { kind: 'ref', target: ID('Code') },
      { kind: 'primitive', builtin: 'unsignedLong', facets: {} },
      { kind: 'any' },
    ]);
  });
});
