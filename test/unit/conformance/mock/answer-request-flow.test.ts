/**
 * answerRequest's flow (answer-request.ts) on the fixture specs, whole answers: the request
 * counter, malformed targets and percent-encoding (per family), the `/auth` JWT, the 404 text
 * with the FO action and near misses, forced examples (unknown, error ones past a 400 check),
 * auth off and sessions, requested vs scheduled faults, fixed latency, the FO rate-limit headers
 * counting down and wrapping at 300, and the generic paging of a paged endpoint (pages, cursor,
 * WARNING URL) which a forced example never gets.
 */
import { describe, expect, it } from 'vitest';
import { answerRequest, FO_RATE_LIMIT, type MockRequest } from '../../../../conformance/mock/answer-request.js';
import { errorAnswer } from '../../../../conformance/mock/error-body.js';
import {
  createMockContext,
  type MockContext,
  type MockOptions,
  mockJwt,
} from '../../../../conformance/mock/mock-context.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

const BASIC = 'Basic cXNwZWM6cXNwZWM=';
const FO = { authorization: BASIC, 'x-requested-with': 't', 'content-type': 'application/x-www-form-urlencoded' };
const context = async (o: MockOptions = {}) => createMockContext(await fixtureDoc(), fixtureSpecs, o);
const thing = (o: Partial<MockRequest> = {}): MockRequest => ({
  method: 'POST',
  url: '/api/2.0/fo/thing/',
  headers: FO,
  body: 'action=list',
  ...o,
});
const rate = (remaining: string) => ({
  'X-RateLimit-Limit': '300',
  'X-RateLimit-Window-Sec': '3600',
  'X-RateLimit-Remaining': remaining,
  'X-RateLimit-ToWait-Sec': '0',
  'X-Concurrency-Limit-Limit': '2',
  'X-Concurrency-Limit-Running': '1',
});

describe('answerRequest: before routing', () => {
  it('counts every request, answered or not', async () => {
    const ctx = await context();
    answerRequest(ctx, { method: 'GET', url: '/nope', headers: {}, body: '' });
    answerRequest(ctx, thing());
    expect(ctx.requests).toBe(2);
  });
  it('refuses a request target that is no URL', async () => {
    const ctx = await context();
    expect(answerRequest(ctx, { method: 'GET', url: 'http://[x', headers: {}, body: '' })).toEqual(
      errorAnswer('http', { status: 400, code: '400', text: 'malformed request target' }, ctx.baseUrl),
    );
  });
  it('refuses malformed percent-encoding: in the endpoint format when routed, as text when not', async () => {
    const ctx = await context();
    const pci = answerRequest(ctx, {
      method: 'GET',
      url: '/pci/widgets/%E0%A4%A',
      headers: { authorization: BASIC, apiversion: 'V1' },
      body: '',
    });
    expect(pci).toEqual({
      status: 400,
      headers: { 'content-type': 'application/json' },
      body: '{"errorCode":"INVALID_REQUEST","message":"Malformed percent-encoding in the request path"}\n',
    });
    expect(answerRequest(ctx, { method: 'GET', url: '/nope/%ZZ', headers: {}, body: '' })).toEqual({
      status: 400,
      headers: { 'content-type': 'text/plain' },
      body: '400 malformed percent-encoding in the request path\n',
    });
  });
  it('answers POST …/auth with a JWT, other unknown routes 404 with what was asked', async () => {
    const ctx = await context();
    const jwt = { status: 201, headers: { 'content-type': 'text/plain' }, body: mockJwt() };
    expect(answerRequest(ctx, { method: 'POST', url: '/auth', headers: {}, body: '' })).toEqual(jwt);
    expect(answerRequest(ctx, { method: 'POST', url: '/gw/auth/', headers: {}, body: '' })).toEqual(jwt);
    expect(answerRequest(ctx, { method: 'GET', url: '/auth', headers: {}, body: '' }).status).toBe(404);
    expect(answerRequest(ctx, { method: 'POST', url: '/authx', headers: {}, body: '' }).status).toBe(404);
    expect(answerRequest(ctx, { method: 'GET', url: '/nope?x=1', headers: {}, body: '' })).toEqual({
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: 'qspec mock: no endpoint in the spec folder matches GET /nope\n',
    });
    expect(answerRequest(ctx, thing({ body: 'action=zap' })).body).toBe(
      'qspec mock: no endpoint in the spec folder matches POST /api/2.0/fo/thing/ action=zap (same path: POST vm.thing.list)\n',
    );
  });
});

describe('answerRequest: forced examples, auth, sessions', () => {
  it('an unknown forced example is a 404; the query parameter names one too', async () => {
    const ctx = await context();
    expect(answerRequest(ctx, thing({ headers: { ...FO, 'x-qspec-example': 'nope' } }))).toEqual(
      errorAnswer('http', { status: 404, code: '404', text: "no example 'nope' for vm.thing.list" }, ctx.baseUrl),
    );
    const two = answerRequest(
      ctx,
      thing({ url: '/api/2.0/fo/thing/?qspec_example=two-things', body: 'action=list&ids=1' }),
    );
    expect(two.body).toBe(ctx.examples.get('vm.thing.list')?.find((e) => e.example.name === 'two-things')?.body);
    expect(two.headers['content-type']).toBe('text/xml');
  });
  it('a forced error example passes a 400 check, never a 401', async () => {
    const ctx = await context();
    const bad = ctx.examples.get('vm.thing.list')?.find((e) => e.example.name === 'bad-id-400');
    const a = answerRequest(
      ctx,
      thing({ headers: { ...FO, 'x-qspec-example': 'bad-id-400' }, body: 'action=list&state=maybe' }),
    );
    expect([a.status, a.body]).toEqual([400, bad?.body]);
    const noAuth = answerRequest(ctx, thing({ headers: { 'x-requested-with': 't', 'x-qspec-example': 'bad-id-400' } }));
    expect(noAuth.status).toBe(401);
    const okExample = answerRequest(
      ctx,
      thing({ headers: { ...FO, 'x-qspec-example': 'one-thing' }, body: 'action=list&state=maybe' }),
    );
    expect(okExample.status).toBe(400);
    expect(okExample.body).toContain('<CODE>1905</CODE>');
  });
  it('requireAuth false and a live session both admit a request without credentials', async () => {
    const anon = { 'x-requested-with': 't', 'content-type': FO['content-type'] };
    expect(answerRequest(await context({ requireAuth: false }), thing({ headers: anon })).status).toBe(200);
    const ctx = await context();
    expect(answerRequest(ctx, thing({ headers: anon })).status).toBe(401);
    ctx.sessions.add('s1');
    expect(answerRequest(ctx, thing({ headers: { ...anon, cookie: 'QualysSession=s1' } })).status).toBe(200);
    expect(answerRequest(ctx, thing({ headers: { ...anon, cookie: 'QualysSession=s2' } })).status).toBe(401);
  });
});

describe('answerRequest: faults, latency, rate headers', () => {
  it('a requested fault wins over the schedule; an unknown one is ignored', async () => {
    const ctx = await context({ fault: { spec: { kind: 'status', status: 503 }, every: 1 } });
    expect(answerRequest(ctx, thing({ headers: { ...FO, 'x-qspec-fault': '429' } })).status).toBe(429);
    expect(answerRequest(ctx, thing({ headers: { ...FO, 'x-qspec-fault': 'bogus' } })).status).toBe(200);
    expect(answerRequest(ctx, thing()).status).toBe(503);
    expect(answerRequest(ctx, thing({ url: '/api/2.0/fo/thing/?qspec_fault=409' })).status).toBe(409);
  });
  it('adds the fixed latency unless a slow fault set its own', async () => {
    const ctx = await context({ latencyMs: 7 });
    expect(answerRequest(ctx, thing()).delayMs).toBe(7);
    expect(answerRequest(ctx, thing({ headers: { ...FO, 'x-qspec-fault': 'slow-30' } })).delayMs).toBe(30);
    expect(answerRequest(await context(), thing()).delayMs).toBeUndefined();
  });
  it('counts FO calls down from 300 and starts a new window after the last', async () => {
    const ctx = await context();
    expect(FO_RATE_LIMIT).toBe(300);
    expect(answerRequest(ctx, thing()).headers).toEqual({ ...rate('299'), 'content-type': 'text/xml' });
    expect(answerRequest(ctx, thing()).headers).toEqual({ ...rate('298'), 'content-type': 'text/xml' });
    ctx.foCalls = 299;
    expect(answerRequest(ctx, thing()).headers['X-RateLimit-Remaining']).toBe('0');
    expect(answerRequest(ctx, thing()).headers['X-RateLimit-Remaining']).toBe('299');
    const pci = answerRequest(ctx, {
      method: 'GET',
      url: '/pci/widgets/7',
      headers: { authorization: BASIC, apiversion: 'V1' },
      body: '',
    });
    expect(pci.headers).toEqual({ 'content-type': 'application/json' });
    expect(ctx.foCalls).toBe(1);
  });
});

describe('answerRequest: generic paging', () => {
  const warning = (ctx: MockContext, body: string) =>
    answerRequest(ctx, thing({ body })).body.match(/<URL><!\[CDATA\[(.*?)\]\]>/)?.[1];
  it('pages 2 by default: page 1 points to id_min=1000, page 2 is the last', async () => {
    const ctx = await context();
    expect(warning(ctx, 'action=list&ids=1')).toBe('http://127.0.0.1/api/2.0/fo/thing/?action=list&ids=1&id_min=1000');
    expect(warning(ctx, 'action=list&ids=1&id_min=1000')).toBeUndefined();
  });
  it('pages N when asked, none when pages is 1', async () => {
    const three = await context({ pages: 3 });
    three.baseUrl = 'http://h:9';
    expect(warning(three, 'action=list&ids=1&id_min=1000')).toBe(
      'http://h:9/api/2.0/fo/thing/?action=list&ids=1&id_min=2000',
    );
    expect(warning(three, 'action=list&ids=1&id_min=2000')).toBeUndefined();
    expect(warning(await context({ pages: 1 }), 'action=list&ids=1')).toBeUndefined();
  });
  it('never pages a forced example', async () => {
    const ctx = await context();
    const a = answerRequest(
      ctx,
      thing({ headers: { ...FO, 'x-qspec-example': 'one-thing' }, body: 'action=list&ids=1' }),
    );
    expect(a.body).toBe(ctx.examples.get('vm.thing.list')?.find((e) => e.example.name === 'one-thing')?.body);
  });
});
