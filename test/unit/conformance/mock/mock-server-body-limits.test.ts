/**
 * The mock server's request-body bound (mock-server.ts readBody) at its edges, on 127.0.0.1:
 * a body of exactly MAX_REQUEST_BYTES is read, declared or chunked; one byte more is refused with
 * a plain-text 413 that is never counted as an answered request, whether declared up front or
 * only found while reading a chunked upload; the server keeps answering afterwards.
 */
import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES, type MockServer, startMockServer } from '../../../../conformance/mock/mock-server.js';
import { fixtureDoc, fixtureSpecs } from '../helpers.js';

const FO = {
  authorization: 'Basic cXNwZWM6cXNwZWM=',
  'x-requested-with': 't',
  'content-type': 'application/x-www-form-urlencoded',
};

/** A form body of `size` bytes: `action=list&pad=xxx…`. */
const formBody = (size: number) => {
  const head = 'action=list&pad=';
  return Buffer.concat([Buffer.from(head), Buffer.alloc(size - head.length, 0x78)]);
};

interface Reply {
  status: number;
  contentType: string | undefined;
  body: string;
}

/** POSTs `body` (chunked unless `declare`), resolving on the answer even if the upload is cut. */
function post(s: MockServer, body: Buffer, declare: boolean): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...FO, connection: 'close' };
    if (declare) headers['content-length'] = String(body.length);
    const req = httpRequest(`${s.url}/api/2.0/fo/thing/`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'],
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      res.on('error', reject);
    });
    // The server may close while the rest of a refused upload is still being written.
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE' && e.code !== 'ECONNRESET') reject(e);
    });
    // Written in 1 MiB pieces so a chunked upload arrives as many chunks.
    for (let at = 0; at < body.length; at += 1 << 20) req.write(body.subarray(at, at + (1 << 20)));
    req.end();
  });
}

async function withServer(run: (s: MockServer) => Promise<void>): Promise<void> {
  const s = await startMockServer(await fixtureDoc(), fixtureSpecs, { port: 0 });
  try {
    await run(s);
  } finally {
    await s.close();
  }
}

const TOO_LARGE: Reply = { status: 413, contentType: 'text/plain', body: 'request body too large\n' };

describe('mock server: request body bound', () => {
  it.each([
    ['declared', true],
    ['chunked', false],
  ])('reads a %s body of exactly MAX_REQUEST_BYTES', async (_name, declare) => {
    await withServer(async (s) => {
      const r = await post(s, formBody(MAX_REQUEST_BYTES), declare);
      expect(r.status).not.toBe(413);
      expect(s.stats.requests).toBe(1);
    });
  });

  it.each([
    ['declared', true],
    ['chunked', false],
  ])('refuses a %s body one byte over with a plain 413, not counted, and keeps serving', async (_name, declare) => {
    await withServer(async (s) => {
      expect(await post(s, formBody(MAX_REQUEST_BYTES + 1), declare)).toEqual(TOO_LARGE);
      expect(s.stats.requests).toBe(0);
      expect((await post(s, Buffer.from('action=list'), true)).status).toBe(200);
      expect(s.stats.requests).toBe(1);
    });
  });
});
