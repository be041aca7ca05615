/**
 * The dataset's Collection (dataset/collection.ts): records kept in id order whatever order they
 * come in, the index by id, the next free id (1 when empty), add (appended or sorted in; a
 * duplicate id refused), replace and remove (false for an unknown id), and the binary search
 * `indexOf` (first record with id ≥ the given one) at every boundary.
 */
import { describe, expect, it } from 'vitest';
import { Collection } from '../../../../conformance/mock/dataset/collection.js';
import type { DataRecord } from '../../../../conformance/mock/dataset/data-record.js';
import type { CollectionShape } from '../../../../conformance/mock/dataset/shapes.js';

const SHAPE: CollectionShape = { kind: 'csam', key: 'csam/asset' };
const rec = (id: number, tag = ''): DataRecord => ({ kind: 'json', id, json: { tag } });
const ids = (c: Collection) => c.all().map((r) => r.id);
const make = (list: number[]) =>
  new Collection(
    SHAPE,
    list.map((id) => rec(id)),
    [],
  );

describe('Collection', () => {
  it('keeps records in id order and indexes them by id', () => {
    const t = [rec(9)];
    const c = new Collection(SHAPE, [rec(30), rec(10), rec(20)], t);
    expect(ids(c)).toEqual([10, 20, 30]);
    expect(c.size).toBe(3);
    expect(c.get(20)).toEqual(rec(20));
    expect(c.get(25)).toBeUndefined();
    expect(c.shape).toBe(SHAPE);
    expect(c.templates).toBe(t);
  });

  it('does not sort the caller array', () => {
    const input = [rec(2), rec(1)];
    new Collection(SHAPE, input, []);
    expect(input.map((r) => r.id)).toEqual([2, 1]);
  });

  it('nextId: one above the largest, 1 when empty', () => {
    expect(make([]).nextId()).toBe(1);
    expect(make([5, 3]).nextId()).toBe(6);
  });

  it('add: appends a larger id, sorts a smaller one in, refuses a duplicate', () => {
    const c = make([10, 20]);
    c.add(rec(30));
    c.add(rec(15));
    c.add(rec(5));
    expect(ids(c)).toEqual([5, 10, 15, 20, 30]);
    expect(c.size).toBe(5);
    expect(c.get(15)).toEqual(rec(15));
    expect(() => c.add(rec(20, 'again'))).toThrow(new Error('duplicate id 20'));
    expect(c.get(20)).toEqual(rec(20));
    expect(c.size).toBe(5);
    const empty = make([]);
    empty.add(rec(4));
    expect(ids(empty)).toEqual([4]);
  });

  it('replace: swaps the record in place, false for an unknown id', () => {
    const c = make([1, 2, 3]);
    expect(c.replace(rec(2, 'new'))).toBe(true);
    expect(c.get(2)).toEqual(rec(2, 'new'));
    expect(c.all()).toEqual([rec(1), rec(2, 'new'), rec(3)]);
    expect(c.replace(rec(4, 'x'))).toBe(false);
    expect(c.all()).toEqual([rec(1), rec(2, 'new'), rec(3)]);
    expect(c.get(4)).toBeUndefined();
  });

  it('remove: drops the record, false for an unknown id', () => {
    const c = make([1, 2, 3]);
    expect(c.remove(2)).toBe(true);
    expect(ids(c)).toEqual([1, 3]);
    expect(c.get(2)).toBeUndefined();
    expect(c.remove(2)).toBe(false);
    expect(ids(c)).toEqual([1, 3]);
    expect(c.remove(3)).toBe(true);
    expect(c.remove(1)).toBe(true);
    expect(ids(c)).toEqual([]);
    expect(c.nextId()).toBe(1);
  });

  it.each([
    [0, 0],
    [10, 0],
    [11, 1],
    [20, 1],
    [21, 2],
    [30, 2],
    [31, 3],
    [40, 3],
    [41, 4],
    [50, 4],
    [51, 5],
    [1000, 5],
  ])('indexOf(%i) = %i over 10..50', (id, at) => {
    expect(make([10, 20, 30, 40, 50]).indexOf(id)).toBe(at);
  });

  it('indexOf on one and no record', () => {
    expect([make([7]).indexOf(6), make([7]).indexOf(7), make([7]).indexOf(8)]).toEqual([0, 0, 1]);
    expect(make([]).indexOf(1)).toBe(0);
    const big = make(Array.from({ length: 1000 }, (_, i) => 2 * i));
    expect([
      big.indexOf(0),
      big.indexOf(1),
      big.indexOf(999),
      big.indexOf(1000),
      big.indexOf(1998),
      big.indexOf(1999),
    ]).toEqual([0, 1, 500, 500, 999, 1000]);
  });
});
