/**
 * Content models: sequence/all/choice nesting, group refs with occurrences, element refs,
 * wildcards, substitution groups, and the flat field view's aggregated occurrences.
 * @see XSD 1.1 Part 1 §3.8, §3.9, §3.10
 */
import { describe, expect, it } from 'vitest';
import type { IrObjectType } from '../../../../generator/ir/ir-types.js';
import { ID, parseSnippet, typeOf } from './xsd-test-helpers.js';

const one = { min: 1, max: 1 };
const opt = { min: 0, max: 1 };
const many = { min: 0, max: 'unbounded' as const };

/** name → occurs of every field of `T`. */
function fieldOccurs(body: string): Record<string, unknown> {
  const t = typeOf(parseSnippet(body), 'T') as IrObjectType;
  return Object.fromEntries(t.fields.map((f) => [f.name, f.occurs]));
}

describe('parseXsd: particles', () => {
  const cases: [string, { given: string; want: object }][] = [
    [
      'sequence with nested choice and occurrences',
      {
        given: `<xs:complexType name="T"><xs:sequence>
          <xs:element name="a" type="xs:string"/>
          <xs:choice minOccurs="0" maxOccurs="unbounded">
            <xs:element name="b" type="xs:int"/>
            <xs:sequence><xs:element name="c" type="xs:int"/><xs:element name="d" type="xs:int" maxOccurs="3"/></xs:sequence>
          </xs:choice>
        </xs:sequence></xs:complexType>`,
        want: {
          content: 'sequence',
          particle: {
            kind: 'sequence',
            occurs: one,
            items: [
              { kind: 'element', name: 'a', occurs: one },
              {
                kind: 'choice',
                occurs: many,
                items: [
                  { kind: 'element', name: 'b', occurs: one },
                  {
                    kind: 'sequence',
                    occurs: one,
                    items: [
                      { kind: 'element', name: 'c', occurs: one },
                      { kind: 'element', name: 'd', occurs: { min: 1, max: 3 } },
                    ],
                  },
                ],
              },
            ],
          },
        },
      },
    ],
    [
      'xs:all at the top',
      {
        given: `<xs:complexType name="T"><xs:all><xs:element name="x" type="xs:long" minOccurs="0"/><xs:element name="y" type="xs:long"/></xs:all></xs:complexType>`,
        want: {
          content: 'all',
          particle: {
            kind: 'all',
            occurs: one,
            items: [
              { kind: 'element', name: 'x', occurs: opt },
              { kind: 'element', name: 'y', occurs: one },
            ],
          },
        },
      },
    ],
    [
      'choice at the top',
      {
        given: `<xs:complexType name="T"><xs:choice><xs:element name="x" type="xs:long"/><xs:element name="y" type="xs:long"/></xs:choice></xs:complexType>`,
        want: { content: 'choice' },
      },
    ],
    [
      'group ref inlined with the ref occurrences',
      {
        given: `<xs:group name="G"><xs:sequence><xs:element name="g1" type="xs:string"/><xs:element name="g2" type="xs:string"/></xs:sequence></xs:group>
          <xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/><xs:group ref="G" minOccurs="0" maxOccurs="5"/></xs:sequence></xs:complexType>`,
        want: {
          particle: {
            kind: 'sequence',
            occurs: one,
            items: [
              { kind: 'element', name: 'a', occurs: one },
              {
                kind: 'sequence',
                occurs: { min: 0, max: 5 },
                items: [
                  { kind: 'element', name: 'g1', occurs: one },
                  { kind: 'element', name: 'g2', occurs: one },
                ],
              },
            ],
          },
        },
      },
    ],
    [
      'group ref as the whole content',
      {
        given: `<xs:group name="G"><xs:choice><xs:element name="p" type="xs:string"/><xs:element name="q" type="xs:string"/></xs:choice></xs:group>
          <xs:complexType name="T"><xs:group ref="G"/></xs:complexType>`,
        want: {
          content: 'choice',
          particle: {
            kind: 'choice',
            occurs: one,
            items: [
              { kind: 'element', name: 'p', occurs: one },
              { kind: 'element', name: 'q', occurs: one },
            ],
          },
        },
      },
    ],
    [
      'xs:any keeps processContents (default strict)',
      {
        given: `<xs:complexType name="T"><xs:sequence><xs:any processContents="lax" minOccurs="0" maxOccurs="unbounded"/><xs:any/></xs:sequence></xs:complexType>`,
        want: {
          fields: [],
          particle: {
            kind: 'sequence',
            occurs: one,
            items: [
              { kind: 'any', process: 'lax', occurs: many },
              { kind: 'any', process: 'strict', occurs: one },
            ],
          },
        },
      },
    ],
    [
      'empty content: no particle, or an empty sequence',
      {
        given: `<xs:complexType name="T"><xs:sequence/><xs:attribute name="a" type="xs:string"/></xs:complexType>`,
        want: { content: 'empty', particle: null },
      },
    ],
    [
      'mixed content',
      {
        given: `<xs:complexType name="T" mixed="true"><xs:sequence><xs:element name="b" type="xs:string" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>`,
        want: {
          content: 'mixed',
          particle: { kind: 'sequence', occurs: one, items: [{ kind: 'element', name: 'b', occurs: many }] },
        },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(typeOf(parseSnippet(given), 'T')).toMatchObject(want);
  });
});

describe('parseXsd: field occurrences', () => {
  const cases: [string, { given: string; want: Record<string, unknown> }][] = [
    [
      'optional / required / own maxOccurs kept',
      {
        given: `<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string" minOccurs="0"/><xs:element name="c" type="xs:string" maxOccurs="7"/><xs:element name="d" type="xs:string" minOccurs="0" maxOccurs="unbounded"/></xs:sequence></xs:complexType>`,
        want: { a: one, b: opt, c: { min: 1, max: 7 }, d: many },
      },
    ],
    [
      'same name twice in a sequence → unbounded',
      {
        given: `<xs:complexType name="T"><xs:sequence><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string"/><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`,
        want: { a: { min: 2, max: 'unbounded' }, b: one },
      },
    ],
    [
      'repeating ancestor compositor → unbounded',
      {
        given: `<xs:complexType name="T"><xs:sequence maxOccurs="unbounded"><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`,
        want: { a: { min: 1, max: 'unbounded' } },
      },
    ],
    [
      'bounded repeating ancestor (max 2) → unbounded',
      {
        given: `<xs:complexType name="T"><xs:sequence maxOccurs="2"><xs:element name="a" type="xs:string"/></xs:sequence></xs:complexType>`,
        want: { a: { min: 1, max: 'unbounded' } },
      },
    ],
    [
      'choice of ≥2 alternatives makes members optional',
      {
        given: `<xs:complexType name="T"><xs:choice><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string"/></xs:choice></xs:complexType>`,
        want: { a: opt, b: opt },
      },
    ],
    [
      'name in two exclusive choice alternatives stays single',
      {
        given: `<xs:complexType name="T"><xs:choice><xs:element name="a" type="xs:string"/><xs:sequence><xs:element name="a" type="xs:string"/><xs:element name="b" type="xs:string"/></xs:sequence></xs:choice></xs:complexType>`,
        want: { a: one, b: opt },
      },
    ],
    [
      'optional ancestor makes descendants optional',
      {
        given: `<xs:complexType name="T"><xs:sequence><xs:sequence minOccurs="0"><xs:element name="a" type="xs:string"/></xs:sequence></xs:sequence></xs:complexType>`,
        want: { a: opt },
      },
    ],
    [
      'group with maxOccurs repeats its elements',
      {
        given: `<xs:group name="G"><xs:sequence><xs:element name="g" type="xs:string"/></xs:sequence></xs:group><xs:complexType name="T"><xs:sequence><xs:group ref="G" maxOccurs="unbounded"/></xs:sequence></xs:complexType>`,
        want: { g: { min: 1, max: 'unbounded' } },
      },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(fieldOccurs(given)).toEqual(want);
  });
});

describe('parseXsd: element refs and substitution groups', () => {
  // Parsed inside each test, not while the file is collected, so mutation testing can tell
  // which tests cover the parser (code run at collection counts as static: every test runs).
  const schema = () =>
    parseSnippet(`
    <xs:element name="note" type="xs:string"/>
    <xs:element name="shape" type="Shape" abstract="true"/>
    <xs:element name="circle" type="Shape" substitutionGroup="shape"/>
    <xs:element name="square" type="Shape" substitutionGroup="shape"/>
    <xs:element name="bigSquare" type="Shape" substitutionGroup="square"/>
    <xs:element name="hiddenShape" type="Shape" substitutionGroup="shape" abstract="true"/>
    <xs:element name="item" type="xs:string"/>
    <xs:element name="special" type="xs:string" substitutionGroup="item"/>
    <xs:complexType name="Shape"><xs:sequence/></xs:complexType>
    <xs:complexType name="T"><xs:sequence>
      <xs:element ref="note" minOccurs="0"/>
      <xs:element ref="shape" maxOccurs="unbounded"/>
      <xs:element ref="item"/>
    </xs:sequence></xs:complexType>`);
  const typeT = () => typeOf(schema(), 'T') as IrObjectType;

  it('resolves an element ref to the global element (type and name)', () => {
    expect(typeT().fields[0]).toMatchObject({
      name: 'note',
      type: { kind: 'primitive', builtin: 'string' },
      occurs: opt,
    });
  });
  it('turns a ref to an abstract head into a choice of its non-abstract members (transitively)', () => {
    const seq = typeT().particle as unknown as { items: unknown[] };
    expect(seq.items[1]).toEqual({
      kind: 'choice',
      occurs: { min: 1, max: 'unbounded' },
      items: ['circle', 'square', 'bigSquare'].map((name) => ({ kind: 'element', name, occurs: one })),
    });
  });
  it('keeps a non-abstract head as the first alternative', () => {
    const seq = typeT().particle as unknown as { items: unknown[] };
    expect(seq.items[2]).toMatchObject({ kind: 'choice', items: [{ name: 'item' }, { name: 'special' }] });
  });
  it('adds a field per member, typed from the member declaration', () => {
    expect(typeT().fields.map((f) => f.name)).toEqual(['note', 'circle', 'square', 'bigSquare', 'item', 'special']);
    expect(typeT().fields.find((f) => f.name === 'circle')).toMatchObject({
      type: { kind: 'ref', target: ID('Shape') },
      occurs: many,
    });
    expect(typeT().fields.find((f) => f.name === 'item')?.occurs).toEqual(opt);
  });
  it('lists every global element as a root, sorted by name', () => {
    expect(schema().roots.map((r) => r.name)).toEqual([
      'bigSquare',
      'circle',
      'hiddenShape',
      'item',
      'note',
      'shape',
      'special',
      'square',
    ]);
  });
});
