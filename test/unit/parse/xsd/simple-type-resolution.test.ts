/**
 * Resolving named simple types (resolve-simple-type.ts): the refusal of xs:anySimpleType as a
 * restriction base, restrictions of enumerations (a new enumeration replaces the old one, other
 * facets keep only the values they allow), restrictions of lists and unions (facets and
 * enumeration kept on the list or union, an empty facet set left out), the item type of a list
 * (never a list: a list type, a built-in list such as xs:NMTOKENS, or a union with a list member),
 * a circular restriction chain met through a facet restriction, and a long chain of restricted
 * unions, which must be resolved once per type (it takes exponential time otherwise).
 *
 * Every refused schema here is refused by xmllint 2.9.14 too, and every accepted one is accepted
 * by it (checked by hand; `xmllint --schema`).
 *
 * @see XSD 1.1 Part 2 §4.1.2 (simple type definitions), §4.1.6 (st-props-correct: no circular
 *      definitions; cos-list-of-atomic: a list's item type is atomic or a union of atomic types),
 *      §4.3 (facets), §4.3.5 (enumeration); Part 1 §3.16.6 (Derivation Valid (Restriction, Simple))
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../generator/diagnostics.js';
import type { IrType } from '../../../../generator/ir/ir-types.js';
import { diagnosticOf, ID, parseSnippet, typeOf } from './xsd-test-helpers.js';

const FILE = 'test/t.xsd';
/** Line of the first body line: `wrap` puts the XML declaration and `<xs:schema>` first. */
const BODY = 3;
const INT: IrType = { kind: 'primitive', builtin: 'int', facets: {} };
const simple = (name: string, body: string) => `<xs:simpleType name="${name}">${body}</xs:simpleType>`;
const restrict = (base: string, facets: string) => `<xs:restriction base="${base}">${facets}</xs:restriction>`;
const enums = (...values: string[]) => values.map((v) => `<xs:enumeration value="${v}"/>`).join('');
const invalid = (message: string, line: number, column: number): Diagnostic => ({
  code: 'XsdInvalid',
  severity: 'error',
  message,
  location: { file: FILE, line, column },
});

describe('a restriction of xs:anySimpleType', () => {
  it('is refused at the xs:restriction (the simple ur-type is never a restriction base)', () => {
    const d = diagnosticOf(() => parseSnippet(simple('A', '<xs:restriction base="xs:anySimpleType"/>')));
    expect(d).toEqual(invalid('xs:anySimpleType cannot be the base of a simple type restriction', BODY, 25));
  });
});

describe('a restriction of an enumeration', () => {
  // Parsed in each test, not at collection (which mutation testing counts as static).
  const s = () =>
    parseSnippet(
      [
        simple('A', restrict('xs:string', enums('a', 'bb', 'c'))),
        simple('B', restrict('A', enums('a', 'c'))),
        simple('C', restrict('A', '<xs:maxLength value="1"/>')),
        simple('D', restrict('A', `${enums('a', 'bb')}<xs:minLength value="2"/>`)),
        simple('E', restrict('C', '<xs:pattern value="c"/>')),
      ].join('\n'),
    );

  it('with an enumeration of its own keeps only the new values', () => {
    expect(typeOf(s(), 'B')).toEqual({ kind: 'enum', base: 'string', values: ['a', 'c'] });
  });
  it('with other facets keeps the inherited values those facets allow', () => {
    expect(typeOf(s(), 'C')).toEqual({ kind: 'enum', base: 'string', values: ['a', 'c'] });
    expect(typeOf(s(), 'E')).toEqual({ kind: 'enum', base: 'string', values: ['c'] });
  });
  it('with both keeps the new values the other facets allow (the value spaces intersect)', () => {
    expect(typeOf(s(), 'D')).toEqual({ kind: 'enum', base: 'string', values: ['bb'] });
  });
});

describe('a restriction of a list or a union', () => {
  // Parsed in each test, not at collection (which mutation testing counts as static).
  const s = () =>
    parseSnippet(
      [
        simple('L', '<xs:list itemType="xs:int"/>'),
        simple('LE', restrict('L', enums('1 2'))),
        simple('LM', restrict('L', '<xs:maxLength value="2"/>')),
        simple('LB', restrict('LE', '<xs:minLength value="1"/>')),
        simple('U', '<xs:union memberTypes="xs:int xs:boolean"/>'),
        simple('UE', restrict('U', enums('1', 'true'))),
      ].join('\n'),
    );
  const list: IrType = { kind: 'list', item: INT };

  it('with only an enumeration has values and no facets', () => {
    expect(typeOf(s(), 'LE')).toEqual({ ...list, values: ['1 2'] });
    expect(typeOf(s(), 'UE')).toEqual({
      kind: 'union',
      members: [INT, { kind: 'primitive', builtin: 'boolean', facets: {} }],
      values: ['1', 'true'],
    });
  });
  it('with only facets has the facets and no values', () => {
    expect(typeOf(s(), 'LM')).toEqual({ ...list, facets: { maxLength: 2 } });
  });
  it('of a restricted list keeps the inherited enumeration beside the new facets', () => {
    expect(typeOf(s(), 'LB')).toEqual({ ...list, facets: { minLength: 1 }, values: ['1 2'] });
  });
});

describe('the item type of a list', () => {
  const LIST_ITEM = 'the item type of an xs:list must not be a list type';

  it.each(['NMTOKENS', 'IDREFS', 'ENTITIES'])('is not the built-in list type xs:%s', (builtin) => {
    const d = diagnosticOf(() => parseSnippet(simple('L', `<xs:list itemType="xs:${builtin}"/>`)));
    expect(d).toEqual(invalid(LIST_ITEM, BODY, 1));
  });
  it('is not a named list type (refused at the list that names it)', () => {
    const d = diagnosticOf(() =>
      parseSnippet(`${simple('I', '<xs:list itemType="xs:int"/>')}\n${simple('L', '<xs:list itemType="I"/>')}`),
    );
    expect(d).toEqual(invalid(LIST_ITEM, BODY + 1, 1));
  });
  it('is not a union with a list member, even beside atomic members', () => {
    const item = (members: string) =>
      simple('L', `<xs:list><xs:simpleType><xs:union memberTypes="${members}"/></xs:simpleType></xs:list>`);
    expect(diagnosticOf(() => parseSnippet(item('xs:int xs:NMTOKENS')))).toEqual(invalid(LIST_ITEM, BODY, 1));
    expect(diagnosticOf(() => parseSnippet(item('xs:NMTOKENS xs:int')))).toEqual(invalid(LIST_ITEM, BODY, 1));
  });
  it('may be atomic (a single-token built-in too) or a union of atomic types', () => {
    const s = parseSnippet(
      [
        simple('A', '<xs:list itemType="xs:int"/>'),
        simple('B', '<xs:list itemType="xs:NMTOKEN"/>'),
        simple('C', '<xs:list><xs:simpleType><xs:union memberTypes="xs:int xs:NMTOKEN"/></xs:simpleType></xs:list>'),
      ].join('\n'),
    );
    expect(typeOf(s, 'A')).toEqual({ kind: 'list', item: INT });
    expect(typeOf(s, 'B')).toEqual({ kind: 'list', item: { kind: 'primitive', builtin: 'NMTOKEN', facets: {} } });
    expect(typeOf(s, 'C')).toEqual({
      kind: 'list',
      item: { kind: 'union', members: [INT, { kind: 'primitive', builtin: 'NMTOKEN', facets: {} }] },
    });
  });
});

describe('a circular restriction chain', () => {
  it('met through a facet restriction is refused at that restriction, naming the type met twice', () => {
    // C is mapped first (names are mapped in order); P and Q restrict each other without facets.
    const d = diagnosticOf(() =>
      parseSnippet(
        [
          simple('C', restrict('P', '<xs:maxLength value="2"/>')),
          simple('P', restrict('Q', '')),
          simple('Q', restrict('P', '')),
        ].join('\n'),
      ),
    );
    // P is resolved first (as C's base); following its facet-less restriction to Q, and Q's to P,
    // meets P in progress, reported at Q's definition (line 5).
    expect(d).toEqual(invalid('circular type derivation through "P"', BODY + 2, 1));
  });
});

describe('a long chain of restricted unions', () => {
  it('is resolved once per named type (60 steps, within the 64-step derivation limit)', () => {
    // R01 restricts U01 = union(R00, xs:int), R02 restricts U02 = union(R01, xs:int), ... Each
    // restriction checks its enumeration against its whole base, so resolving the member types
    // again at every step would take 2^30 steps.
    const n = 30;
    const pad = (i: number) => String(i).padStart(2, '0');
    const body = [simple('R00', restrict('xs:int', ''))];
    for (let i = 1; i <= n; i++) {
      body.push(simple(`U${pad(i)}`, `<xs:union memberTypes="R${pad(i - 1)} xs:int"/>`));
      body.push(simple(`R${pad(i)}`, restrict(`U${pad(i)}`, enums('1'))));
    }
    const s = parseSnippet(body.join('\n'));
    expect(typeOf(s, `R${n}`)).toEqual({
      kind: 'union',
      members: [{ kind: 'ref', target: ID(`R${n - 1}`) }, INT],
      values: ['1'],
    });
    expect(s.types).toHaveLength(2 * n + 1);
  });
});
