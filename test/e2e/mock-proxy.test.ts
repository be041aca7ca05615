/**
 * `qspec mock --proxy URL` against a fake upstream platform on 127.0.0.1: requests and answers
 * pass through unchanged (credentials included), each exchange is checked against the specs and
 * reported as conformance reports a case (a valid answer passes, a body the schema refuses
 * fails, an undeclared route is unspecified), and no credential appears in any report.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { formatJsonReport } from '../../conformance/reporters/json-reporter.js';
import { formatTextReport } from '../../conformance/reporters/text-reporter.js';
import type { CaseResult } from '../../conformance/runner/case-result.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../specs');
const SECRET = 'hunter2-very-secret';
const BASIC = `Basic ${Buffer.from(`demo:${SECRET}`).toString('base64')}`;
const HOSTS = readFileSync(
  path.join(SPECS, 'vm/examples/vm.host.list/guide-basic-details-truncated.response.xml'),
  'utf8',
);

let upstream: Server;
let upstreamUrl: string;
const seen: { method: string; url: string; auth: string | undefined; body: string }[] = [];
let proxy: Awaited<ReturnType<typeof startMockServer>>;
const reported: CaseResult[] = [];

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

beforeAll(async () => {
  upstream = createServer(async (req, res) => {
    const body = await readAll(req);
    seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
    if (req.url?.startsWith('/api/2.0/fo/asset/host/') && req.url.includes('broken')) {
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(HOSTS.replace('<DATETIME>2020-04-23T02:50:36Z</DATETIME>', ''));
    } else if (req.url?.startsWith('/api/2.0/fo/asset/host/')) {
      res.writeHead(200, { 'content-type': 'text/xml', 'x-ratelimit-remaining': '42' }).end(HOSTS);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('nope');
    }
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  const doc = await loadIrDocument(SPECS);
  proxy = await startMockServer(doc, SPECS, {
    port: 0,
    proxy: upstreamUrl,
    onProxyResult: (r) => reported.push(r),
  });
});
afterAll(async () => {
  await proxy.close();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
});

const get = (p: string) =>
  fetch(proxy.url + p, { headers: { authorization: BASIC, 'x-requested-with': 'proxy-test' } });

describe('qspec mock --proxy', () => {
  it('forwards the request with its credentials and returns the upstream answer unchanged', async () => {
    const r = await get('/api/2.0/fo/asset/host/?action=list&truncation_limit=2');
    expect(r.status).toBe(200);
    expect(r.headers.get('x-ratelimit-remaining')).toBe('42');
    expect(await r.text()).toBe(HOSTS);
    const last = seen.at(-1)!;
    expect(last.url).toBe('/api/2.0/fo/asset/host/?action=list&truncation_limit=2');
    expect(last.auth).toBe(BASIC);
  });

  it('checks each exchange against the specs: a valid answer passes, a refused body fails', async () => {
    reported.length = 0;
    await (await get('/api/2.0/fo/asset/host/?action=list')).text();
    await (await get('/api/2.0/fo/asset/host/?action=list&x_broken=1')).text();
    await (await get('/api/2.0/fo/asset/host/?action=list&truncation_limit=abc')).text();
    await (await get('/not/a/qualys/path?password=x')).text();
    expect(reported.map((r) => [r.endpoint, r.outcome])).toEqual([
      ['vm.host.list', 'pass'],
      ['vm.host.list', 'fail'],
      ['vm.host.list', 'fail'],
      [undefined, 'unspecified'],
    ]);
    expect(
      reported[1]!.checks.filter((c) => !c.ok).map((c) => c.check),
      JSON.stringify(reported[1]!.checks),
    ).toContain('schema-valid');
    expect(reported[2]!.checks.find((c) => c.check === 'request')?.ok).toBe(false);
    expect(proxy.proxyResults.length).toBeGreaterThanOrEqual(4);
  });

  it('reports as conformance does, with no credential in any report', async () => {
    const summary = { mode: 'proxy', cases: proxy.proxyResults, endpoints: 1, durationMs: 1 };
    const text = formatTextReport(summary, { color: false, verbose: true });
    const json = formatJsonReport(summary);
    expect(text).toContain('vm.host.list');
    for (const report of [text, json]) {
      expect(report).not.toContain(SECRET);
      expect(report).not.toContain(BASIC.slice(6));
      expect(report).not.toContain('password=x');
    }
    expect(json).toContain('password=***');
  });

  it('an unreachable upstream is a 502 and a failed case', async () => {
    const doc = await loadIrDocument(SPECS);
    const dead = await startMockServer(doc, SPECS, { port: 0, proxy: 'http://127.0.0.1:9' });
    try {
      const r = await fetch(`${dead.url}/api/2.0/fo/asset/host/?action=list`, { headers: { authorization: BASIC } });
      expect(r.status).toBe(502);
      expect(await r.text()).not.toContain(SECRET);
      expect(dead.proxyResults[0]?.outcome).toBe('fail');
    } finally {
      await dead.close();
    }
  });
});
