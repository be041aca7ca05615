/**
 * validate-request.ts, exactly: every issue code (unknown, missing, type, range, enum,
 * requiredWith) with its full message, the reserved input keys, const parameters, lists, and the
 * numeric boundaries (minimum and maximum are inclusive).
 */
import { describe, expect, it } from 'vitest';
import { RESERVED_INPUT_KEYS, validateRequest } from '../../../../runtime/client/validate-request.js';
import type { EndpointModel, ParamModel } from '../../../../runtime/endpoint-model.js';
import { endpointModel } from './endpoint-fixture.js';

const ep = (params: ParamModel[]): EndpointModel => endpointModel({ api: 'fo', params });
const param = (prop: string, extra: Partial<ParamModel> = {}): ParamModel => ({
  name: prop,
  prop,
  in: 'query',
  type: 'string',
  required: false,
  ...extra,
});

describe('unknown and reserved keys', () => {
  it('reserves exactly filters, preferences, data, body and cursor', () => {
    expect([...RESERVED_INPUT_KEYS].sort()).toEqual(['body', 'cursor', 'data', 'filters', 'preferences']);
    const input = { filters: 1, preferences: 2, data: 3, body: 4, cursor: 5 };
    expect(validateRequest(ep([param('a')]), input)).toEqual([]);
  });

  it('names an unknown key and lists the known ones', () => {
    expect(validateRequest(ep([param('a'), param('b')]), { zz: 1 })).toEqual([
      { param: 'zz', code: 'unknown', message: 'unknown parameter zz (known: a, b)' },
    ]);
  });

  it("says 'none' when the endpoint has no settable parameter", () => {
    expect(validateRequest(ep([param('k', { const: 'list' })]), { k: 'x' })).toEqual([
      { param: 'k', code: 'unknown', message: 'unknown parameter k (known: none)' },
    ]);
  });

  it('ignores an unknown key whose value is undefined', () => {
    expect(validateRequest(ep([]), { zz: undefined })).toEqual([]);
  });

  it('an unknown key with a null value is still unknown', () => {
    expect(validateRequest(ep([]), { zz: null })).toEqual([
      { param: 'zz', code: 'unknown', message: 'unknown parameter zz (known: none)' },
    ]);
  });
});

describe('missing', () => {
  it.each([undefined, null])('a required parameter given as %s is missing', (v) => {
    expect(validateRequest(ep([param('id', { required: true })]), { id: v })).toEqual([
      { param: 'id', code: 'missing', message: 'missing required parameter id' },
    ]);
  });
  it('an optional one is not', () => {
    expect(validateRequest(ep([param('id')]), {})).toEqual([]);
  });
  it('a required const parameter is set by the client, not the caller', () => {
    expect(validateRequest(ep([param('action', { required: true, const: 'list' })]), {})).toEqual([]);
  });
});

describe('lists', () => {
  it('a list parameter checks every element', () => {
    const p = param('ids', { list: true, type: 'integer' });
    expect(validateRequest(ep([p]), { ids: [1, 'x', 2.5, 3] })).toEqual([
      { param: 'ids', code: 'type', message: 'ids must be an integer, got "x"' },
      { param: 'ids', code: 'type', message: 'ids must be an integer, got 2.5' },
    ]);
  });
  it('a list parameter takes a single value too', () => {
    const p = param('ids', { list: true, type: 'integer' });
    expect(validateRequest(ep([p]), { ids: 7 })).toEqual([]);
    expect(validateRequest(ep([p]), { ids: 'q' })).toEqual([
      { param: 'ids', code: 'type', message: 'ids must be an integer, got "q"' },
    ]);
  });
  it('a scalar parameter refuses a list, and checks nothing else of it', () => {
    const p = param('n', { type: 'integer', enum: ['1'] });
    expect(validateRequest(ep([p]), { n: ['x', 'y'] })).toEqual([
      { param: 'n', code: 'type', message: 'n takes one value, not a list' },
    ]);
  });
});

describe('numbers', () => {
  const int = param('n', { type: 'integer' });
  const num = param('n', { type: 'number' });
  it.each([
    [5, []],
    ['5', []],
    [' 5 ', []],
    [-3, []],
  ] as const)('integer accepts %j', (v, want) => {
    expect(validateRequest(ep([int]), { n: v })).toEqual(want);
  });
  it.each([
    ['', '""'],
    ['   ', '"   "'],
    ['abc', '"abc"'],
    [true, 'true'],
    [1.5, '1.5'],
    ['1.5', '"1.5"'],
    [Number.NaN, 'NaN'],
  ] as const)('integer refuses %j', (v, shown) => {
    expect(validateRequest(ep([int]), { n: v })).toEqual([
      { param: 'n', code: 'type', message: `n must be an integer, got ${shown}` },
    ]);
  });
  it('number accepts fractions and numeric strings', () => {
    expect(validateRequest(ep([num]), { n: 1.5 })).toEqual([]);
    expect(validateRequest(ep([num]), { n: '2.25' })).toEqual([]);
  });
  it('number refuses what is not a number, saying "a number"', () => {
    expect(validateRequest(ep([num]), { n: 'x' })).toEqual([
      { param: 'n', code: 'type', message: 'n must be a number, got "x"' },
    ]);
    expect(validateRequest(ep([num]), { n: '' })).toEqual([
      { param: 'n', code: 'type', message: 'n must be a number, got ""' },
    ]);
  });

  const ranged = param('n', { type: 'integer', minimum: 1, maximum: 10 });
  it.each([1, 10, 5, '1', '10'])('the bounds are inclusive: %j', (v) => {
    expect(validateRequest(ep([ranged]), { n: v })).toEqual([]);
  });
  it.each([
    [0, 0],
    [11, 11],
    ['0', 0],
    [-1, -1],
  ] as const)('out of range: %j', (v, n) => {
    expect(validateRequest(ep([ranged]), { n: v })).toEqual([
      { param: 'n', code: 'range', message: `n must be within 1..10, got ${n}` },
    ]);
  });
  it('an open lower or upper bound reads -∞ / ∞', () => {
    const lower = param('n', { type: 'number', maximum: 2 });
    const upper = param('n', { type: 'number', minimum: 2 });
    expect(validateRequest(ep([lower]), { n: 2.5 })).toEqual([
      { param: 'n', code: 'range', message: 'n must be within -∞..2, got 2.5' },
    ]);
    expect(validateRequest(ep([lower]), { n: -1e9 })).toEqual([]);
    expect(validateRequest(ep([upper]), { n: 1.5 })).toEqual([
      { param: 'n', code: 'range', message: 'n must be within 2..∞, got 1.5' },
    ]);
    expect(validateRequest(ep([upper]), { n: 1e9 })).toEqual([]);
  });
  it('a minimum of 0 is a bound, not an absent one', () => {
    const p = param('n', { type: 'integer', minimum: 0, maximum: 0 });
    expect(validateRequest(ep([p]), { n: 0 })).toEqual([]);
    expect(validateRequest(ep([p]), { n: -1 })).toEqual([
      { param: 'n', code: 'range', message: 'n must be within 0..0, got -1' },
    ]);
    expect(validateRequest(ep([p]), { n: 1 })).toEqual([
      { param: 'n', code: 'range', message: 'n must be within 0..0, got 1' },
    ]);
  });
});

describe('booleans, dates, strings', () => {
  const bool = param('b', { type: 'boolean' });
  it('a boolean takes true/false only', () => {
    expect(validateRequest(ep([bool]), { b: false })).toEqual([]);
    expect(validateRequest(ep([bool]), { b: true })).toEqual([]);
    expect(validateRequest(ep([bool]), { b: 'true' })).toEqual([
      { param: 'b', code: 'type', message: 'b must be a boolean, got "true"' },
    ]);
    expect(validateRequest(ep([bool]), { b: 1 })).toEqual([
      { param: 'b', code: 'type', message: 'b must be a boolean, got 1' },
    ]);
  });

  it.each(['date', 'date-time'] as const)('%s takes a Date or a string', (type) => {
    const p = param('d', { type });
    expect(validateRequest(ep([p]), { d: new Date(0) })).toEqual([]);
    expect(validateRequest(ep([p]), { d: '2024-01-01' })).toEqual([]);
    expect(validateRequest(ep([p]), { d: 20240101 })).toEqual([
      { param: 'd', code: 'type', message: 'd must be a Date or an ISO string, got 20240101' },
    ]);
    expect(validateRequest(ep([p]), { d: new Date(Number.NaN) })).toEqual([
      { param: 'd', code: 'type', message: 'd is an invalid Date' },
    ]);
  });

  it('a string takes strings and numbers', () => {
    const p = param('s');
    expect(validateRequest(ep([p]), { s: 'a' })).toEqual([]);
    expect(validateRequest(ep([p]), { s: 3 })).toEqual([]);
    expect(validateRequest(ep([p]), { s: false })).toEqual([
      { param: 's', code: 'type', message: 's must be a string, got false' },
    ]);
    expect(validateRequest(ep([p]), { s: { a: 1 } })).toEqual([
      { param: 's', code: 'type', message: 's must be a string, got [object Object]' },
    ]);
  });
});

describe('enum', () => {
  it('compares the value as a string and lists the choices', () => {
    const p = param('m', { enum: ['a', 'b', '3'] });
    expect(validateRequest(ep([p]), { m: 'a' })).toEqual([]);
    expect(validateRequest(ep([p]), { m: 3 })).toEqual([]);
    expect(validateRequest(ep([p]), { m: 'c' })).toEqual([
      { param: 'm', code: 'enum', message: 'm must be one of a, b, 3, got "c"' },
    ]);
  });
  it('checks an integer in range against its enum', () => {
    const p = param('m', { type: 'integer', enum: ['1', '2'], minimum: 0 });
    expect(validateRequest(ep([p]), { m: 2 })).toEqual([]);
    expect(validateRequest(ep([p]), { m: 4 })).toEqual([
      { param: 'm', code: 'enum', message: 'm must be one of 1, 2, got 4' },
    ]);
  });
  it('a type error is reported instead of the enum error', () => {
    const p = param('m', { type: 'boolean', enum: ['x'] });
    expect(validateRequest(ep([p]), { m: 'x' })).toEqual([
      { param: 'm', code: 'type', message: 'm must be a boolean, got "x"' },
    ]);
  });
});

describe('requiredWith', () => {
  const notes = param('notes', { requiredWith: ['special_comment'] });
  const comment = param('specialComment', { name: 'special_comment' });
  it('names the missing partner by its prop, found through its wire name', () => {
    expect(validateRequest(ep([notes, comment]), { notes: 'x' })).toEqual([
      { param: 'specialComment', code: 'requiredWith', message: 'specialComment is required when notes is given' },
    ]);
  });
  it('finds the partner by its prop too', () => {
    const byProp = param('notes', { requiredWith: ['specialComment'] });
    expect(validateRequest(ep([byProp, comment]), { notes: 'x' })).toEqual([
      { param: 'specialComment', code: 'requiredWith', message: 'specialComment is required when notes is given' },
    ]);
  });
  it('is satisfied when the partner is given', () => {
    expect(validateRequest(ep([notes, comment]), { notes: 'x', specialComment: 'y' })).toEqual([]);
  });
  it('says nothing when the parameter itself is absent', () => {
    expect(validateRequest(ep([notes, comment]), { specialComment: 'y' })).toEqual([]);
    expect(validateRequest(ep([notes, comment]), {})).toEqual([]);
  });
  it('a partner the endpoint does not declare is named as written', () => {
    const p = param('a', { requiredWith: ['ghost', 'other'] });
    expect(validateRequest(ep([p]), { a: 'x' })).toEqual([
      { param: 'ghost', code: 'requiredWith', message: 'ghost is required when a is given' },
      { param: 'other', code: 'requiredWith', message: 'other is required when a is given' },
    ]);
  });
});

it('reports every issue, in order: unknown keys, then per parameter, then requiredWith', () => {
  const params = [
    param('id', { required: true }),
    param('n', { type: 'integer', maximum: 3 }),
    param('a', { requiredWith: ['b'] }),
    param('b'),
  ];
  expect(validateRequest(ep(params), { zz: 1, n: 9, a: 'x' }).map((i) => `${i.code}:${i.param}`)).toEqual([
    'unknown:zz',
    'missing:id',
    'range:n',
    'requiredWith:b',
  ]);
});
