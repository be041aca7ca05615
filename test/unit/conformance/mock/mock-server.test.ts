/**
 * The mock HTTP server (mock-server.ts) on 127.0.0.1 with the fixture specs: its URL and base
 * URL, content-length and stats per status, the 413 for a declared body over 10 MiB (answered
 * before reading), a 500 when answering throws, slow and truncated faults on the wire, proxy
 * results, and an idempotent close. Every server is closed; no wait is longer than tens of ms.
 */
import { createServer, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, startMockServer } from '../../../../conformance/mock/mock-server.js';
import type { CaseResult } from '../../../../conformance/runner/case-result.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

const FO = {
  authorization: 'Basic cXNwZWM6cXNwZWM=',
  'x-requested-with': 't',
  'content-type': 'application/x-www-form-urlencoded',
};

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  aborted: boolean;
}

/** One raw request; resolves with what arrived, even when the server cuts the answer. */
function send(
  url: string,
  headers: Record<string, string>,
  body = 'action=list',
  path = '/api/2.0/fo/thing/',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}${path}`,
      { method: 'POST', headers: { ...headers, connection: 'close' } },
      (res) => {
        const chunks: Buffer[] = [];
        let aborted = false;
        const done = () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            aborted,
          });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('aborted', () => {
          aborted = true;
        });
        res.on('error', () => {
          aborted = true;
        });
        res.on('close', done);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('startMockServer', () => {
  it('listens on 127.0.0.1, answers with content-length, counts statuses, closes once', async () => {
    const s = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
    try {
      expect(s.url).toBe(`http://127.0.0.1:${s.port}`);
      expect(s.context.baseUrl).toBe(s.url);
      const ok = await send(s.url, FO);
      expect(ok.status).toBe(200);
      expect(ok.headers['content-length']).toBe(String(Buffer.byteLength(ok.body)));
      expect(ok.headers['x-ratelimit-remaining']).toBe('299');
      expect(ok.body).toContain(`<URL><![CDATA[${s.url}/api/2.0/fo/thing/?action=list&id_min=1000]]></URL>`);
      const refused = await send(s.url, { 'x-requested-with': 't', 'content-type': FO['content-type'] });
      expect(refused.status).toBe(401);
      await send(s.url, FO);
      expect(s.stats).toEqual({ requests: 3, byStatus: { 200: 2, 401: 1 } });
    } finally {
      const closing = s.close();
      expect(s.close()).toBe(closing);
      await closing;
    }
  });

  it('refuses a declared body over 10 MiB with 413 before reading it', async () => {
    const s = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
    try {
      const reply = await new Promise<number>((resolve, reject) => {
        const req = httpRequest(`${s.url}/api/2.0/fo/thing/`, {
          method: 'POST',
          headers: { ...FO, 'content-length': String(MAX_REQUEST_BYTES + 1) },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
          req.destroy();
        });
        req.on('error', reject);
        req.write('action=list');
      });
      expect(reply).toBe(413);
      expect(MAX_REQUEST_BYTES).toBe(10 * 1024 * 1024);
      expect(s.stats.requests).toBe(0);
    } finally {
      await s.close();
    }
  });

  it('answers 500 when answering throws, and keeps serving', async () => {
    const s = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
    try {
      const router = s.context.router;
      (s.context as { router: unknown }).router = {
        match: () => {
          throw new Error('boom');
        },
      };
      const a = await send(s.url, FO);
      expect([a.status, a.headers['content-type'], a.body]).toEqual([
        500,
        'text/plain',
        'qspec mock: internal error: boom\n',
      ]);
      (s.context as { router: unknown }).router = router;
      expect((await send(s.url, FO)).status).toBe(200);
      expect(s.stats.byStatus).toEqual({ 200: 1, 500: 1 });
    } finally {
      await s.close();
    }
  });

  it('delays a slow answer and cuts a truncated one at half its bytes', async () => {
    const s = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
    try {
      const started = Date.now();
      const slow = await send(s.url, { ...FO, 'x-qspec-fault': 'slow-40' });
      expect(slow.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(35);
      const cut = await send(s.url, { ...FO, 'x-qspec-fault': 'truncate' });
      const full = Number(cut.headers['content-length']);
      expect(cut.status).toBe(200);
      expect(Buffer.byteLength(cut.body)).toBe(Math.floor(full / 2));
      expect(cut.aborted).toBe(true);
    } finally {
      await s.close();
    }
  });

  it('proxy mode: forwards, keeps and reports each checked exchange', async () => {
    const upstream = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(404, { 'content-type': 'text/plain' }).end('nope'));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const reported: CaseResult[] = [];
    const s = await startMockServer(await fixtureDoc(), fixtureSpecs, {
      port: 0,
      proxy: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`,
      onProxyResult: (r) => reported.push(r),
    });
    try {
      const a = await send(s.url, FO, '', '/elsewhere');
      expect([a.status, a.body]).toEqual([404, 'nope']);
      expect(s.proxyResults.map((r) => [r.id, r.outcome])).toEqual([['proxy#1', 'unspecified']]);
      expect(reported).toEqual(s.proxyResults);
      expect(s.stats).toEqual({ requests: 1, byStatus: { 404: 1 } });
    } finally {
      await s.close();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
    }
  });
});
