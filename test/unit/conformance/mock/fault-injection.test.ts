/**
 * Fault injection (fault-injection.ts) as plain functions: every fault spec the parser reads
 * (case and spaces ignored, `slow` bounded at 120 s, unknown specs refused), and every fault's
 * whole answer per API family: status, CODE, text, SECONDS_TO_WAIT, the X-RateLimit-* and
 * X-Concurrency-* headers of the real FO API, `Retry-After`; slow and truncate wrap the normal
 * answer (half its bytes, rounded down).
 */
import { describe, expect, it } from 'vitest';
import { errorAnswer, type MockAnswer } from '../../../../conformance/mock/error-body.js';
import {
  FAULT_HEADER,
  FAULT_QUERY,
  faultAnswer,
  parseFault,
  RATE_LIMIT_WAIT_SECONDS,
} from '../../../../conformance/mock/fault-injection.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

const BASE = 'http://m';
const FO = {
  id: 'vm.x',
  api: 'fo',
  errors: 'simple-return',
  path: '/api/2.0/fo/x/',
  responses: [],
} as unknown as IrEndpoint;
const QPS = {
  id: 'am.tag.search',
  api: 'qps',
  errors: 'qps-response-code',
  path: '/qps/rest/2.0/search/am/tag',
  responses: [{ status: 200, schema: { schema: 'am/tag.xsd' } }],
} as unknown as IrEndpoint;
const GW = { id: 'g', api: 'gateway', errors: 'json', path: '/g', responses: [] } as unknown as IrEndpoint;
const never = (): MockAnswer => {
  throw new Error('normal answer asked for');
};

describe('parseFault', () => {
  it.each([
    ['409-1965', { kind: 'rate-limit' }],
    ['409', { kind: 'rate-limit' }],
    [' 409 ', { kind: 'rate-limit' }],
    ['409-1960', { kind: 'concurrency' }],
    ['429', { kind: 'status', status: 429 }],
    ['503', { kind: 'status', status: 503 }],
    ['truncate', { kind: 'truncate' }],
    ['TRUNCATED', { kind: 'truncate' }],
    ['slow', { kind: 'slow', ms: 2000 }],
    ['Slow-250', { kind: 'slow', ms: 250 }],
    ['slow-0', { kind: 'slow', ms: 0 }],
    ['slow-120000', { kind: 'slow', ms: 120_000 }],
    ['slow-120001', { kind: 'slow', ms: 120_000 }],
    ['slow-99999999', { kind: 'slow', ms: 120_000 }],
  ])('%j', (spec, want) => {
    expect(parseFault(spec)).toEqual(want);
  });
  it.each([
    ['409-1961'],
    ['4091965'],
    ['500'],
    ['slow-'],
    ['slow-x'],
    ['slowly'],
    ['xslow'],
    ['slow-1x'],
    ['truncat'],
    [''],
  ])('%j is refused', (spec) => {
    expect(parseFault(spec)).toBeUndefined();
  });
  it('names the header and the query parameter', () => {
    expect([FAULT_HEADER, FAULT_QUERY, RATE_LIMIT_WAIT_SECONDS]).toEqual(['x-qspec-fault', 'qspec_fault', 1]);
  });
});

const RATE_HEADERS = {
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Window-Sec': '3600',
  'X-RateLimit-Remaining': '0',
  'X-RateLimit-ToWait-Sec': '1',
  'X-Concurrency-Limit-Limit': '2',
  'X-Concurrency-Limit-Running': '0',
};
const CONC_HEADERS = {
  'X-Concurrency-Limit-Limit': '2',
  'X-Concurrency-Limit-Running': '2',
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Window-Sec': '3600',
  'X-RateLimit-Remaining': '299',
  'X-RateLimit-ToWait-Sec': '0',
};
const RATE_TEXT = 'This API cannot be run again for another 1 second.';
const CONC_TEXT = 'Concurrency Limit of 2 exceeded. Please wait for a previous request to finish.';
const QPS_LOC = `${BASE}/qps/xsd/2.0/am/tag.xsd`;

describe('faultAnswer: 409 rate limit', () => {
  it('FO: CODE 1965 with SECONDS_TO_WAIT and the rate-limit headers', () => {
    expect(faultAnswer({ kind: 'rate-limit' }, FO, BASE, never)).toEqual(
      errorAnswer(
        'simple-return',
        { status: 409, code: '1965', text: RATE_TEXT, items: { SECONDS_TO_WAIT: '1' }, headers: RATE_HEADERS },
        BASE,
      ),
    );
    expect(faultAnswer({ kind: 'rate-limit' }, FO, BASE, never).body).toContain(
      '<CODE>1965</CODE><TEXT>This API cannot be run again for another 1 second.</TEXT>' +
        '<ITEM_LIST><ITEM><KEY>SECONDS_TO_WAIT</KEY><VALUE>1</VALUE></ITEM></ITEM_LIST>',
    );
  });
  it('QPS: TOO_MANY_REQUESTS naming the endpoint schema', () => {
    expect(faultAnswer({ kind: 'rate-limit' }, QPS, BASE, never)).toEqual(
      errorAnswer(
        'qps-response-code',
        { status: 409, code: 'TOO_MANY_REQUESTS', text: RATE_TEXT, headers: RATE_HEADERS },
        BASE,
        QPS_LOC,
      ),
    );
  });
  it('gateway: JSON with details', () => {
    const a = faultAnswer({ kind: 'rate-limit' }, GW, BASE, never);
    expect(a).toEqual({
      status: 409,
      headers: { ...RATE_HEADERS, 'content-type': 'application/json' },
      body: `{"errorCode":"TOO_MANY_REQUESTS","message":"${RATE_TEXT}","details":{"SECONDS_TO_WAIT":"1"}}\n`,
    });
  });
});

describe('faultAnswer: 409 concurrency', () => {
  it('FO: CODE 1960, no items, concurrency headers', () => {
    expect(faultAnswer({ kind: 'concurrency' }, FO, BASE, never)).toEqual(
      errorAnswer('simple-return', { status: 409, code: '1960', text: CONC_TEXT, headers: CONC_HEADERS }, BASE),
    );
  });
  it('gateway: TOO_MANY_REQUESTS', () => {
    expect(faultAnswer({ kind: 'concurrency' }, GW, BASE, never)).toEqual({
      status: 409,
      headers: { ...CONC_HEADERS, 'content-type': 'application/json' },
      body: `{"errorCode":"TOO_MANY_REQUESTS","message":"${CONC_TEXT}"}\n`,
    });
  });
});

describe('faultAnswer: 429 and 503', () => {
  it('FO 429: CODE 1965, SECONDS_TO_WAIT, Retry-After and the exhausted rate-limit headers', () => {
    expect(faultAnswer({ kind: 'status', status: 429 }, FO, BASE, never)).toEqual(
      errorAnswer(
        'simple-return',
        {
          status: 429,
          code: '1965',
          text: 'Too Many Requests: rate limit exceeded.',
          items: { SECONDS_TO_WAIT: '1' },
          headers: { 'Retry-After': '1', ...RATE_HEADERS },
        },
        BASE,
      ),
    );
  });
  it('FO 503: CODE 999, no items, the rate-limit headers with calls left', () => {
    expect(faultAnswer({ kind: 'status', status: 503 }, FO, BASE, never)).toEqual(
      errorAnswer(
        'simple-return',
        {
          status: 503,
          code: '999',
          text: 'Service Unavailable. Please try again later.',
          headers: {
            'Retry-After': '1',
            'X-RateLimit-Limit': '300',
            'X-RateLimit-Window-Sec': '3600',
            'X-RateLimit-Remaining': '299',
            'X-RateLimit-ToWait-Sec': '0',
            'X-Concurrency-Limit-Limit': '2',
            'X-Concurrency-Limit-Running': '0',
          },
        },
        BASE,
      ),
    );
  });
  it('QPS 429 / 503: the status as code (mapped), only Retry-After', () => {
    expect(faultAnswer({ kind: 'status', status: 429 }, QPS, BASE, never)).toEqual(
      errorAnswer(
        'qps-response-code',
        { status: 429, code: '429', text: 'Too Many Requests: rate limit exceeded.', headers: { 'Retry-After': '1' } },
        BASE,
        QPS_LOC,
      ),
    );
    const a = faultAnswer({ kind: 'status', status: 503 }, QPS, BASE, never);
    expect(a.headers).toEqual({ 'Retry-After': '1', 'content-type': 'application/xml' });
    expect(a.body).toContain('<responseCode>SERVICE_UNAVAILABLE</responseCode>');
  });
  it('gateway 429: errorCode is the status, no details', () => {
    expect(faultAnswer({ kind: 'status', status: 429 }, GW, BASE, never)).toEqual({
      status: 429,
      headers: { 'Retry-After': '1', 'content-type': 'application/json' },
      body: '{"errorCode":"429","message":"Too Many Requests: rate limit exceeded."}\n',
    });
  });
  it('an FO endpoint with another error format still gets the FO headers', () => {
    const odd = { ...FO, errors: 'json' } as unknown as IrEndpoint;
    expect(faultAnswer({ kind: 'status', status: 503 }, odd, BASE, never)).toEqual({
      status: 503,
      headers: {
        'Retry-After': '1',
        'X-RateLimit-Limit': '300',
        'X-RateLimit-Window-Sec': '3600',
        'X-RateLimit-Remaining': '299',
        'X-RateLimit-ToWait-Sec': '0',
        'X-Concurrency-Limit-Limit': '2',
        'X-Concurrency-Limit-Running': '0',
        'content-type': 'application/json',
      },
      body: '{"errorCode":"503","message":"Service Unavailable. Please try again later."}\n',
    });
  });
});

describe('faultAnswer: slow and truncate', () => {
  const normal = (body: string) => () => ({ status: 200, headers: { a: 'b' }, body });
  it('slow: the normal answer with a delay', () => {
    expect(faultAnswer({ kind: 'slow', ms: 40 }, FO, BASE, normal('x'))).toEqual({
      status: 200,
      headers: { a: 'b' },
      body: 'x',
      delayMs: 40,
    });
  });
  it.each([
    ['abc', 1],
    ['abcd', 2],
    ['ééé', 3],
    ['', 0],
  ])('truncate %j at %i bytes', (body, at) => {
    expect(faultAnswer({ kind: 'truncate' }, QPS, BASE, normal(body))).toEqual({
      status: 200,
      headers: { a: 'b' },
      body,
      truncateAt: at,
    });
  });
});
