/**
 * encode-param.ts, exactly: booleans as 0/1 (FO default or `booleanFormat: zero-one`) or
 * true/false, which inputs count as true, dates and date-times in UTC without milliseconds,
 * comma-joined lists, everything else as String(value).
 */
import { describe, expect, it } from 'vitest';
import { encodeParam } from '../../../../runtime/client/encode-param.js';
import type { ParamModel } from '../../../../runtime/endpoint-model.js';

const p = (extra: Partial<ParamModel>): ParamModel => ({
  name: 'x',
  prop: 'x',
  in: 'query',
  type: 'string',
  required: false,
  ...extra,
});

describe('booleans', () => {
  const bool = p({ type: 'boolean' });
  it.each([
    [true, '1', 'true'],
    ['true', '1', 'true'],
    [1, '1', 'true'],
    ['1', '1', 'true'],
    [false, '0', 'false'],
    ['false', '0', 'false'],
    [0, '0', 'false'],
    ['0', '0', 'false'],
    ['yes', '0', 'false'],
    [2, '0', 'false'],
    ['TRUE', '0', 'false'],
    [null, '0', 'false'],
  ] as const)('%j → fo %s, qps %s', (v, fo, qps) => {
    expect(encodeParam(bool, v, 'fo')).toBe(fo);
    expect(encodeParam(bool, v, 'qps')).toBe(qps);
    expect(encodeParam(bool, v, 'gateway')).toBe(qps);
    expect(encodeParam(bool, v, 'pci')).toBe(qps);
  });
  it('an explicit booleanFormat wins over the API default', () => {
    expect(encodeParam(p({ type: 'boolean', booleanFormat: 'true-false' }), true, 'fo')).toBe('true');
    expect(encodeParam(p({ type: 'boolean', booleanFormat: 'true-false' }), false, 'fo')).toBe('false');
    expect(encodeParam(p({ type: 'boolean', booleanFormat: 'zero-one' }), true, 'qps')).toBe('1');
    expect(encodeParam(p({ type: 'boolean', booleanFormat: 'zero-one' }), false, 'qps')).toBe('0');
  });
});

describe('dates', () => {
  const at = new Date(Date.UTC(2024, 1, 29, 23, 59, 58, 987));
  it('date: YYYY-MM-DD in UTC', () => {
    expect(encodeParam(p({ type: 'date' }), at, 'fo')).toBe('2024-02-29');
  });
  it('date-time: YYYY-MM-DDTHH:MM:SSZ, milliseconds dropped', () => {
    expect(encodeParam(p({ type: 'date-time' }), at, 'fo')).toBe('2024-02-29T23:59:58Z');
  });
  it('strings pass unchanged', () => {
    expect(encodeParam(p({ type: 'date' }), '2024-01-02T03:04:05.678Z', 'fo')).toBe('2024-01-02T03:04:05.678Z');
    expect(encodeParam(p({ type: 'date-time' }), '2024-01-02', 'fo')).toBe('2024-01-02');
  });
});

describe('other types and lists', () => {
  it.each([
    ['string', 'a b', 'a b'],
    ['integer', 42, '42'],
    ['number', 1.5, '1.5'],
    ['integer', '7', '7'],
  ] as const)('%s %j → %s', (type, v, want) => {
    expect(encodeParam(p({ type }), v, 'qps')).toBe(want);
  });
  it('a list joins its encoded elements with commas', () => {
    expect(encodeParam(p({ type: 'integer', list: true }), [1, 2, 3], 'fo')).toBe('1,2,3');
    expect(encodeParam(p({ type: 'boolean', list: true }), [true, false, 'true'], 'fo')).toBe('1,0,1');
    expect(encodeParam(p({ type: 'date', list: true }), [new Date(Date.UTC(2024, 0, 5))], 'fo')).toBe('2024-01-05');
    expect(encodeParam(p({ type: 'string', list: true }), [], 'fo')).toBe('');
  });
  it('a list parameter given one value encodes it alone', () => {
    expect(encodeParam(p({ type: 'boolean', list: true }), true, 'fo')).toBe('1');
  });
  it('an array for a parameter that is not a list is one scalar', () => {
    expect(encodeParam(p({ type: 'boolean' }), [true], 'fo')).toBe('0');
    expect(encodeParam(p({ type: 'string' }), ['a', 'b'], 'fo')).toBe('a,b');
  });
});
