/**
 * The mock server's exposure and resource bounds, over real sockets: it binds 127.0.0.1 unless
 * told otherwise (library and `qspec mock`), keeps answering while 1,000 slowloris clients
 * trickle headers and then drops them once the headers timeout passes, and answers a 100 MB
 * upload (declared or chunked) with a 413 the client actually reads.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { fixtureDoc, fixtureSpecs, repoRoot } from '../unit/conformance/helpers.js';

const BASIC = `Basic ${Buffer.from('qspec:qspec').toString('base64')}`;
const THING = '/api/2.0/fo/thing/?action=list';
const okHeaders = { authorization: BASIC, 'x-requested-with': 't' };

describe('mock server: bound to loopback by default', () => {
  it('startMockServer listens on 127.0.0.1 only', async () => {
    const server = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const external = Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal);
      if (external) {
        const err = await new Promise<string>((resolve) => {
          const s = connect(server.port, external.address);
          s.on('connect', () => {
            s.destroy();
            resolve('connected');
          });
          s.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? 'error'));
        });
        expect(err).toBe('ECONNREFUSED');
      }
    } finally {
      await server.close();
    }
  });

  it('qspec mock (the CLI) prints a 127.0.0.1 URL and stops cleanly on SIGINT', async () => {
    const child = spawn(
      process.execPath,
      [path.join(repoRoot, 'bin', 'qspec.js'), 'mock', '--port', '0', '--specs', fixtureSpecs],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d) => {
        out += d;
        const m = /http:\/\/[^\s]+/.exec(out);
        if (m) resolve(m[0]);
      });
      child.on('close', () => reject(new Error(`qspec mock exited: ${out}`)));
    });
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}${THING}`, { headers: okHeaders })).status).toBe(200);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearTimeout(kill);
    expect(code).toBe(0);
  }, 70_000);
});

describe('mock server: slowloris', () => {
  it('keeps answering with 1,000 clients trickling headers, and drops each with 408 after the headers timeout', async () => {
    const server = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0, headersTimeoutMs: 2000 });
    const sockets: Socket[] = [];
    let closed = 0;
    let timedOut = 0;
    let trickle: NodeJS.Timeout | undefined;
    try {
      await Promise.all(
        Array.from(
          { length: 1000 },
          () =>
            new Promise<void>((resolve, reject) => {
              const s = connect(server.port, '127.0.0.1', () => {
                s.write(`GET ${THING} HTTP/1.1\r\nHost: x\r\n`);
                resolve();
              });
              s.on('error', (e) => (s.writable ? reject(e) : undefined));
              let head = '';
              s.on('data', (d) => {
                head += d.toString('latin1');
              });
              s.on('close', () => {
                closed++;
                if (head.startsWith('HTTP/1.1 408')) timedOut++;
              });
              sockets.push(s);
            }),
        ),
      );
      // Every socket has sent its request line; now each trickles one header line every 500 ms.
      trickle = setInterval(() => {
        for (const s of sockets) if (!s.destroyed) s.write('X-Slow: 1\r\n');
      }, 500);
      const res = await fetch(`${server.url}${THING}`, { headers: okHeaders });
      expect(res.status).toBe(200);
      await res.text();
      // Dropped once the 2 s headers timeout passes (checked every second); generous wait for a busy machine.
      for (let i = 0; i < 300 && closed < 1000; i++) await new Promise((r) => setTimeout(r, 100));
      expect(closed).toBe(1000);
      expect(timedOut).toBe(1000);
      expect((await fetch(`${server.url}${THING}`, { headers: okHeaders })).status).toBe(200);
    } finally {
      if (trickle) clearInterval(trickle);
      for (const s of sockets) s.destroy();
      await server.close();
    }
  }, 60_000);
});

describe('mock server: 100 MB POST', () => {
  /** Streams `total` bytes; resolves with the answer the client read (status and body). */
  function upload(
    url: string,
    total: number,
    declare: boolean,
  ): Promise<{ status?: number; body?: string; error?: string }> {
    return new Promise((resolve) => {
      const req = request(url, {
        method: 'POST',
        headers: {
          ...okHeaders,
          'content-type': 'application/x-www-form-urlencoded',
          ...(declare ? { 'content-length': String(total) } : {}),
        },
      });
      req.on('response', (res) => {
        let body = '';
        res.on('data', (d) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', (e) => resolve({ error: String(e) }));
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
  }

  it.each([
    ['with Content-Length', true],
    ['chunked', false],
  ])(
    '%s: the client reads 413, the server keeps answering',
    async (_name, declare) => {
      const server = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
      try {
        const r = await upload(`${server.url}/api/2.0/fo/thing/`, 100 * 1024 * 1024, declare);
        expect(r).toEqual({ status: 413, body: 'request body too large\n' });
        expect((await fetch(`${server.url}${THING}`, { headers: okHeaders })).status).toBe(200);
      } finally {
        await server.close();
      }
    },
    60_000,
  );
});
