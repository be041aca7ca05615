/**
 * The validating proxy's exchange (proxy/validating-proxy.ts) against a fake upstream on
 * 127.0.0.1, called as a function: what is forwarded (method, path, query, body for non-GET,
 * headers without the hop-by-hop ones), what comes back (status, headers without hop-by-hop and
 * content-encoding, the bytes as sent), the CaseResult (ids, request and response checks,
 * outcome, unspecified routes), 502 for an unreachable upstream, the 64 MiB answer bound, and
 * query redaction.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockContext } from '../../../../conformance/mock/mock-context.js';
import {
  MAX_UPSTREAM_BYTES,
  type ProxyRequest,
  proxyExchange,
  redactedQuery,
  UPSTREAM_TIMEOUT_MS,
} from '../../../../conformance/mock/proxy/validating-proxy.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

const ONE = readFileSync(path.join(fixtureSpecs, 'vm/examples/vm.thing.list/one-thing.response.xml'));
const BASIC = 'Basic cXNwZWM6cXNwZWM=';
const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
let upstream: Server;
let base: URL;
let reply: (res: import('node:http').ServerResponse) => void;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      seen.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      reply(res);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  base = new URL(`http://127.0.0.1:${(upstream.address() as AddressInfo).port}/`);
});
afterAll(async () => {
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

const request = (o: Partial<ProxyRequest> = {}): ProxyRequest => ({
  method: 'POST',
  url: '/api/2.0/fo/thing/?x=1&password=pw',
  headers: {
    authorization: BASIC,
    'x-requested-with': 't',
    'content-type': 'application/x-www-form-urlencoded',
    'proxy-authorization': 'p',
    te: 'trailers',
    'x-gone': undefined,
  },
  body: Buffer.from('action=list'),
  ...o,
});
const ctx = async () => createMockContext(await fixtureDoc(), fixtureSpecs);

describe('proxyExchange', () => {
  it('forwards the request and returns the answer unchanged, with the checks', async () => {
    seen.length = 0;
    reply = (res) =>
      res.writeHead(200, { 'content-type': 'text/xml', 'x-up': '1', 'keep-alive': 'timeout=5' }).end(ONE);
    const c = await ctx();
    c.requests = 4;
    const { answer, result } = await proxyExchange(c, new URL('/base/', base), request());
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      ['POST', '/base/api/2.0/fo/thing/?x=1&password=pw', 'action=list'],
    ]);
    const h = seen[0]!.headers;
    expect([h.authorization, h['x-requested-with'], h['proxy-authorization'], h.te, h['x-gone']]).toEqual([
      BASIC,
      't',
      undefined,
      undefined,
      undefined,
    ]);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(answer.bytes).toEqual(ONE);
    expect(answer.headers['x-up']).toBe('1');
    expect(answer.headers['content-type']).toBe('text/xml');
    expect(
      Object.keys(answer.headers).filter((k) =>
        ['keep-alive', 'connection', 'transfer-encoding', 'content-length'].includes(k),
      ),
    ).toEqual([]);
    expect(c.requests).toBe(5);
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
    expect(result.durationMs).toBeLessThan(60_000);
    expect(result).toMatchObject({
      id: 'vm.thing.list/proxy#5',
      endpoint: 'vm.thing.list',
      name: 'POST /api/2.0/fo/thing/?x=1&password=***',
      request: 'POST /api/2.0/fo/thing/?x=1&password=***',
      outcome: 'pass',
      status: 200,
    });
    expect(result.checks).toEqual([
      { check: 'request', ok: true, message: 'vm.thing.list: request follows the spec' },
      { check: 'status', ok: true, message: 'HTTP 200' },
      { check: 'content-type', ok: true, message: 'text/xml' },
      { check: 'well-formed', ok: true, message: 'well-formed XML' },
      { check: 'schema-valid', ok: true, message: 'valid against vm.thing.list 200' },
      { check: 'doctype', ok: true, message: 'declares DOCTYPE THING_LIST_OUTPUT (thing_list_output.dtd)' },
    ]);
  });

  it('fails the case when the request or the answer breaks the spec', async () => {
    reply = (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end('<NOT_A_THING/>');
    const { result } = await proxyExchange(
      await ctx(),
      base,
      request({ body: Buffer.from('action=list&state=maybe') }),
    );
    expect(result.outcome).toBe('fail');
    expect(result.checks[0]?.ok).toBe(false);
    expect(result.checks[0]?.message.startsWith('request does not follow the spec: ')).toBe(true);
    expect(result.checks.slice(1).some((k) => !k.ok)).toBe(true);
  });

  it('sends no body with a GET; an unspecified route passes through unjudged', async () => {
    seen.length = 0;
    reply = (res) => res.writeHead(404, { 'content-type': 'text/plain', 'content-encoding': 'identity' }).end('nope');
    const c = await ctx();
    const { answer, result } = await proxyExchange(
      c,
      base,
      request({ method: 'GET', url: '/nowhere?token=t', body: Buffer.from('b') }),
    );
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([['GET', '/nowhere?token=t', '']]);
    expect(answer.status).toBe(404);
    expect(answer.bytes?.toString()).toBe('nope');
    expect(answer.headers['content-encoding']).toBeUndefined();
    expect(result).toMatchObject({
      id: 'proxy#1',
      name: 'GET /nowhere?token=***',
      outcome: 'unspecified',
      checks: [],
      reason: 'no endpoint in the spec folder matches this request',
      request: 'GET /nowhere?token=***',
      status: 404,
    });
    expect(result.endpoint).toBeUndefined();
  });

  it('drops every hop-by-hop header, whatever the client sends', async () => {
    seen.length = 0;
    reply = (res) => res.writeHead(200, { 'content-type': 'text/xml' }).end(ONE);
    const hop = {
      host: 'client.example:1',
      upgrade: 'h2c',
      'proxy-connection': 'keep-alive',
      trailer: 'x-t',
      'accept-encoding': 'x-client-coding',
      'content-length': '11',
    };
    const { answer } = await proxyExchange(await ctx(), base, request({ headers: { ...request().headers, ...hop } }));
    expect(answer.status).toBe(200);
    const h = seen[0]!.headers;
    expect([h.host, h.upgrade, h['proxy-connection'], h.trailer]).toEqual([base.host, undefined, undefined, undefined]);
    // The proxy's own HTTP client may ask for an encoding it can read; never the client's.
    expect(h['accept-encoding']).not.toBe('x-client-coding');
    expect(seen[0]!.body).toBe('action=list');
  });

  it('sends no body with a HEAD either', async () => {
    seen.length = 0;
    reply = (res) => res.writeHead(204).end();
    const { answer } = await proxyExchange(
      await ctx(),
      base,
      request({ method: 'HEAD', url: '/nowhere', body: Buffer.from('b') }),
    );
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([['HEAD', '/nowhere', '']]);
    expect(answer.status).toBe(204);
    // An answer without a body is not one that was cut.
    const spec = await proxyExchange(await ctx(), base, request());
    expect(spec.result.checks.filter((c) => c.message.includes('cut off'))).toEqual([]);
  });

  it('answers 502 when the upstream is unreachable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const dead = new URL(`http://127.0.0.1:${port}`);
    const { answer, result } = await proxyExchange(await ctx(), dead, request());
    expect(answer).toEqual({
      status: 502,
      headers: { 'content-type': 'text/plain' },
      body: `qspec mock --proxy: upstream http://127.0.0.1:${port} unreachable\n`,
    });
    expect(result).toMatchObject({
      id: 'vm.thing.list/proxy#1',
      endpoint: 'vm.thing.list',
      outcome: 'fail',
      status: 502,
    });
    expect(result.checks).toEqual([
      { check: 'request', ok: true, message: 'vm.thing.list: request follows the spec' },
      { check: 'status', ok: false, message: 'upstream unreachable' },
    ]);
    const { result: r2 } = await proxyExchange(await ctx(), dead, request({ url: '/nowhere' }));
    expect(r2).toMatchObject({
      id: 'proxy/proxy#1',
      outcome: 'fail',
      checks: [{ check: 'status', ok: false, message: 'upstream unreachable' }],
    });
    expect(r2.endpoint).toBeUndefined();
  });

  it('answers 502 "timed out" when the upstream does not answer within UPSTREAM_TIMEOUT_MS', async () => {
    // The upstream takes the request and never answers; the 120 s limit is shortened to 50 ms
    // by wrapping AbortSignal.timeout, whose argument is checked.
    const held: import('node:http').ServerResponse[] = [];
    reply = (res) => held.push(res);
    const real = AbortSignal.timeout.bind(AbortSignal);
    const asked: number[] = [];
    const spy = vi.spyOn(AbortSignal, 'timeout').mockImplementation((ms: number) => {
      asked.push(ms);
      return real(50);
    });
    try {
      const { answer, result } = await proxyExchange(await ctx(), base, request());
      expect(asked).toEqual([UPSTREAM_TIMEOUT_MS]);
      expect(answer).toEqual({
        status: 502,
        headers: { 'content-type': 'text/plain' },
        body: `qspec mock --proxy: upstream ${base.origin} timed out\n`,
      });
      expect(result.checks.at(-1)).toEqual({ check: 'status', ok: false, message: 'upstream timed out' });
    } finally {
      spy.mockRestore();
      for (const res of held) res.destroy();
    }
  });

  it('cuts an answer over 64 MiB and reports it', async () => {
    expect([MAX_UPSTREAM_BYTES, UPSTREAM_TIMEOUT_MS]).toEqual([64 * 1024 * 1024, 120_000]);
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'text/xml' });
      for (let i = 0; i < 64; i++) res.write(chunk);
      res.end('x');
    };
    const { answer, result } = await proxyExchange(await ctx(), base, request());
    expect((answer.bytes?.length ?? 0) <= MAX_UPSTREAM_BYTES).toBe(true);
    expect(result.checks).toContainEqual({
      check: 'well-formed',
      ok: false,
      message: `upstream answer over ${MAX_UPSTREAM_BYTES} bytes: cut off`,
    });
    expect(result.outcome).toBe('fail');
  });

  it('reports a cut answer on a route no endpoint matches too; exactly 64 MiB is not cut', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let extra = 'x';
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      for (let i = 0; i < 64; i++) res.write(chunk);
      res.end(extra);
    };
    const cut = await proxyExchange(await ctx(), base, request({ url: '/nowhere' }));
    expect(cut.result).toMatchObject({ outcome: 'unspecified', status: 200 });
    expect(cut.result.checks).toEqual([
      { check: 'well-formed', ok: false, message: `upstream answer over ${MAX_UPSTREAM_BYTES} bytes: cut off` },
    ]);
    extra = '';
    const whole = await proxyExchange(await ctx(), base, request({ url: '/nowhere' }));
    expect(whole.answer.bytes?.length).toBe(MAX_UPSTREAM_BYTES);
    expect(whole.result.checks).toEqual([]);
  });
});

describe('redactedQuery', () => {
  it.each([
    ['', ''],
    ['a=1', '?a=1'],
    ['password=x&user=u', '?password=***&user=u'],
    [
      'access_token=t&apiKey=k&client_secret=s&Authorization=a&ok=1',
      '?access_token=***&apiKey=***&client_secret=***&Authorization=***&ok=1',
    ],
    ['PASS=1&a=2&a=3', '?PASS=***&a=2&a=3'],
    ['q=a+b%26c', '?q=a+b%26c'],
  ])('%j → %j', (query, want) => {
    expect(redactedQuery(new URLSearchParams(query))).toBe(want);
  });
});
