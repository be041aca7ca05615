/**
 * Which spec example answers a request (example-choice.ts): only valid 2xx non-error examples;
 * error envelopes of each family; no example the request contradicts (list params match on a
 * shared item); the score (2 per equal param, 1 per shared list item, 1 for an equal body up
 * to whitespace between tags; the first best wins); the generic fallback; large bodies.
 */
import { describe, expect, it } from 'vitest';
import { chooseExample, isErrorEnvelope } from '../../../../conformance/mock/example-choice.js';
import type { LoadedExample } from '../../../../conformance/mock/mock-context.js';
import type { IrEndpoint } from '../../../../generator/ir/ir-endpoint.js';

describe('isErrorEnvelope', () => {
  it.each([
    ['<r><responseCode>SUCCESS</responseCode></r>', false],
    ['<r><responseCode>SUCCESSFUL</responseCode></r>', true],
    ['<r><responseCode>INVALID_REQUEST</responseCode></r>', true],
    ['<responseCode>NOT_FOUND</responseCode>', true],
    ['<responseCode>SUCCESS</responseCode>', false],
    ['<SIMPLE_RETURN><RESPONSE><CODE>1905</CODE></RESPONSE></SIMPLE_RETURN>', true],
    ['<SIMPLE_RETURN><RESPONSE><TEXT>ok</TEXT></RESPONSE></SIMPLE_RETURN>', false],
    ['<HOST_LIST><CODE>1</CODE></HOST_LIST>', false],
    [' \n{"errorCode":"X","message":"m"}', true],
    ['{"data":[]}', false],
    ['[{"errorCode":"X"}]', false],
    ['x {"errorCode":"X"}', false],
    ['', false],
  ])('%j → %s', (body, want) => {
    expect(isErrorEnvelope(body)).toBe(want);
  });
});

const endpoint = {
  params: [{ name: 'action', const: 'list' }, { name: 'ids', list: true }, { name: 'state' }, { name: 'tag' }],
} as unknown as IrEndpoint;
const ex = (
  name: string,
  params?: Record<string, string>,
  o: { status?: number; expect?: string; body?: string } = {},
) =>
  ({
    example: {
      name,
      status: o.status ?? 200,
      expect: o.expect ?? 'valid',
      kind: 'response',
      file: '',
      contentType: 'x',
      ...(params ? { params } : {}),
    },
    body: o.body ?? '<X/>',
  }) as LoadedExample;
const choose = (examples: LoadedExample[], query: string, body = '', bodies?: Map<string, string>) =>
  chooseExample(endpoint, examples, bodies, new URLSearchParams(query), body)?.example.name;

describe('chooseExample: which examples count', () => {
  it.each([
    [200, 'valid', '<X/>', 'e'],
    [299, 'valid', '<X/>', 'e'],
    [199, 'valid', '<X/>', undefined],
    [300, 'valid', '<X/>', undefined],
    [404, 'valid', '<X/>', undefined],
    [200, 'invalid', '<X/>', undefined],
    [200, 'valid', '{"errorCode":"E"}', undefined],
  ])('status %i, expect %s, body %j → %s', (status, expect_, body, want) => {
    expect(choose([ex('e', { action: 'list', state: 'a' }, { status, expect: expect_, body })], 'state=a')).toBe(want);
    expect(choose([ex('e', { action: 'list' }, { status, expect: expect_, body })], 'state=a')).toBe(want);
  });
});

describe('chooseExample: scores', () => {
  const generic = ex('generic', { action: 'list' });
  const generic2 = ex('generic2');
  const a = ex('a', { state: 'a' });
  const ab = ex('ab', { state: 'a', tag: 'b' });
  const ids = ex('ids', { ids: '1,2' });
  it.each([
    [[generic, a], 'state=a', 'a'],
    [[generic, a], 'state=b', 'generic'],
    [[generic, a], '', 'generic'],
    [[generic, a], 'tag=z', 'generic'],
    [[a], 'state=b', undefined],
    [[a], '', undefined],
    [[generic, generic2], '', 'generic'],
    [[generic2, generic], '', 'generic2'],
    [[a, ab], 'state=a', 'a'],
    [[ab, a], 'state=a', 'ab'],
    [[a, ab], 'state=a&tag=b', 'ab'],
    [[a, ab], 'state=a&tag=c', 'a'],
    [[ids], 'ids=2,3', 'ids'],
    [[ids], 'ids=3', undefined],
    [[ids, ex('ids2', { ids: '2' })], 'ids=2', 'ids2'],
    [[ex('ids2', { ids: '2' }), ids], 'ids=1,2', 'ids'],
    [[ex('s', { state: 'a,b' })], 'state=a', undefined],
    [[ex('fixed', { action: 'other' }), generic], 'action=list', 'fixed'],
  ] as const)('%# %j → %s', (examples, query, want) => {
    expect(choose([...examples], query)).toBe(want);
  });
});

describe('chooseExample: request bodies', () => {
  const byBody = ex('body');
  const bodies = new Map([['body', '<SR>\n  <a>1</a>\n</SR>\n']]);
  it('matches a recorded body up to whitespace between tags', () => {
    expect(choose([byBody], '', ' <SR><a>1</a>  </SR>', bodies)).toBe('body');
    expect(choose([byBody], '', '<SR><a> 1</a></SR>', bodies)).toBeUndefined();
    expect(choose([byBody, ex('generic')], '', '<SR><a>2</a></SR>', bodies)).toBe('generic');
  });
  it('an empty request body neither matches nor contradicts; params still count', () => {
    expect(choose([byBody], '', '', bodies)).toBeUndefined();
    const withParam = ex('p', { state: 'a' });
    const both = new Map([['p', '<SR/>']]);
    expect(choose([withParam], 'state=a', '', both)).toBe('p');
    expect(choose([withParam], 'state=a', '<SR/>', both)).toBe('p');
    expect(choose([withParam], 'state=a', '<SR2/>', both)).toBeUndefined();
  });
  it('a body match adds one to the score', () => {
    const p2 = ex('p2', { state: 'a' });
    const p1 = ex('p1', { state: 'a' });
    expect(choose([p2, p1], 'state=a', '<SR/>', new Map([['p1', '<SR/>']]))).toBe('p1');
  });
  it('does not compare bodies over 64 KiB', () => {
    const big = `<SR>${'x'.repeat(64 * 1024)}</SR>`;
    const bigBodies = new Map([['body', big]]);
    expect(choose([byBody, ex('generic')], '', big, bigBodies)).toBe('generic');
    const fits = `<SR>${'x'.repeat(64 * 1024 - 9)}</SR>`;
    expect(fits.length).toBe(64 * 1024);
    expect(choose([byBody, ex('generic')], '', fits, new Map([['body', fits]]))).toBe('body');
  });
});
