/**
 * ClientCore, exact outcomes over an in-memory transport (no sockets, no timers): the platform
 * lookup and its error, the gateway-before-API credential order, error contexts (endpoint id,
 * URL without query), the session Cookie header, the debug hooks and the retry warnings.
 */
import { describe, expect, it } from 'vitest';
import { ClientCore } from '../../../../runtime/client/client-core.js';
import type { RequestEvent, ResponseEvent } from '../../../../runtime/client/client-options.js';
import { QualysError, QualysHttpError, QualysRequestError } from '../../../../runtime/client/qualys-error.js';
import { type TransportRequest, transportResponse } from '../../../../runtime/client/transport.js';
import { ALICE, API, basic, caught, client, ep, fakeTransport, GW, XRW, xmlOk } from './fake-core.js';
import { stubDecoder, TEST_JWT } from './make-client.js';

describe('platforms', () => {
  const platforms = {
    US1: { id: 'US1', name: 'US 1', apiUrl: 'https://qualysapi.us1.test', gatewayUrl: 'https://gateway.us1.test' },
    EU1: { id: 'EU1', name: 'EU 1', apiUrl: 'https://qualysapi.eu1.test', gatewayUrl: 'https://gateway.eu1.test' },
  };
  it('an unknown platform name throws a QualysError naming the known ones', () => {
    const make = () => new ClientCore({ platform: 'XX1', auth: basic, transport: fakeTransport([]) }, platforms);
    expect(make).toThrow(QualysError);
    expect(make).toThrow(new QualysError('unknown platform XX1 (known: US1, EU1)'));
  });
  it('a known platform name picks its API server', async () => {
    const t = fakeTransport([xmlOk()]);
    const core = new ClientCore({ platform: 'EU1', auth: basic, transport: t, decoder: stubDecoder }, platforms);
    await core.call(ep(), {});
    expect(t.requests.map((r) => r.url)).toEqual(['https://qualysapi.eu1.test/api/2.0/fo/thing/']);
  });
  it('a platform object is used as given', async () => {
    const t = fakeTransport([xmlOk()]);
    const core = new ClientCore({ platform: platforms.US1, auth: basic, transport: t }, {});
    await core.call(ep(), {});
    expect(t.requests.map((r) => r.url)).toEqual(['https://qualysapi.us1.test/api/2.0/fo/thing/']);
  });
});

describe('gateway credentials', () => {
  const jwtEp = ep({ id: 'csam.x', api: 'gateway', auth: 'jwt', path: '/rest/2.0/x', params: [] });
  const tokenThen = (req: TransportRequest) =>
    req.url.endsWith('/auth')
      ? transportResponse(200, {}, TEST_JWT)
      : transportResponse(200, { 'content-type': 'text/xml' }, '<R/>');
  it('netrc: the gateway host entry wins over the API host entry', async () => {
    const { core, requests } = client([tokenThen], {
      gatewayUrl: GW,
      auth: {
        kind: 'netrc',
        entries: [
          { machine: 'api.test', login: 'apiuser', password: 'api-pass-1' },
          { machine: 'gw.test', login: 'gwuser', password: 'gw-pass-1' },
        ],
      },
    });
    await core.call(jwtEp, {});
    expect(requests[0]!.body).toBe('username=gwuser&password=gw-pass-1&token=true');
  });
  it('netrc: without a gateway entry the API host entry is used', async () => {
    const { core, requests } = client([tokenThen], {
      gatewayUrl: GW,
      auth: { kind: 'netrc', entries: [{ machine: 'api.test', login: 'apiuser', password: 'api-pass-1' }] },
    });
    await core.call(jwtEp, {});
    expect(requests[0]!.body).toBe('username=apiuser&password=api-pass-1&token=true');
    expect(requests[1]!.headers).toEqual({ authorization: `Bearer ${TEST_JWT}` });
  });
  it('a 401 on a gateway call refetches the token once; the retry is attempt 0 again', async () => {
    const events: RequestEvent[] = [];
    let calls = 0;
    const { core, requests } = client(
      [
        (req) => {
          if (req.url.endsWith('/auth')) return transportResponse(200, {}, TEST_JWT);
          calls++;
          return calls === 1
            ? transportResponse(401, {}, 'no')
            : transportResponse(200, { 'content-type': 'text/xml' }, '<R/>');
        },
      ],
      { gatewayUrl: GW, onRequest: (e) => events.push(e) },
    );
    await core.call(jwtEp, {});
    expect(requests.map((r) => r.url)).toEqual([`${GW}/auth`, `${GW}/rest/2.0/x`, `${GW}/auth`, `${GW}/rest/2.0/x`]);
    expect(events.map((e) => e.attempt)).toEqual([0, 0]);
  });
  it('a 401 with a preset token is not retried', async () => {
    const { core, requests } = client([transportResponse(401, {}, 'no')], { auth: { kind: 'token', token: TEST_JWT } });
    const e = await caught(core.call(jwtEp, {}));
    expect(e).toBeInstanceOf(QualysHttpError);
    expect(requests).toHaveLength(1);
  });
  it('a 401 on a basic endpoint is not retried', async () => {
    const { core, requests } = client([transportResponse(401, {}, 'no')]);
    expect(await caught(core.call(ep(), {}))).toBeInstanceOf(QualysHttpError);
    expect(requests).toHaveLength(1);
  });
});

describe('error contexts', () => {
  it('a request error carries the endpoint id and sends nothing', async () => {
    const { core, requests } = client([xmlOk()]);
    const e = await caught(
      core.call(ep({ params: [{ name: 'n', prop: 'n', in: 'query', type: 'string', required: true }] }), {}),
    );
    expect(e).toBeInstanceOf(QualysRequestError);
    expect((e as QualysRequestError).endpoint).toBe('test.thing.get');
    expect((e as QualysRequestError).message.startsWith('test.thing.get: invalid request: ')).toBe(true);
    expect(requests).toEqual([]);
  });
  it('an HTTP error names the URL without its query string', async () => {
    const { core, requests } = client([transportResponse(500, {}, 'boom')]);
    const e = (await caught(core.call(ep(), { q: 'secret-ish' }))) as QualysHttpError;
    expect(requests[0]!.url).toBe(`${API}/api/2.0/fo/thing/?q=secret-ish`);
    expect(e).toBeInstanceOf(QualysHttpError);
    expect([e.endpoint, e.status, e.url]).toEqual(['test.thing.get', 500, `${API}/api/2.0/fo/thing/`]);
  });
  it('a redirect error carries endpoint, status and bare URL', async () => {
    const { core } = client([transportResponse(302, { location: 'https://elsewhere.test/x' }, '')]);
    const e = (await caught(core.call(ep(), { q: 'v' }))) as QualysError;
    expect([e.name, e.endpoint, e.status, e.url]).toEqual([
      'QualysRedirectError',
      'test.thing.get',
      302,
      `${API}/api/2.0/fo/thing/`,
    ]);
  });
});

describe('session cookie', () => {
  const login = ep({ id: 'vm.session.login', method: 'POST', path: '/api/2.0/fo/session/', params: [], auth: 'none' });
  const logout = ep({
    id: 'vm.session.logout',
    method: 'POST',
    path: '/api/2.0/fo/session/',
    params: [],
    auth: 'none',
  });
  const withCookie = xmlOk('<R/>', { 'set-cookie': 'QualysSession=abc123; Path=/; Secure' });
  it('the Cookie header is added only when the request has none (any case); logout forgets it', async () => {
    const { core, requests } = client([withCookie, xmlOk()], { auth: { kind: 'none' } });
    await core.call(login, {});
    await core.call(ep({ headers: { Cookie: 'mine=1', 'x-other': '1' } }), {});
    await core.call(ep(), {});
    await core.call(logout, {});
    const e = (await caught(core.call(ep(), {}))) as QualysError;
    expect(e.message).toBe(
      'test.thing.get: no credentials for api.test (give auth.kind basic, or a .netrc entry for the host)',
    );
    expect(requests.map((r) => r.headers)).toEqual([
      XRW,
      { ...XRW, Cookie: 'mine=1', 'x-other': '1' },
      { ...XRW, cookie: 'QualysSession=abc123' },
      { ...XRW, cookie: 'QualysSession=abc123' },
    ]);
  });
  it('with basic credentials the session still sends them; other endpoints do not set the session', async () => {
    const { core, requests } = client([withCookie, withCookie, withCookie, xmlOk()]);
    await core.call(ep(), {});
    await core.call(ep(), {});
    await core.call(login, {});
    await core.call(ep(), {});
    expect(requests.map((r) => r.headers)).toEqual([
      { ...XRW, authorization: ALICE },
      { ...XRW, authorization: ALICE },
      XRW,
      { ...XRW, authorization: ALICE, cookie: 'QualysSession=abc123' },
    ]);
  });
  it('a held session does not stand in for PCI credentials', async () => {
    const { core } = client([withCookie], { auth: { kind: 'none' } });
    await core.call(login, {});
    const e = (await caught(core.call(ep({ auth: 'pci-basic' }), {}))) as QualysError;
    expect(e.message).toBe(
      'test.thing.get: no credentials for api.test (give auth.kind basic, or a .netrc entry for the host)',
    );
  });
});

describe('hooks and request shape', () => {
  it('onRequest and onResponse get the whole event; lastRateLimit keeps the last one seen', async () => {
    const reqs: RequestEvent[] = [];
    const ress: ResponseEvent[] = [];
    const rl = { 'x-ratelimit-limit': '300', 'x-ratelimit-window-sec': '3600', 'x-ratelimit-remaining': '299' };
    const { core, requests } = client([xmlOk('<R/>', rl), xmlOk()], {
      onRequest: (e) => reqs.push(e),
      onResponse: (e) => ress.push(e),
    });
    await core.call(ep(), { q: 'x' });
    const first = core.lastRateLimit;
    expect(first).toBeDefined();
    await core.call(ep(), {});
    expect(core.lastRateLimit).toBe(first);
    expect(reqs[0]).toStrictEqual({
      endpoint: 'test.thing.get',
      method: 'GET',
      url: `${API}/api/2.0/fo/thing/?q=x`,
      headers: { ...XRW, authorization: 'Basic ***' },
      attempt: 0,
    });
    expect(ress[1]).toStrictEqual({
      endpoint: 'test.thing.get',
      status: 200,
      headers: { 'content-type': 'text/xml' },
      rateLimit: undefined,
    });
    expect(ress[0]!.rateLimit).toBe(first);
    expect(Object.keys(requests[0]!).sort()).toEqual(['headers', 'method', 'timeoutMs', 'url']);
  });
  it('the caller signal reaches the transport', async () => {
    const { core, requests } = client([xmlOk()]);
    const signal = new AbortController().signal;
    await core.call(ep(), {}, { signal });
    expect(requests[0]!.signal).toBe(signal);
  });
  it('retry warnings say status, code, attempt and delay', async () => {
    const sr = (code: string) =>
      `<SIMPLE_RETURN><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME><CODE>${code}</CODE><TEXT>wait</TEXT><ITEM_LIST><ITEM><KEY>SECONDS_TO_WAIT</KEY><VALUE>7</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>`;
    const { core, warnings } = client(
      [
        transportResponse(409, { 'content-type': 'text/xml' }, sr('1965')),
        transportResponse(429, { 'retry-after': '5' }, 'slow'),
        xmlOk(),
      ],
      { now: () => 0 },
    );
    await core.call(ep({ errors: 'simple-return' }), {});
    expect(warnings).toEqual([
      { endpoint: 'test.thing.get', code: 'Retrying', message: 'HTTP 409 (1965): retry 1 in 7000 ms' },
      { endpoint: 'test.thing.get', code: 'Retrying', message: 'HTTP 429: retry 2 in 5000 ms' },
    ]);
  });
});
