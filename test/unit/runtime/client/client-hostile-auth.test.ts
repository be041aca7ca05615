/**
 * Hostile gateway `/auth` answers and redirects, over real HTTP. A token is only taken when it is
 * at most 16 KiB and JWT-shaped; anything else is a QualysTokenError that does not quote it, and
 * no API request carries it. A 3xx is never followed: `get`, a paged search and `/auth` end in a
 * QualysRedirectError naming the target origin only, and the other origin receives nothing.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TOKEN_BYTES } from '../../../../runtime/client/jwt-token-source.js';
import { QualysRedirectError, QualysTokenError } from '../../../../runtime/client/qualys-error.js';
import { csamAssetSearchV2, wasFindingGet, wasFindingSearch } from '../../../fixtures/client/endpoints.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient, TEST_JWT } from './make-client.js';

let server: TestServer;
let other: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  other = await startTestServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
});

const shown = (err: unknown) => [String(err), (err as Error).stack, JSON.stringify(err), inspect(err)].join('\n');

describe('gateway /auth answers that are not a usable token', () => {
  it(`a 32 MiB answer is refused after ${MAX_TOKEN_BYTES} bytes, the body cancelled, nothing sent with it`, async () => {
    expect(MAX_TOKEN_BYTES).toBe(16 * 1024);
    const state = { produced: 0, stopped: false, finished: false };
    async function* huge(): AsyncGenerator<string> {
      try {
        for (let i = 0; i < 512; i++) {
          state.produced += 65_536;
          yield 'A'.repeat(65_536);
        }
        state.finished = true;
      } finally {
        state.stopped = true;
      }
    }
    server.handle((req) =>
      req.path === '/auth' ? { status: 201, body: `${TEST_JWT}x`, parts: huge() } : { status: 204 },
    );
    const { core } = makeClient(server.url);
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTokenError);
    expect(shown(err)).not.toContain('AAAAAAAA');
    expect(shown(err)).not.toContain(TEST_JWT);
    expect(server.requests.map((r) => r.path)).toEqual(['/auth']);
    const end = Date.now() + 20_000;
    while (!state.stopped && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
    expect(state.stopped).toBe(true);
    expect(state.finished).toBe(false);
  });

  it.each([
    ['plain text', 'opaque-session-token-value'],
    ['two segments', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0'],
    ['four segments', `${TEST_JWT}.ZXh0cmE`],
    ['an empty payload', 'eyJhbGciOiJub25lIn0..c2ln'],
    ['a space inside', 'eyJhbGciOiJub25lIn0.eyJz dWIiOiJhIn0.c2ln'],
    ['a control character', 'eyJhbGciOiJub25lIn0.eyJzdWIi\u0001OiJhIn0.c2ln'],
    ['an injected header line', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiJhIn0.c2ln\r\nX-Evil: 1'],
    ['base64 padding and +/', 'eyJhbGciOiJub25lIn0=.eyJz+dWIi/OiJhIn0.c2ln'],
    ['HTML', '<html><body>login</body></html>'],
  ])('%s is refused without quoting it', async (_name, answer) => {
    server.handle((req) => (req.path === '/auth' ? { status: 201, body: answer } : { status: 204 }));
    const { core } = makeClient(server.url);
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysTokenError);
    const visible = shown(err);
    for (const piece of answer.split(/[\s.]+/).filter((p) => p.length >= 6)) expect(visible).not.toContain(piece);
    expect(server.requests.map((r) => r.path)).toEqual(['/auth']);
  });

  it('a JWT-shaped answer (with surrounding whitespace) is used', async () => {
    server.handle((req) => (req.path === '/auth' ? { status: 201, body: `\n${TEST_JWT}\n` } : { status: 204 }));
    const { core } = makeClient(server.url);
    await core.call(csamAssetSearchV2, {});
    expect(server.requests[1]!.headers.authorization).toBe(`Bearer ${TEST_JWT}`);
  });
});

describe('redirects are never followed', () => {
  const target = () => {
    const port = new URL(other.url).port;
    return {
      location: `http://bob:hunter22@127.0.0.1:${port}/steal/path?token=leak-me&x=1`,
      origin: `http://127.0.0.1:${port}`,
    };
  };

  function expectRedirect(err: unknown, status: number): void {
    expect(err).toBeInstanceOf(QualysRedirectError);
    const e = err as QualysRedirectError;
    expect(e.status).toBe(status);
    expect(e.targetOrigin).toBe(target().origin);
    expect(e.message).toContain(target().origin);
    for (const hidden of ['steal', 'leak-me', 'hunter22', 'bob:']) expect(shown(err)).not.toContain(hidden);
    expect(other.requests).toHaveLength(0);
  }

  it.each([302, 307])('get answered %i', async (status) => {
    server.handle(() => ({ status, headers: { location: target().location }, body: 'moved' }));
    other.handle(() => ({ body: '<ServiceResponse><responseCode>SUCCESS</responseCode></ServiceResponse>' }));
    const { core } = makeClient(server.url);
    const err = await core.call(wasFindingGet, { id: 7 }).catch((e: unknown) => e);
    expectRedirect(err, status);
    expect(server.requests).toHaveLength(1);
  });

  it.each([302, 307])('a paged search answered %i on its second page', async (status) => {
    let n = 0;
    server.handle(() =>
      n++ === 0
        ? {
            body: '<ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count><hasMoreRecords>true</hasMoreRecords><lastId>5</lastId><data><Finding><id>5</id></Finding></data></ServiceResponse>',
          }
        : { status, headers: { location: target().location } },
    );
    other.handle(() => ({ body: '<ServiceResponse><responseCode>SUCCESS</responseCode></ServiceResponse>' }));
    const { core } = makeClient(server.url);
    const records: unknown[] = [];
    const err = await (async () => {
      for await (const r of core.paginate(wasFindingSearch, {})) records.push(r);
    })().catch((e: unknown) => e);
    expectRedirect(err, status);
    expect(records).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it('a redirected /auth sends no credentials anywhere else', async () => {
    server.handle(() => ({ status: 307, headers: { location: target().location } }));
    other.handle(() => ({ status: 201, body: TEST_JWT }));
    const { core } = makeClient(server.url);
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expectRedirect(err, 307);
    expect(server.requests.map((r) => r.path)).toEqual(['/auth']);
  });

  it('a relative Location names the same origin', async () => {
    server.handle(() => ({ status: 301, headers: { location: '/elsewhere?sid=zzz' } }));
    const { core } = makeClient(server.url);
    const err = (await core.call(wasFindingGet, { id: 7 }).catch((e: unknown) => e)) as QualysRedirectError;
    expect(err).toBeInstanceOf(QualysRedirectError);
    expect(err.targetOrigin).toBe(new URL(server.url).origin);
    expect(shown(err)).not.toContain('zzz');
  });
});
