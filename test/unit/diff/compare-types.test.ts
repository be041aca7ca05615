/**
 * Type comparison for the diff (generator/diff/schema/compare-types.ts), called directly: the short
 * type descriptions, and the exact change records (rule, name, path, message, from/to) for a kind
 * change (string ↔ enum of the same builtin is a facet change, anything else a type change), a
 * builtin change, facets, enumeration values, content, lists, unions and refs (XSD 1.1 Part 1 §3.4,
 * Part 2 §4.3).
 */
import { describe, expect, it } from 'vitest';
import { type CompareContext, compareTypes, describeType } from '../../../generator/diff/schema/compare-types.js';
import type { SchemaChange } from '../../../generator/diff/schema/schema-change.js';
import type { IrFacets, IrType, XsdBuiltin } from '../../../generator/ir/ir-types.js';
import { at, el, obj } from './ir-builders.js';

const prim = (builtin: XsdBuiltin, facets: IrFacets = {}): IrType => ({ kind: 'primitive', builtin, facets });
const en = (base: XsdBuiltin, ...values: string[]): IrType => ({ kind: 'enum', base, values });
const list = (item: IrType): IrType => ({ kind: 'list', item });
const union = (...members: IrType[]): IrType => ({ kind: 'union', members });
const ref = (target: string): IrType => ({ kind: 'ref', target });
const any: IrType = { kind: 'any' };
const simple = (fields = [el('x')]): IrType => ({ kind: 'object', fields, content: 'simple', particle: null });

/** Runs compareTypes in a context named `N` at path `T/p`, owner `O`, without origins. */
function compare(base: IrType, rev: IrType): SchemaChange[] {
  const out: SchemaChange[] = [];
  compareTypes(base, rev, { owner: 'O', path: 'T/p', name: 'N', out });
  return out;
}

describe('describeType', () => {
  const rows: [IrType, string][] = [
    [prim('int'), 'xs:int'],
    [en('token', 'a'), 'enum of xs:token'],
    [simple(), 'simple content'],
    [obj([el('x')]), 'complex type'],
    [obj([], 'choice'), 'complex type'],
    [list(prim('date')), 'list of xs:date'],
    [union(prim('int'), en('string', 'x')), 'union of xs:int | enum of xs:string'],
    [ref('x/schemas/t.xsd#WasScan'), 'WasScan'],
    [ref('Plain'), 'Plain'],
    [any, 'any'],
  ];
  it.each(rows)('%j → %s', (t, want) => {
    expect(describeType(t)).toBe(want);
  });

  it('throws on a kind it does not know', () => {
    expect(() => describeType({ kind: 'bogus' } as unknown as IrType)).toThrow('unexpected IR type: {"kind":"bogus"}');
  });
});

describe('compareTypes: kind changes', () => {
  it('string → enum of string is a narrowing to the listed values', () => {
    expect(compare(prim('string'), en('string', 'A', 'B'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'facet-narrowed',
        name: 'N',
        path: 'T/p',
        message: 'T/p is now restricted to A, B',
        from: 'xs:string',
        to: 'A,B',
      },
    ]);
  });

  it('enum of string → string is a widening', () => {
    expect(compare(en('string', 'A', 'B'), prim('string'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'facet-widened',
        name: 'N',
        path: 'T/p',
        message: 'T/p is no longer restricted to an enumeration',
        from: 'A,B',
        to: 'xs:string',
      },
    ]);
  });

  it('int → enum of string is a type change (different builtin)', () => {
    expect(compare(prim('int'), en('string', 'A'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type xs:int → enum of xs:string',
        from: 'xs:int',
        to: 'enum of xs:string',
      },
    ]);
  });

  it('enum of string → int is a type change (different builtin)', () => {
    expect(compare(en('string', 'A'), prim('int'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type enum of xs:string → xs:int',
        from: 'enum of xs:string',
        to: 'xs:int',
      },
    ]);
  });

  const other: [string, IrType, IrType, string, string][] = [
    ['enum → complex type', en('string', 'A'), obj([el('x')]), 'enum of xs:string', 'complex type'],
    ['complex type → string', obj([el('x')]), prim('string'), 'complex type', 'xs:string'],
    ['list → union', list(prim('int')), union(prim('int')), 'list of xs:int', 'union of xs:int'],
    ['ref → any', ref('s#A'), any, 'A', 'any'],
    ['string → list of string', prim('string'), list(prim('string')), 'xs:string', 'list of xs:string'],
  ];
  it.each(other)('%s is a type change', (_, base, rev, from, to) => {
    expect(compare(base, rev)).toStrictEqual([
      { owner: 'O', rule: 'type-changed', name: 'N', path: 'T/p', message: `T/p: type ${from} → ${to}`, from, to },
    ]);
  });
});

describe('compareTypes: same kind', () => {
  it('a builtin change of a primitive is a type change', () => {
    expect(compare(prim('string'), prim('int'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type xs:string → xs:int',
        from: 'xs:string',
        to: 'xs:int',
      },
    ]);
  });

  it('a facet that appears is narrowed, with only `to`', () => {
    expect(compare(prim('string'), prim('string', { maxLength: 5 }))).toStrictEqual([
      {
        owner: 'O',
        rule: 'facet-narrowed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: maxLength (none) → 5',
        to: 'maxLength=5',
      },
    ]);
  });

  it('a facet that disappears is widened, with only `from`', () => {
    expect(compare(prim('string', { maxLength: 5 }), prim('string'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'facet-widened',
        name: 'N',
        path: 'T/p',
        message: 'T/p: maxLength 5 → (none)',
        from: 'maxLength=5',
      },
    ]);
  });

  it('a facet that moves has both ends', () => {
    expect(compare(prim('int', { maxInclusive: '10' }), prim('int', { maxInclusive: '20' }))).toStrictEqual([
      {
        owner: 'O',
        rule: 'facet-widened',
        name: 'N',
        path: 'T/p',
        message: 'T/p: maxInclusive 10 → 20',
        from: 'maxInclusive=10',
        to: 'maxInclusive=20',
      },
    ]);
  });

  it('an enum base builtin change is a type change, values not compared', () => {
    expect(compare(en('string', 'A'), en('token', 'B'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type enum of xs:string → enum of xs:token',
        from: 'enum of xs:string',
        to: 'enum of xs:token',
      },
    ]);
  });

  it('enum values added (rev order), then removed (base order), named by the value', () => {
    expect(compare(en('string', 'A', 'B', 'C'), en('string', 'D', 'B', 'E'))).toStrictEqual([
      { owner: 'O', rule: 'enum-value-added', name: 'D', path: 'T/p', message: "T/p accepts new value 'D'", to: 'D' },
      { owner: 'O', rule: 'enum-value-added', name: 'E', path: 'T/p', message: "T/p accepts new value 'E'", to: 'E' },
      {
        owner: 'O',
        rule: 'enum-value-removed',
        name: 'A',
        path: 'T/p',
        message: "T/p no longer accepts 'A'",
        from: 'A',
      },
      {
        owner: 'O',
        rule: 'enum-value-removed',
        name: 'C',
        path: 'T/p',
        message: "T/p no longer accepts 'C'",
        from: 'C',
      },
    ]);
  });

  it('a content change of an object is content-model-changed, then its fields are compared', () => {
    expect(compare(obj([el('a')]), obj([el('a'), el('b')], 'choice'))).toStrictEqual([
      {
        owner: 'O',
        rule: 'content-model-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: content sequence → choice',
        from: 'sequence',
        to: 'choice',
      },
      {
        rule: 'element-added',
        owner: 'O',
        name: 'b',
        path: 'T/p/b',
        message: 'T/p/b added',
        rev: at(1),
        to: 'xs:string',
      },
    ]);
  });

  it('simple content → sequence content', () => {
    const out = compare(simple([]), obj([]));
    expect(out.map((c) => c.message)).toEqual(['T/p: content simple → sequence']);
  });

  it('a list compares its item type', () => {
    expect(compare(list(prim('int')), list(prim('string')))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type xs:int → xs:string',
        from: 'xs:int',
        to: 'xs:string',
      },
    ]);
    expect(compare(list(prim('int')), list(prim('int')))).toEqual([]);
  });

  it('a union whose members changed is a type change; the same members are none', () => {
    expect(compare(union(prim('int'), prim('date')), union(prim('int')))).toStrictEqual([
      {
        owner: 'O',
        rule: 'type-changed',
        name: 'N',
        path: 'T/p',
        message: 'T/p: type union of xs:int | xs:date → union of xs:int',
        from: 'union of xs:int | xs:date',
        to: 'union of xs:int',
      },
    ]);
    expect(compare(union(prim('int'), prim('date')), union(prim('int'), prim('date')))).toEqual([]);
  });

  it('a ref to another target is a type change; the same target is none', () => {
    expect(compare(ref('s.xsd#A'), ref('s.xsd#B'))).toStrictEqual([
      { owner: 'O', rule: 'type-changed', name: 'N', path: 'T/p', message: 'T/p: type A → B', from: 'A', to: 'B' },
    ]);
    expect(compare(ref('s.xsd#A'), ref('s.xsd#A'))).toEqual([]);
  });

  it('any → any is no change', () => {
    expect(compare(any, any)).toEqual([]);
  });

  it('carries both origins of the context', () => {
    const out: SchemaChange[] = [];
    const ctx: CompareContext = { owner: 'O', path: 'P', name: 'N', base: at(3), rev: at(4), out };
    compareTypes(prim('string'), prim('int'), ctx);
    expect(out[0]).toMatchObject({ base: at(3), rev: at(4) });
  });

  it('throws on a kind it does not know', () => {
    const bogus = { kind: 'bogus' } as unknown as IrType;
    expect(() => compare(bogus, bogus)).toThrow('unexpected IR type: {"kind":"bogus"}');
  });
});
