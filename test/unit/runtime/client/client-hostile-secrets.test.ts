/**
 * Hostile servers that echo credentials back, over real HTTP: the password (full of characters
 * whose encodings differ: space, !'()~*@%+&=/"\ and non-ASCII) and the gateway token must not
 * appear in any form (raw, encodeURIComponent, form/URLSearchParams, lower-case hex, base64 incl.
 * the Basic `user:pass` blob and a blob the secret sits inside, JSON- and XML-escaped) in what a
 * caller can see of an error: String(err), err.stack, JSON.stringify(err), util.inspect(err).
 * Raw fetch errors (a refused header value quoting the bearer token, a failure whose cause
 * quotes a secret) come out as a redacted QualysTransportError.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClientCore } from '../../../../runtime/client/client-core.js';
import { fetchTransport } from '../../../../runtime/client/fetch-transport.js';
import {
  QualysApiError,
  QualysHttpError,
  QualysSimpleReturnError,
  QualysTransportError,
} from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import { csamAssetSearchV2, vmKbList, wasFindingGet } from '../../../fixtures/client/endpoints.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient, stubDecoder, TEST_JWT } from './make-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const USER = 'alice';
const PASSWORD = `S3cr3t p@ss!'()~*%+&=/"\\ é€😀 x`;

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const asciiJson = (s: string) =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
/** Python's quote_plus: encodes everything but letters, digits and `_.-~`... here also `~`, as some encoders do. */
const quoteAll = (s: string) =>
  [...Buffer.from(s, 'utf8')]
    .map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16)}`))
    .join('');

/** Every encoding a server could echo the password in; the ones that differ from each other matter. */
const ENCODINGS: Record<string, string> = {
  raw: PASSWORD,
  encodeURIComponent: encodeURIComponent(PASSWORD),
  'form (URLSearchParams)': new URLSearchParams({ p: PASSWORD }).toString().slice(2),
  'lower-case percent, every byte': quoteAll(PASSWORD),
  base64: b64(PASSWORD),
  base64url: Buffer.from(PASSWORD, 'utf8').toString('base64url'),
  'Basic user:pass': b64(`${USER}:${PASSWORD}`),
  'inside a base64 blob': b64(`{"user":"${USER}","password":${JSON.stringify(PASSWORD)}}`),
  'JSON-escaped': JSON.stringify(PASSWORD).slice(1, -1),
  'JSON-escaped, ASCII only': asciiJson(PASSWORD),
  'XML-escaped': xmlEscape(PASSWORD),
};

/** The forms that must not be visible (the encodings themselves, and the secret's distinctive core). */
const FORBIDDEN = [...Object.values(ENCODINGS), 'S3cr3t', b64(PASSWORD).slice(0, 12)];

function surfaces(err: unknown): string {
  const e = err as Error;
  return [String(e), e.stack ?? '', JSON.stringify(e), inspect(e, { depth: 10 })].join('\n');
}

function expectClean(err: unknown, forbidden: readonly string[] = FORBIDDEN): void {
  const shown = surfaces(err);
  for (const f of forbidden) expect(shown, `leaks ${JSON.stringify(f)}`).not.toContain(f);
}

it('the encodings under test really differ (so each is a separate case)', () => {
  expect(new Set(Object.values(ENCODINGS)).size).toBe(Object.keys(ENCODINGS).length);
});

describe('gateway /auth that echoes the login form', () => {
  it('a 401 quoting the form body shows no form of the password', async () => {
    server.handle((req) =>
      req.path === '/auth'
        ? { status: 401, body: `bad login for request: ${req.body}` }
        : { status: 500, body: 'not reached' },
    );
    const { core } = makeClient(server.url, { auth: { kind: 'basic', username: USER, password: PASSWORD } });
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysHttpError);
    expect((err as QualysHttpError).status).toBe(401);
    // The request really carried the form-encoded password (so the echo is the real attack).
    expect(server.requests[0]!.body).toContain(ENCODINGS['form (URLSearchParams)']);
    expectClean(err);
  });
});

describe.each(Object.entries(ENCODINGS))('a server echoing the password %s', (_name, encoded) => {
  it('in a 500 body (QualysHttpError excerpt)', async () => {
    server.handle(() => ({ status: 500, body: `request failed for user ${USER} password=${encoded} (sorry)` }));
    const { core } = makeClient(server.url, {
      auth: { kind: 'basic', username: USER, password: PASSWORD },
      retry: { maxRetries: 0 },
    });
    const err = await core.call(vmKbList, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysHttpError);
    expect((err as QualysHttpError).bodyExcerpt).toContain('(sorry)');
    expect((err as QualysHttpError).bodyExcerpt).toContain('***');
    expectClean(err);
  });

  it('in a SIMPLE_RETURN TEXT and ITEM, and a QPS errorMessage', async () => {
    const said = xmlEscape(`login ${USER} / ${encoded} refused`);
    server.handle((req) =>
      req.path.startsWith('/qps')
        ? {
            body: `<ServiceResponse><responseCode>INVALID_CREDENTIALS</responseCode><responseErrorDetails><errorMessage>${said}</errorMessage><errorResolution>${said}</errorResolution></responseErrorDetails></ServiceResponse>`,
          }
        : {
            status: 400,
            body: `<SIMPLE_RETURN><RESPONSE><CODE>1905</CODE><TEXT>${said}</TEXT><ITEM_LIST><ITEM><KEY>P</KEY><VALUE>${said}</VALUE></ITEM></ITEM_LIST></RESPONSE></SIMPLE_RETURN>`,
          },
    );
    const { core } = makeClient(server.url, { auth: { kind: 'basic', username: USER, password: PASSWORD } });
    const sr = await core.call(vmKbList, {}).catch((e: unknown) => e);
    expect(sr).toBeInstanceOf(QualysSimpleReturnError);
    expect((sr as QualysSimpleReturnError).text).toMatch(/^login alice \/ .*\*\*\*.* refused$/);
    expectClean(sr);
    const qps = await core.call(wasFindingGet, { id: 1 }).catch((e: unknown) => e);
    expect(qps).toBeInstanceOf(QualysApiError);
    expectClean(qps);
  });
});

it('a secret straddling the excerpt cut leaks no prefix', async () => {
  // The encoded password starts 5 characters before the 300-character excerpt ends.
  server.handle(() => ({ status: 500, body: `${'x'.repeat(295)}${encodeURIComponent(PASSWORD)} tail` }));
  const { core } = makeClient(server.url, {
    auth: { kind: 'basic', username: USER, password: PASSWORD },
    retry: { maxRetries: 0 },
  });
  const err = await core.call(vmKbList, {}).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(QualysHttpError);
  expect((err as QualysHttpError).bodyExcerpt.startsWith('x'.repeat(295))).toBe(true);
  expect(surfaces(err)).not.toContain('S3cr');
});

describe('raw fetch errors', () => {
  it('a token fetch refuses as a header value is not quoted (and nothing is sent)', async () => {
    const token = `${TEST_JWT}\r\nX-Injected: 1`;
    server.handle(() => ({ status: 204 }));
    const core = new ClientCore({ baseUrl: server.url, auth: { kind: 'token', token }, decoder: stubDecoder });
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect((err as Error).message).toContain('header authorization');
    expectClean(err, [TEST_JWT, TEST_JWT.slice(-12), 'X-Injected']);
    expect(server.requests).toHaveLength(0);
  });

  it('a fetch failure whose message and cause quote secrets becomes a redacted QualysTransportError', async () => {
    server.handle(() => ({ status: 204 }));
    // A fetch that really talks to the server, then fails the way undici does, quoting what it was given.
    const failing: typeof fetch = async (input, init) => {
      await fetch(input, init);
      const auth = new Headers(init?.headers).get('authorization') ?? '';
      throw new TypeError(`fetch failed: ${auth}`, {
        cause: Object.assign(new Error(`socket hang up while sending ${PASSWORD} / ${encodeURIComponent(PASSWORD)}`), {
          code: 'ECONNRESET',
        }),
      });
    };
    const core = new ClientCore({
      baseUrl: server.url,
      auth: { kind: 'basic', username: USER, password: PASSWORD },
      decoder: stubDecoder,
      transport: fetchTransport({ fetch: failing }),
    });
    const err = (await core.call(vmKbList, {}).catch((e: unknown) => e)) as QualysTransportError;
    expect(server.requests).toHaveLength(1);
    expect(err).toBeInstanceOf(QualysTransportError);
    expect(err.endpoint).toBe('vm.knowledgeBase.vuln.list');
    const cause = err.cause as Error & { code?: unknown; cause?: Error & { code?: unknown } };
    expect(cause.name).toBe('TypeError');
    expect(cause.cause?.code).toBe('ECONNRESET');
    expect(cause.cause?.message).toContain('socket hang up');
    expectClean(err);
  });
});

it('redacts a registered secret however it is escaped (unit view of the matcher)', () => {
  const r = new Redactor();
  r.add(PASSWORD);
  for (const encoded of Object.values(ENCODINGS)) {
    const out = r.text(`<${encoded}>`);
    expect(out, encoded).not.toContain('S3cr3t');
  }
  expect(r.text('nothing secret here: a+b%20c &amp; d')).toBe('nothing secret here: a+b%20c &amp; d');
});
