/**
 * The mock server under hostile input, over real HTTP (127.0.0.1, port 0, closed after): a
 * path with malformed percent-encoding is a 400 in the API's own error format, a malformed
 * Authorization header is a 401 with the API's own error body (SIMPLE_RETURN for FO, a QPS
 * ServiceResponse, JSON for gateway APIs), and no malformed request line, header, URL or body
 * ever gets a 500 or stops the server (raw-socket cases plus a property-based run).
 */
import { connect } from 'node:net';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../conformance/mock/mock-server.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';
import { repoRoot } from '../unit/conformance/helpers.js';

const specs = path.join(repoRoot, 'specs');
const BASIC = `Basic ${Buffer.from('qspec:qspec').toString('base64')}`;
const FO = '/api/2.0/fo/scan/vm/summary/?action=list';
const QPS = '/qps/rest/3.0/get/was/finding/701259';
const GATEWAY = '/rest/2.0/count/am/asset';

let doc: IrDocument;
let server: MockServer;
beforeAll(async () => {
  doc = await loadIrDocument(specs);
  server = await startMockServer(doc, specs, { port: 0 });
}, 60_000);
afterAll(async () => {
  await server?.close();
});

async function get(url: string, headers: Record<string, string>, method = 'GET') {
  const res = await fetch(`${server.url}${url}`, { method, headers });
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
}

/** Sends raw bytes on a fresh connection; the status code of the answer, or 0 if the server closed without one. */
function raw(bytes: string | Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let got = '';
    socket.setTimeout(20_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${JSON.stringify(String(bytes).slice(0, 80))}`));
    });
    socket.on('data', (d) => {
      got += d.toString('latin1');
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(got);
      resolve(m ? Number(m[1]) : 0);
    });
    socket.write(bytes);
  });
}

describe('mock: malformed percent-encoding is 400 in the API error format', () => {
  it('QPS path parameter %E0%A4%A → 400 ServiceResponse INVALID_REQUEST', async () => {
    const r = await get('/qps/rest/3.0/get/was/finding/%E0%A4%A', { authorization: BASIC });
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/<ServiceResponse[^>]*>\s*<responseCode>INVALID_REQUEST<\/responseCode>/);
    expect(r.body).toMatch(/percent-encoding/);
  });

  it('invalid UTF-8 and stray % in other paths → 400, never 500', async () => {
    for (const p of [
      '/qps/rest/3.0/get/was/finding/%C3%28',
      '/qps/rest/3.0/get/was/finding/%zz',
      '/api/2.0/fo/%E0%A4%A/',
    ]) {
      const r = await get(p, { authorization: BASIC, 'x-requested-with': 't' });
      expect([p, r.status]).toEqual([p, 400]);
    }
  });
});

describe('mock: a malformed Authorization header is 401 with the API own error body', () => {
  const bad = [
    'Basic %%%%',
    'Basic',
    'Basic ',
    'Basic Zm9v',
    'Basic ====',
    'Basic Og==',
    'Digest abc',
    `Basic ${'A'.repeat(9000)}`,
  ];
  it.each(bad.map((b) => [b.slice(0, 20), b]))('FO, %s → 401 SIMPLE_RETURN CODE 2000', async (_label, auth) => {
    const r = await get(FO, { authorization: auth, 'x-requested-with': 't' });
    expect(r.status).toBe(401);
    expect(r.body).toMatch(/<SIMPLE_RETURN><RESPONSE><DATETIME>[^<]+<\/DATETIME><CODE>2000<\/CODE>/);
  });

  it.each(bad.map((b) => [b.slice(0, 20), b]))(
    'QPS, %s → 401 ServiceResponse INVALID_CREDENTIALS',
    async (_label, auth) => {
      const r = await get(QPS, { authorization: auth });
      expect(r.status).toBe(401);
      expect(r.body).toMatch(/<responseCode>INVALID_CREDENTIALS<\/responseCode>/);
    },
  );

  it('gateway: Bearer %%%% → 401 JSON', async () => {
    const r = await get(GATEWAY, { authorization: 'Bearer %%%%', 'content-type': 'application/json' }, 'POST');
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ errorCode: 'INVALID_CREDENTIALS' });
  });

  it('well-formed credentials still pass', async () => {
    expect((await get(FO, { authorization: BASIC, 'x-requested-with': 't' })).status).toBe(200);
    expect((await get(QPS, { authorization: BASIC })).status).toBe(200);
  });
});

describe('mock: no malformed request gets a 500 or stops the server', () => {
  const auth = `Authorization: ${BASIC}\r\nX-Requested-With: t\r\n`;
  const cases: [string, string | Buffer][] = [
    [
      'bad percent-encoding',
      `GET /qps/rest/3.0/get/was/finding/%E0%A4%A HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`,
    ],
    ['request target //[', `GET //[ HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`],
    ['absolute-form target', `GET http://evil.example${FO} HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`],
    ['asterisk target', `OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['unknown method', `BREW /api/2.0/fo/scan/vm/summary/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`],
    ['control byte in a header', `GET ${FO} HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0001b\r\nConnection: close\r\n\r\n`],
    [
      'non-numeric Content-Length',
      `POST ${FO} HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n`,
    ],
    [
      'bad chunk size',
      `POST ${FO} HTTP/1.1\r\nHost: x\r\n${auth}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\nabc\r\n0\r\n\r\n`,
    ],
    [
      'NUL in the path',
      `GET /api/2.0/fo/scan/vm/summary/%00?action=list HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`,
    ],
    ['HTTP/1.0 without Host', `GET ${FO} HTTP/1.0\r\n${auth}\r\n`],
    [
      'invalid UTF-8 and bad escapes in a form body',
      Buffer.concat([
        Buffer.from(
          `POST /api/2.0/fo/scan/vm/summary/ HTTP/1.1\r\nHost: x\r\n${auth}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 33\r\nConnection: close\r\n\r\n`,
        ),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28]),
        Buffer.from('action=list&x=%E0%A4%A&%%%&=='),
      ]),
    ],
    [
      'Basic with Latin-1 bytes',
      Buffer.from(
        `GET ${QPS} HTTP/1.1\r\nHost: x\r\nAuthorization: Basic \u00ff\u00fe==\r\nConnection: close\r\n\r\n`,
        'latin1',
      ),
    ],
    [
      'garbage example and fault names',
      `GET ${FO} HTTP/1.1\r\nHost: x\r\n${auth}X-Qspec-Example: ../../../etc/passwd\r\nX-Qspec-Fault: %%%\r\nConnection: close\r\n\r\n`,
    ],
    [
      'huge integer and garbage date params',
      `GET /api/2.0/fo/scan/vm/summary/?action=list&scan_reference=%%&launched_after_datetime=not-a-date&truncation_limit=99999999999999999999999999 HTTP/1.1\r\nHost: x\r\n${auth}Connection: close\r\n\r\n`,
    ],
    [
      'JSON garbage to a JSON API',
      `POST /rest/2.0/search/am/asset HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer abc.def.ghi\r\nContent-Type: application/json\r\nContent-Length: 9\r\nConnection: close\r\n\r\n{"a":[1,}`,
    ],
    [
      'header block over 16 KiB',
      `GET ${FO} HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    ],
    [
      'not HTTP at all',
      Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]),
    ],
  ];

  it.each(cases)('%s: an answer below 500', async (_name, bytes) => {
    const status = await raw(bytes);
    expect(status === 0 || (status >= 200 && status < 500)).toBe(true);
    expect(status).not.toBe(500);
  });

  it('random paths, headers and bodies (property-based): never 500; the server still answers', async () => {
    const paths = [
      '/api/2.0/fo/scan/vm/summary/',
      '/qps/rest/3.0/get/was/finding/',
      '/rest/2.0/search/am/asset',
      '/pci/',
    ];
    const junk = fc.string({
      unit: fc.constantFrom('%', 'E', '0', 'A', 'z', '/', '?', '&', '=', '.', 'é', '\u00ff', ' ', '#'),
      maxLength: 12,
    });
    const headerValue = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      maxLength: 40,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...paths),
        junk,
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
        headerValue,
        fc.constantFrom(
          'application/x-www-form-urlencoded',
          'application/json',
          'text/xml',
          'multipart/form-data; boundary=',
          '',
        ),
        fc.uint8Array({ maxLength: 64 }),
        async (p, suffix, method, auth, type, body) => {
          const url = `${server.url}${p}${encodeURI(suffix).replace(/%25/g, '%')}`;
          const headers: Record<string, string> = { authorization: auth, 'x-requested-with': 't', apiversion: 'V1' };
          if (type) headers['content-type'] = type;
          const res = await fetch(url, { method, headers, ...(method === 'GET' ? {} : { body }) }).catch(
            () => undefined,
          );
          if (res) {
            await res.arrayBuffer();
            expect(res.status).not.toBe(500);
          }
        },
      ),
      { numRuns: 150, seed: 20261202 },
    );
    expect(server.stats.byStatus[500]).toBeUndefined();
    expect((await get(FO, { authorization: BASIC, 'x-requested-with': 't' })).status).toBe(200);
  }, 60_000);
});
