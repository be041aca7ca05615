/**
 * One schema against its revision (generator/diff/schema/diff-schema.ts), called directly: named
 * types added, removed and compared, root elements (XSD 1.1 Part 1 §3.3 global element
 * declarations) added, removed and compared, and a root that is only an element used inside some
 * content model (every DTD element is a root) not reported on its own. Also the owner keys
 * (schema-change.ts) the changes carry.
 */
import { describe, expect, it } from 'vitest';
import { diffSchema } from '../../../generator/diff/schema/diff-schema.js';
import { ownerKey, refOwnerKey } from '../../../generator/diff/schema/schema-change.js';
import type { IrType } from '../../../generator/ir/ir-types.js';
import { at, attr, el, obj, schema, str } from './ir-builders.js';

const S = 'x/schemas/t.xsd';
const int: IrType = { kind: 'primitive', builtin: 'int', facets: {} };

describe('ownerKey', () => {
  it('names a type by schema#name and a root by schema@name', () => {
    expect(ownerKey('type', 'a/s.xsd', 'T')).toBe('type:a/s.xsd#T');
    expect(ownerKey('root', 'a/s.xsd', 'R')).toBe('root:a/s.xsd@R');
    expect(refOwnerKey('a/s.xsd#T')).toBe('type:a/s.xsd#T');
  });
});

describe('diffSchema: named types', () => {
  it('a type added, one removed, one changed', () => {
    const base = schema({ Keep: str, Gone: str });
    const rev = schema({ Keep: int, New: str });
    expect(diffSchema(base, rev)).toStrictEqual([
      {
        owner: `type:${S}#Keep`,
        rule: 'type-changed',
        name: 'Keep',
        path: 'Keep',
        message: 'Keep: type xs:string → xs:int',
        from: 'xs:string',
        to: 'xs:int',
        base: at(10, S),
        rev: at(10, S),
      },
      {
        rule: 'type-added',
        owner: `type:${S}#New`,
        name: 'New',
        path: 'New',
        message: 'type New added',
        rev: at(11, S),
      },
      {
        rule: 'type-removed',
        owner: `type:${S}#Gone`,
        name: 'Gone',
        path: 'Gone',
        message: 'type Gone removed',
        base: at(11, S),
      },
    ]);
  });

  it('identical schemas give nothing', () => {
    const s = schema({ T: obj([el('a')]) }, { R: obj([el('b')]) });
    expect(diffSchema(s, s)).toEqual([]);
  });
});

describe('diffSchema: root elements', () => {
  it('a root whose type changed is reported under the root owner', () => {
    const base = schema({}, { R: obj([el('a')]) });
    const rev = schema({}, { R: obj([el('a', int)]) });
    expect(diffSchema(base, rev)).toStrictEqual([
      {
        owner: `root:${S}@R`,
        rule: 'type-changed',
        name: 'a',
        path: 'R/a',
        message: 'R/a: type xs:string → xs:int',
        from: 'xs:string',
        to: 'xs:int',
        base: at(1),
        rev: at(1),
      },
    ]);
  });

  it('a root added and a root removed', () => {
    const base = schema({}, { Old: obj([]) });
    const rev = schema({}, { New: str });
    expect(diffSchema(base, rev)).toStrictEqual([
      {
        rule: 'element-added',
        owner: `root:${S}@New`,
        name: 'New',
        path: 'New',
        message: 'root element New added',
        rev: at(2, S),
        to: 'xs:string',
      },
      {
        rule: 'element-removed',
        owner: `root:${S}@Old`,
        name: 'Old',
        path: 'Old',
        message: 'root element Old removed',
        base: at(2, S),
        from: 'complex type',
      },
    ]);
  });

  it('a root that stays is not removed', () => {
    const base = schema({}, { A: str, B: str });
    const rev = schema({}, { B: str });
    expect(diffSchema(base, rev).map((c) => [c.rule, c.name])).toEqual([['element-removed', 'A']]);
  });

  it('a root used as an element of a content model is not reported on its own', () => {
    const base = schema({}, { doc: obj([el('item', str, 0, 'unbounded')]) }, 'x/d.dtd');
    const rev = schema({}, { doc: obj([el('item', str, 0, 'unbounded')]), item: str }, 'x/d.dtd');
    expect(diffSchema(base, rev)).toEqual([]);
    expect(diffSchema(rev, base)).toEqual([]);
  });

  it('a root of the same name as an attribute (not an element) is reported', () => {
    const base = schema({}, { doc: obj([attr('item')]) });
    const rev = schema({}, { doc: obj([attr('item')]), item: str });
    expect(diffSchema(base, rev).map((c) => [c.rule, c.name])).toEqual([['element-added', 'item']]);
    expect(diffSchema(rev, base).map((c) => [c.rule, c.name])).toEqual([['element-removed', 'item']]);
  });

  // Element names are collected through named types, nested objects, list items and union members.
  const users: [string, IrType][] = [
    ['a named type', { kind: 'ref', target: `${S}#T` }],
    ['a list item', { kind: 'list', item: obj([el('item')]) }],
    ['a union member', { kind: 'union', members: [str, obj([el('item')])] }],
    ['a nested element', obj([el('outer', obj([el('item')]))])],
  ];
  it.each(users)('a root used inside %s is not reported', (_, t) => {
    // Only the ref case has a named type: the others must find `item` on their own.
    const types: Record<string, IrType> = t.kind === 'ref' ? { T: obj([el('item')]) } : {};
    const base = schema(types, { doc: t });
    const rev = schema(types, { doc: t, item: str });
    expect(diffSchema(base, rev)).toEqual([]);
    expect(diffSchema(rev, base)).toEqual([]);
  });

  it('a new root used in a content model is reported as the field, not the root', () => {
    const base = schema({}, { doc: obj([]) });
    const rev = schema({}, { doc: obj([el('item')]), item: str });
    // The revision uses `item` inside doc: the new root is not reported, the new field is.
    expect(diffSchema(base, rev).map((c) => [c.rule, c.path])).toEqual([['element-added', 'doc/item']]);
    // Going back, the older side (here `rev`) uses `item`: only the field removal is reported.
    expect(diffSchema(rev, base).map((c) => [c.rule, c.path])).toEqual([['element-removed', 'doc/item']]);
  });
});
