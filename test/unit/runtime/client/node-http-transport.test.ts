/**
 * node-http-transport.ts (the client's default transport) against a real node:http server on
 * 127.0.0.1: what is sent (method, headers, body, accept-encoding), what comes back (status,
 * lower-case and joined headers, redirects not followed, gzip/deflate/br decoded, the body as a
 * byte stream or text), the time limit before and after the head, the caller's abort (its own
 * reason, before sending, before the head, mid-body), and what is refused without sending.
 */
import { getEventListeners } from 'node:events';
import http, { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeHttpTransport } from '../../../../runtime/client/node-http-transport.js';
import { QualysTimeoutError } from '../../../../runtime/client/qualys-error.js';
import type { TransportRequest } from '../../../../runtime/client/transport.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let server: Server;
let base: string;
const seen: Seen[] = [];
const closed: string[] = [];
const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => {
      body += c;
    });
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      res.on('close', () => {
        if (!res.writableFinished) closed.push(req.url ?? '');
      });
      const route = routes.get((req.url ?? '').split('?')[0] ?? '');
      if (route) route(req, res);
      else res.writeHead(404).end('no route');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const transport = nodeHttpTransport();
const get = (path: string, over: Partial<TransportRequest> = {}): TransportRequest => ({
  method: 'GET',
  url: `${base}${path}`,
  headers: {},
  ...over,
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  const chunks: Uint8Array[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks).toString('utf8');
    chunks.push(value);
  }
}

const XML = `<R>${'é<x/>'.repeat(20_000)}</R>`;

describe('node:http transport: request and response', () => {
  routes.set('/echo', (_req, res) => {
    res.writeHead(207, [
      ['Content-Type', 'text/xml'],
      ['X-Repeated', 'a'],
      ['X-Repeated', 'b'],
      ['Set-Cookie', 'QualysSession=s1; Path=/'],
      ['Set-Cookie', 'other=2; Expires=Wed, 09 Jun 2100 10:18:14 GMT'],
    ]);
    res.end(XML);
  });

  it('sends method, headers and a string body (with its length); accept-encoding by default', async () => {
    const res = await transport.send(
      get('/echo?a=1', { method: 'POST', headers: { 'X-Requested-With': 'qspec' }, body: 'x=é' }),
    );
    await res.text();
    const s = seen.at(-1)!;
    expect(s.method).toBe('POST');
    expect(s.url).toBe('/echo?a=1');
    expect(s.headers['x-requested-with']).toBe('qspec');
    expect(s.headers['content-length']).toBe('4');
    expect(s.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(s.body).toBe('x=é');
  });

  it("sends a byte body, and keeps the caller's accept-encoding", async () => {
    const res = await transport.send(
      get('/echo', {
        method: 'POST',
        headers: { 'Accept-Encoding': 'identity' },
        body: new TextEncoder().encode('<a/>'),
      }),
    );
    await res.text();
    expect(seen.at(-1)!.body).toBe('<a/>');
    expect(seen.at(-1)!.headers['accept-encoding']).toBe('identity');
  });

  it('gives status, lower-case headers with repeats joined (set-cookie too), and the body as bytes or text', async () => {
    const res = await transport.send(get('/echo'));
    expect(res.status).toBe(207);
    expect(res.headers['content-type']).toBe('text/xml');
    expect(res.headers['x-repeated']).toBe('a, b');
    expect(res.headers['set-cookie']).toBe('QualysSession=s1; Path=/, other=2; Expires=Wed, 09 Jun 2100 10:18:14 GMT');
    expect(await readAll(res.body!)).toBe(XML);
    expect(await (await transport.send(get('/echo'))).text()).toBe(XML);
  });

  it('does not follow a redirect', async () => {
    routes.set('/moved', (_req, res) => res.writeHead(302, { Location: '/echo' }).end());
    const res = await transport.send(get('/moved'));
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('/echo');
    expect(await res.text()).toBe('');
  });

  it('sends accept-encoding when the caller sent no header at all', async () => {
    await (await transport.send(get('/echo'))).text();
    expect(seen.at(-1)!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  for (const [coding, encode] of [
    ['gzip', zlib.gzipSync],
    ['x-gzip', zlib.gzipSync],
    ['GZIP', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const) {
    it(`decodes a ${coding} body`, async () => {
      const route = `/${coding}`;
      routes.set(route, (_req, res) => {
        res.writeHead(200, { 'Content-Encoding': coding, 'Content-Type': 'text/xml' });
        res.end(encode(Buffer.from(XML)));
      });
      const res = await transport.send(get(route));
      expect(res.headers['content-encoding']).toBe(coding);
      expect(await readAll(res.body!)).toBe(XML);
    });
  }

  it('a gzip body cut before its trailer still gives what arrived (sync flush, as undici)', async () => {
    routes.set('/gzip-cut', (_req, res) => {
      const gz = zlib.gzipSync(Buffer.from(XML));
      res.writeHead(200, { 'Content-Encoding': 'gzip' });
      res.end(gz.subarray(0, gz.length - 8));
    });
    expect(await (await transport.send(get('/gzip-cut'))).text()).toBe(XML);
  });

  it('passes an unknown content coding through as it is', async () => {
    routes.set('/odd', (_req, res) => res.writeHead(200, { 'Content-Encoding': 'x-odd' }).end('raw'));
    expect(await (await transport.send(get('/odd'))).text()).toBe('raw');
  });

  it("leaves no listener on the caller's signal once the body is read", async () => {
    const ac = new AbortController();
    const res = await transport.send(get('/echo', { signal: ac.signal }));
    expect(getEventListeners(ac.signal, 'abort')).toHaveLength(1);
    await readAll(res.body!);
    await expect.poll(() => getEventListeners(ac.signal, 'abort').length).toBe(0);
  });

  it('a connection reset mid-body fails the body (plain and gzip), and one never read stays quiet', async () => {
    for (const coding of ['identity', 'gzip']) {
      routes.set(`/reset-${coding}`, (_req, res) => {
        res.writeHead(200, { 'Content-Encoding': coding });
        res.write(coding === 'gzip' ? zlib.gzipSync(Buffer.from(XML)).subarray(0, 100) : '<R>');
        setTimeout(() => res.socket?.destroy(), 20);
      });
      const read = await transport.send(get(`/reset-${coding}`, { timeoutMs: 5000 }));
      const err = await readAll(read.body!).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Error);
      const text = await (await transport.send(get(`/reset-${coding}`, { timeoutMs: 5000 })))
        .text()
        .catch((e: unknown) => e);
      expect(text).toBeInstanceOf(Error);
      expect(text).not.toBeInstanceOf(QualysTimeoutError);
      // Never read: the reset must not surface as an unhandled 'error' event.
      await transport.send(get(`/reset-${coding}`));
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  });

  it('a cancelled body closes the connection', async () => {
    routes.set('/endless', (_req, res) => {
      res.writeHead(200);
      const timer = setInterval(() => res.write('<x/>'.repeat(1000)), 5);
      res.on('close', () => clearInterval(timer));
    });
    const res = await transport.send(get('/endless'));
    const reader = res.body!.getReader();
    await reader.read();
    await reader.cancel();
    await expect.poll(() => closed.includes('/endless')).toBe(true);
  });
});

describe('node:http transport: time limit and aborts', () => {
  routes.set('/silent', () => undefined);
  routes.set('/stall', (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/xml' });
    res.write('<R>');
  });

  it('no head in time: QualysTimeoutError naming the URL without its query', async () => {
    const err = await transport.send(get('/silent?secret=1', { timeoutMs: 50 })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as Error).message).toContain('no response within 50 ms');
    expect((err as QualysTimeoutError).url).toBe(`${base}/silent`);
  });

  it("with the caller's signal too, the time limit still applies; a URL without a query is named whole", async () => {
    const ac = new AbortController();
    const err = await transport.send(get('/silent', { timeoutMs: 50, signal: ac.signal })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTimeoutError);
    expect((err as QualysTimeoutError).url).toBe(`${base}/silent`);
  });

  it('a body not complete in time: the stream fails with TimeoutError, text() with QualysTimeoutError', async () => {
    const res = await transport.send(get('/stall', { timeoutMs: 100 }));
    expect(res.status).toBe(200);
    const err = await readAll(res.body!).catch((e: unknown) => e);
    expect((err as Error).name).toBe('TimeoutError');
    const res2 = await transport.send(get('/stall', { timeoutMs: 100 }));
    const err2 = await res2.text().catch((e: unknown) => e);
    expect(err2).toBeInstanceOf(QualysTimeoutError);
    expect((err2 as Error).message).toContain('response body not complete within 100 ms');
  });

  it("the caller's abort rejects with its own reason: before sending, before the head, mid-body", async () => {
    const count = seen.length;
    const pre = new AbortController();
    const reason = new Error('stop');
    pre.abort(reason);
    await expect(transport.send(get('/echo', { signal: pre.signal, timeoutMs: 5000 }))).rejects.toBe(reason);
    expect(seen.length).toBe(count);

    const head = new AbortController();
    const sent = transport.send(get('/silent', { signal: head.signal, timeoutMs: 5000 }));
    await expect.poll(() => seen.length).toBe(count + 1);
    head.abort(reason);
    await expect(sent).rejects.toBe(reason);

    const body = new AbortController();
    const res = await transport.send(get('/stall', { signal: body.signal, timeoutMs: 5000 }));
    const reading = readAll(res.body!);
    body.abort(reason);
    await expect(reading).rejects.toBe(reason);
  });
});

describe('node:http transport: refused without sending', () => {
  it('a URL with credentials (user and password, user alone, password alone), without repeating them', async () => {
    const count = seen.length;
    const port = new URL(base).port;
    for (const who of ['user:p4ss@', 'user@', ':p4ss@']) {
      const err = await transport
        .send(get('', { url: `http://${who}127.0.0.1:${port}/echo` }))
        .catch((e: unknown) => e);
      expect((err as Error).message).toBe('a URL with credentials in it is not sent (pass them as auth)');
    }
    expect(seen.length).toBe(count);
  });

  it('a protocol other than http and https', async () => {
    await expect(transport.send(get('', { url: 'ftp://127.0.0.1/x' }))).rejects.toThrow('unsupported protocol ftp:');
  });

  async function closedPort(): Promise<number> {
    const closedServer = createServer();
    await new Promise<void>((resolve) => closedServer.listen(0, '127.0.0.1', resolve));
    const port = (closedServer.address() as AddressInfo).port;
    await new Promise((resolve) => closedServer.close(resolve));
    return port;
  }

  it('a refused connection rejects with the socket error, also with a time limit set', async () => {
    const port = await closedPort();
    const err = await transport
      .send(get('', { url: `http://127.0.0.1:${port}/`, timeoutMs: 5000 }))
      .catch((e: unknown) => e);
    expect((err as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('https: goes through node:https and the agents given for each protocol', async () => {
    const port = await closedPort();
    const used: string[] = [];
    class HttpAgent extends http.Agent {
      override getName(options?: http.ClientRequestArgs): string {
        used.push('http');
        return super.getName(options);
      }
    }
    class HttpsAgent extends https.Agent {
      override getName(options?: https.RequestOptions): string {
        used.push('https');
        return super.getName(options);
      }
    }
    const withAgents = nodeHttpTransport({ httpAgent: new HttpAgent(), httpsAgent: new HttpsAgent() });
    const secure = await withAgents.send(get('', { url: `https://127.0.0.1:${port}/` })).catch((e: unknown) => e);
    expect((secure as { code?: string }).code).toBe('ECONNREFUSED');
    expect(used).toContain('https');
    expect(used).not.toContain('http');
    const plain = await withAgents.send(get('', { url: `http://127.0.0.1:${port}/` })).catch((e: unknown) => e);
    expect((plain as { code?: string }).code).toBe('ECONNREFUSED');
    expect(used).toContain('http');
    const byDefault = await transport.send(get('', { url: `https://127.0.0.1:${port}/` })).catch((e: unknown) => e);
    expect((byDefault as { code?: string }).code).toBe('ECONNREFUSED');
  });
});
