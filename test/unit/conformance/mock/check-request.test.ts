/**
 * The mock's request check (check-request.ts) as a plain function: each refusal with the status,
 * code and text Qualys answers (401 2000 / INVALID_CREDENTIALS, 400 1907 X-Requested-With, PCI
 * apiVersion, 1903 missing, 1905 bad value, requiredWith), and the requests that just pass
 * (bounds inclusive, list items trimmed, ranges, each boolean format). Credentials: Basic
 * user:password and Bearer token68 exactly as `wellFormedCredentials` reads them.
 */
import { describe, expect, it } from 'vitest';
import {
  checkRequest,
  type IncomingRequest,
  wellFormedCredentials,
} from '../../../../conformance/mock/check-request.js';
import type { IrEndpoint, IrParam } from '../../../../generator/ir/ir-endpoint.js';

const BASIC = `Basic ${Buffer.from('alice:pw').toString('base64')}`;

function endpoint(over: Partial<Record<string, unknown>>, params: Partial<IrParam>[] = []): IrEndpoint {
  return {
    id: 'x.y',
    api: 'qps',
    auth: 'basic',
    errors: 'qps-response-code',
    params: params.map((p) => ({ in: 'query', type: 'string', required: false, ...p })),
    ...over,
  } as unknown as IrEndpoint;
}

function request(
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
  pathParams: Record<string, string> = {},
): IncomingRequest {
  return {
    method: 'GET',
    headers: { authorization: BASIC, ...headers },
    params: new URLSearchParams(params),
    pathParams,
    body: '',
  };
}

describe('auth', () => {
  it('a missing or malformed Basic header is 401: 2000 for FO, INVALID_CREDENTIALS otherwise', () => {
    const fo = endpoint({ api: 'fo', errors: 'simple-return' });
    expect(checkRequest(fo, request({}, { authorization: '' }), true)).toEqual({
      status: 401,
      code: '2000',
      text: 'Bad Login/Password (the mock expects a well-formed Basic Authorization header)',
    });
    expect(checkRequest(endpoint({}), request({}, { authorization: 'Basic %%%' }), true)).toEqual({
      status: 401,
      code: 'INVALID_CREDENTIALS',
      text: 'Bad Login/Password (the mock expects a well-formed Basic Authorization header)',
    });
    const noHeader = { ...request(), headers: {} };
    expect(checkRequest(endpoint({}), noHeader, true)?.status).toBe(401);
  });

  it('a JWT endpoint expects Bearer', () => {
    const jwt = endpoint({ auth: 'jwt', api: 'gateway' });
    expect(checkRequest(jwt, request(), true)?.text).toContain('well-formed Bearer Authorization');
    expect(checkRequest(jwt, request({}, { authorization: 'Bearer abc.def.ghi' }), true)).toBeUndefined();
  });

  it('auth is not checked when not required, or for an endpoint without auth', () => {
    const bad = request({}, { authorization: 'nope' });
    expect(checkRequest(endpoint({}), bad, false)).toBeUndefined();
    expect(checkRequest(endpoint({ auth: 'none' }), bad, true)).toBeUndefined();
    expect(checkRequest(endpoint({}), request(), true)).toBeUndefined();
  });

  it('wellFormedCredentials: Basic base64 of user:password with a non-empty user', () => {
    const b = (s: string) => Buffer.from(s).toString('base64');
    for (const good of [
      BASIC,
      `basic ${b('a:')}`,
      `BASIC ${b('u:p:q')}`,
      `Basic  ${b('ab:c')} `,
      `Basic ${b('abcd:e')}`,
    ]) {
      expect(wellFormedCredentials(good, 'Basic'), good).toBe(true);
    }
    for (const bad of [
      '',
      'Basic',
      b('a:b'),
      `Basic ${b(':pw')}`,
      `Basic ${b('nocolon')}`,
      `Bearer ${b('a:b')}`,
      `Basicx ${b('a:b')}`,
      'Basic ',
      'Basic YWJj', // abc: no colon
      'Basic YTpi=', // length not a multiple of 4
      'Basic YTpi-A==', // token68 but not base64
      'Basic YTpiYw=== ',
      `Basic ${b('a:b')}!`,
      `Basic !${b('a:b')}`,
      `Basic ${'QUFB'.repeat(2048)}Ojpi`,
    ]) {
      expect(wellFormedCredentials(bad, 'Basic'), bad).toBe(false);
    }
  });

  it('wellFormedCredentials: Bearer token68 of at most 8192 characters', () => {
    for (const good of ['Bearer a', 'bearer a-b._~+/c==', `Bearer ${'a'.repeat(8192)}`]) {
      expect(wellFormedCredentials(good, 'Bearer'), good.slice(0, 20)).toBe(true);
    }
    for (const bad of [
      'Bearer ',
      'Bearer a b',
      'Bearer a=b',
      'Bearer =',
      `Bearer ${'a'.repeat(8193)}`,
      'Bearer a!',
      'Bearer !a',
      'Token a',
      'Bearerx',
      'Bearer',
    ]) {
      expect(wellFormedCredentials(bad, 'Bearer'), bad.slice(0, 20)).toBe(false);
    }
  });
});

describe('headers', () => {
  it('FO calls need X-Requested-With: 400 1907', () => {
    const fo = endpoint({ api: 'fo', errors: 'simple-return' });
    expect(checkRequest(fo, request(), true)).toEqual({
      status: 400,
      code: '1907',
      text: 'Missing required header: X-Requested-With',
    });
    expect(checkRequest(fo, request({}, { 'x-requested-with': 'qspec' }), true)).toBeUndefined();
    expect(checkRequest(endpoint({}), request(), true)).toBeUndefined();
  });

  it('PCI calls need apiVersion: V1', () => {
    const pci = endpoint({ api: 'pci' });
    const refused = { status: 400, code: 'INVALID_API_VERSION', text: "Header 'apiVersion: V1' is required" };
    expect(checkRequest(pci, request(), true)).toEqual(refused);
    expect(checkRequest(pci, request({}, { apiversion: 'V2' }), true)).toEqual(refused);
    expect(checkRequest(pci, request({}, { apiversion: 'V1' }), true)).toBeUndefined();
  });
});

describe('parameters', () => {
  it('a missing required parameter: 400, 1903 for FO, INVALID_REQUEST otherwise', () => {
    const params = [{ name: 'action', required: true }];
    expect(checkRequest(endpoint({ errors: 'simple-return' }, params), request(), false)).toEqual({
      status: 400,
      code: '1903',
      text: 'Missing required parameter: action',
    });
    expect(checkRequest(endpoint({}, params), request(), false)).toEqual({
      status: 400,
      code: 'INVALID_REQUEST',
      text: 'Missing required parameter: action',
    });
  });

  it('a required const or header parameter may be left out; an optional one too', () => {
    for (const p of [
      { name: 'action', required: true, const: 'list' },
      { name: 'X-Thing', required: true, in: 'header' },
      { name: 'opt' },
    ] as Partial<IrParam>[]) {
      expect(checkRequest(endpoint({}, [p]), request(), false), p.name).toBeUndefined();
    }
  });

  it('a bad value: 400, 1905 for FO, INVALID_REQUEST otherwise', () => {
    const params = [{ name: 'action', const: 'list' }];
    expect(checkRequest(endpoint({ errors: 'simple-return' }, params), request({ action: 'x' }), false)).toEqual({
      status: 400,
      code: '1905',
      text: 'Parameter action must be list',
    });
    expect(checkRequest(endpoint({}, params), request({ action: 'x' }), false)).toEqual({
      status: 400,
      code: 'INVALID_REQUEST',
      text: 'Parameter action must be list',
    });
    expect(checkRequest(endpoint({}, params), request({ action: 'list' }), false)).toBeUndefined();
  });

  it('values come from the path, the headers (lower-case) and the query/form', () => {
    const int = { type: 'integer' } as const;
    const e = endpoint({}, [
      { name: 'id', in: 'path', ...int },
      { name: 'X-Count', in: 'header', ...int },
      { name: 'n', in: 'form', ...int },
    ]);
    expect(checkRequest(e, request({}, {}, { id: 'a' }), false)?.text).toBe('Invalid value for id: a (an integer)');
    expect(checkRequest(e, request({}, { 'x-count': 'b' }), false)?.text).toBe(
      'Invalid value for X-Count: b (an integer)',
    );
    expect(checkRequest(e, request({ n: 'c' }), false)?.text).toBe('Invalid value for n: c (an integer)');
    expect(checkRequest(e, request({ id: 'a' }, {}, { id: '1' }), false)).toBeUndefined();
  });

  it('requiredWith: the companion must be given too', () => {
    const e = endpoint({}, [{ name: 'a', requiredWith: ['b'] }, { name: 'b' }]);
    expect(checkRequest(e, request({ a: '1' }), false)).toEqual({
      status: 400,
      code: 'INVALID_REQUEST',
      text: 'Parameter b is required when a is given',
    });
    expect(checkRequest(e, request({ a: '1', b: '2' }), false)).toBeUndefined();
    expect(checkRequest(e, request({ b: '2' }), false)).toBeUndefined();
    const unknownCompanion = endpoint({}, [{ name: 'a', requiredWith: ['zz'] }]);
    expect(checkRequest(unknownCompanion, request({ a: '1' }), false)).toBeUndefined();
  });

  it('every parameter is checked, not only the first', () => {
    const e = endpoint({}, [{ name: 'a' }, { name: 'b', type: 'integer' }]);
    expect(checkRequest(e, request({ a: 'x', b: 'y' }), false)?.text).toBe('Invalid value for b: y (an integer)');
  });
});

describe('values', () => {
  const check = (p: Partial<IrParam>, value: string) =>
    checkRequest(endpoint({}, [{ name: 'p', ...p }]), request({ p: value }), false)?.text;

  it('enum', () => {
    expect(check({ enum: ['A', 'B'] }, 'C')).toBe('Invalid value for p: C (allowed: A, B)');
    expect(check({ enum: ['A', 'B'] }, 'B')).toBeUndefined();
  });

  it('lists are split on commas and each item trimmed and checked', () => {
    expect(check({ list: true, enum: ['A', 'B'] }, 'A, B')).toBeUndefined();
    expect(check({ list: true, enum: ['A', 'B'] }, 'A,C')).toBe('Invalid value for p: C (allowed: A, B)');
    expect(check({ enum: ['A', 'B'] }, 'A,B')).toBe('Invalid value for p: A,B (allowed: A, B)');
    expect(check({ enum: ['A'] }, ' A ')).toBeUndefined();
  });

  it('integers, negative ones and ranges; bounds inclusive, a range checked by its start', () => {
    const bounded = { type: 'integer', minimum: 2, maximum: 5 } as const;
    expect(check(bounded, '2')).toBeUndefined();
    expect(check(bounded, '5')).toBeUndefined();
    expect(check(bounded, '1')).toBe('p must be at least 2');
    expect(check(bounded, '6')).toBe('p must be at most 5');
    expect(check(bounded, '3-9')).toBeUndefined();
    expect(check(bounded, '3-10')).toBeUndefined();
    expect(check(bounded, '10')).toBe('p must be at most 5');
    expect(check(bounded, '10-12')).toBe('p must be at most 5');
    expect(check(bounded, '1-3')).toBe('p must be at least 2');
    expect(check({ type: 'integer', minimum: -5 }, '-5')).toBeUndefined();
    expect(check({ type: 'integer', minimum: -5 }, '-6')).toBe('p must be at least -5');
    for (const bad of ['1.5', 'x1', '1x', '', '--1', '1-', '-', '1-2-3', ' 1 2']) {
      expect(check({ type: 'integer' }, bad), bad).toBe(`Invalid value for p: ${bad.trim()} (an integer)`);
    }
  });

  it('numbers', () => {
    expect(check({ type: 'number' }, '1.5e3')).toBeUndefined();
    expect(check({ type: 'number' }, 'x')).toBe('Invalid value for p: x (a number)');
  });

  it('booleans: true/false/0/1, or only 0/1 in the zero-one format', () => {
    for (const v of ['true', 'false', '0', '1']) expect(check({ type: 'boolean' }, v)).toBeUndefined();
    expect(check({ type: 'boolean' }, 'yes')).toBe('Invalid value for p: yes (true/false/0/1)');
    expect(check({ type: 'boolean', booleanFormat: 'zero-one' }, '1')).toBeUndefined();
    expect(check({ type: 'boolean', booleanFormat: 'zero-one' }, 'true')).toBe('Invalid value for p: true (0/1)');
  });

  it('dates and date-times', () => {
    expect(check({ type: 'date' }, '2024-01-31')).toBeUndefined();
    for (const bad of ['2024-1-31', 'x2024-01-31', '2024-01-31x', '20240-01-31']) {
      expect(check({ type: 'date' }, bad), bad).toBe(`Invalid date for p: ${bad} (YYYY-MM-DD)`);
    }
    expect(check({ type: 'date-time' }, '2024-01-31T10:00:00Z')).toBeUndefined();
    expect(check({ type: 'date-time' }, 'soon')).toBe('Invalid date-time for p: soon');
  });
});
