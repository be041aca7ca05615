/**
 * Schema-generated JSON values (sample-json.ts) with a scripted rng: each primitive and
 * format, number and length facets (and only those), enums (JSON literals for untyped ones),
 * one item per array, the first non-null union member, refs, optional properties by a 0.4 coin
 * down to `optionalDepth` (default 4), and recursion cut at depth 30.
 */
import { describe, expect, it } from 'vitest';
import { sampleJson } from '../../../../conformance/mock/sample-json.js';
import type { SeededRandom } from '../../../../conformance/mock/seeded-random.js';
import type { IrSchema, IrType } from '../../../../generator/ir/ir-types.js';
import { always, scripted } from './scripted-random.js';

const schema = (root: IrType | undefined, types: { id: string; type: IrType }[] = []) =>
  ({
    id: 's',
    format: 'json-schema',
    file: 'f',
    types,
    roots: root ? [{ name: 'r', type: root }] : [],
  }) as unknown as IrSchema;
const prim = (builtin: string, facets: Record<string, unknown> = {}) =>
  ({ kind: 'primitive', builtin, facets }) as IrType;
const field = (name: string, type: IrType, min = 1) => ({ name, type, occurs: { min, max: 1 } });
const obj = (...fields: unknown[]) =>
  ({ kind: 'object', fields, content: 'sequence', particle: null }) as unknown as IrType;
const value = (t: IrType, rng: SeededRandom = scripted([])) => sampleJson(schema(t), rng);

describe('sampleJson: scalars', () => {
  it.each([
    [prim('null'), null],
    [prim('boolean'), true],
    [prim('integer'), 1],
    [prim('integer', { minInclusive: '5', minLength: 9 }), 5],
    [prim('integer', { maxExclusive: '1' }), 0],
    [prim('integer', { minExclusive: '3', maxInclusive: '9' }), 4],
    [prim('number'), 1.5],
    [prim('number', { maxInclusive: '1' }), 1],
    [prim('number', { maxExclusive: '1' }), 0],
    [prim('number', { maxExclusive: '1.5' }), 0.5],
    [prim('string'), 'sample'],
    [prim('string', { minLength: 8, minInclusive: '100' }), 'samplexx'],
    [prim('string', { maxLength: 2 }), 'sa'],
    [prim('string', { length: 3 }), 'sam'],
    [prim('string', { format: 'date-time' }), '2024-01-15T10:00:00Z'],
    [prim('string', { format: 'date' }), '2024-01-15'],
    [prim('string', { format: 'email' }), 'sample@example.com'],
    [prim('string', { format: 'uri' }), 'https://example.com/'],
    [prim('string', { format: 'ipv4' }), '10.0.0.1'],
    [prim('string', { format: 'uuid', maxLength: 3 }), 'sam'],
    [{ kind: 'any' } as IrType, 'sample'],
  ])('%j → %j', (t, want) => {
    expect(value(t)).toEqual(want);
  });
  it('picks enum values with the rng; untyped enums are JSON literals', () => {
    expect(value({ kind: 'enum', base: 'string', values: ['a', 'b', '1'] }, scripted([0.99]))).toBe('1');
    expect(value({ kind: 'enum', base: 'string', values: ['a', 'b'] }, scripted([0]))).toBe('a');
    expect(value({ kind: 'enum', base: 'anySimpleType', values: ['1', '"x"', 'null'] }, scripted([0]))).toBe(1);
    expect(value({ kind: 'enum', base: 'anySimpleType', values: ['1', '"x"', 'null'] }, scripted([0.5]))).toBe('x');
    expect(value({ kind: 'enum', base: 'anySimpleType', values: ['1', '"x"', 'null'] }, scripted([0.9]))).toBeNull();
  });
});

describe('sampleJson: structure', () => {
  it('one item per array; the first non-null union member', () => {
    expect(value({ kind: 'list', item: prim('boolean') } as IrType)).toEqual([true]);
    expect(value({ kind: 'union', members: [prim('null'), prim('integer'), prim('string')] } as IrType)).toBe(1);
    expect(value({ kind: 'union', members: [prim('null')] } as IrType)).toBeNull();
    expect(value({ kind: 'union', members: [] } as unknown as IrType)).toBe('sample');
  });
  it('follows refs; an unknown ref is null', () => {
    const s = schema({ kind: 'ref', target: 'T' } as IrType, [
      { id: 'T', type: prim('integer', { minInclusive: '3' }) },
    ]);
    expect(sampleJson(s, scripted([]))).toBe(3);
    expect(value({ kind: 'ref', target: 'nope' } as IrType)).toBeNull();
    const two = schema({ kind: 'ref', target: 'U' } as IrType, [
      { id: 'T', type: prim('integer', { minInclusive: '3' }) },
      { id: 'U', type: prim('integer', { minInclusive: '7' }) },
    ]);
    expect(sampleJson(two, scripted([]))).toBe(7);
    const missing = schema({ kind: 'ref', target: 'nope' } as IrType, [{ id: 'T', type: prim('integer') }]);
    expect(sampleJson(missing, scripted([]))).toBeNull();
  });
  it('takes the first type when the schema has no root, {} when it has nothing', () => {
    expect(sampleJson(schema(undefined, [{ id: 'A', type: prim('boolean') }]), scripted([]))).toBe(true);
    expect(sampleJson(schema(undefined), scripted([]))).toEqual({});
  });
  it('writes required properties always, optional ones when the coin is 0.4 or more', () => {
    const t = obj(field('a', prim('boolean')), field('b', prim('integer'), 0), field('c', prim('null'), 0));
    const r1 = scripted([0.39, 0.4]);
    expect(value(t, r1)).toEqual({ a: true, c: null });
    expect(r1.left()).toBe(0);
    expect(value(t, scripted([0.9, 0.1]))).toEqual({ a: true, b: 1 });
  });
  it('considers optional properties down to optionalDepth (default 4)', () => {
    const s = schema({ kind: 'ref', target: 'T' } as IrType, [
      { id: 'T', type: obj(field('n', { kind: 'ref', target: 'T' } as IrType, 0)) },
    ]);
    expect(sampleJson(s, always(0.9))).toEqual({ n: { n: {} } });
    expect(sampleJson(s, always(0.9), 2)).toEqual({ n: {} });
    expect(sampleJson(s, always(0.9), 1)).toEqual({});
    const direct = obj(field('o', prim('boolean'), 0));
    expect(sampleJson(schema(direct), always(0.9), 0)).toEqual({});
    expect(sampleJson(schema(direct), always(0.9), 1)).toEqual({ o: true });
  });
  it('cuts recursion at depth 30', () => {
    const depth = (v: unknown): number =>
      Array.isArray(v) ? 1 + depth(v[0]) : v !== null && typeof v === 'object' ? 1 + depth((v as { n: unknown }).n) : 0;
    const objects = schema({ kind: 'ref', target: 'T' } as IrType, [
      { id: 'T', type: obj(field('n', { kind: 'ref', target: 'T' } as IrType)) },
    ]);
    const o = sampleJson(objects, always(0.9));
    expect(depth(o)).toBe(16);
    expect(JSON.stringify(o)).toBe(`${'{"n":'.repeat(16)}null${'}'.repeat(16)}`);
    const lists = schema({ kind: 'ref', target: 'L' } as IrType, [
      { id: 'L', type: { kind: 'list', item: { kind: 'ref', target: 'L' } } as IrType },
    ]);
    const l = sampleJson(lists, always(0.9));
    expect(JSON.stringify(l)).toBe(`${'['.repeat(16)}${']'.repeat(16)}`);
    const direct = schema({ kind: 'list', item: { kind: 'list', item: prim('boolean') } } as IrType);
    expect(sampleJson(direct, always(0.9))).toEqual([[true]]);
  });
});
