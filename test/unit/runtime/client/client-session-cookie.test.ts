/**
 * The FO session cookie over real HTTP (session-cookie.ts): a `vm.session.login` answer's
 * `QualysSession` cookie is kept only when it belongs to the client's own API host (a cookie
 * whose Domain names another host, or one on a redirect answer, is ignored), later FO calls carry
 * it, and its value never shows in a thrown error (String, stack, JSON, inspect) even when the
 * server echoes it back in the error text.
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { endpoints } from '../../../../generated/endpoints.js';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
import { type Reply, startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient } from './make-client.js';

const login = endpoints['vm.session.login'] as unknown as EndpointModel;
const hostList = endpoints['vm.host.list'] as unknown as EndpointModel;
const LOGIN_INPUT = { username: 'alice', password: 's3cr3t-Pa55' };
const LOGGED_IN =
  '<?xml version="1.0" encoding="UTF-8" ?><SIMPLE_RETURN><RESPONSE><DATETIME>2026-01-01T00:00:00Z</DATETIME><TEXT>Logged in</TEXT></RESPONSE></SIMPLE_RETURN>';
const SECRET = 'Ses5ionV4lue-9f8e7d6c5b4a';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

function answerLogin(setCookie: (n: number) => Reply['headers'], status = 200): void {
  let logins = 0;
  server.handle((req) => {
    if (req.path === '/api/2.0/fo/session/') {
      logins++;
      return { status, headers: { 'content-type': 'text/xml', ...setCookie(logins) }, body: LOGGED_IN };
    }
    return { status: 200, headers: { 'content-type': 'text/xml' }, body: '<HOST_LIST_OUTPUT/>' };
  });
}

describe('the QualysSession cookie of a login', () => {
  it('is kept only when it belongs to the API host: a foreign Domain or a redirect answer sets nothing', async () => {
    const { core } = makeClient(server.url, { auth: { kind: 'none' } });
    answerLogin(() => ({ 'set-cookie': `QualysSession=foreign1; Domain=evil.example; path=/api` }));
    await core.call(login, LOGIN_INPUT);
    answerLogin(() => ({ 'set-cookie': 'QualysSession=redirected1; path=/api', location: '/elsewhere' }), 302);
    await expect(core.call(login, LOGIN_INPUT)).rejects.toThrow();
    // No session yet: a basic FO call has no credentials to send and never reaches the server.
    const before = server.requests.length;
    await expect(core.call(hostList, {})).rejects.toThrow(/no credentials/);
    expect(server.requests.length).toBe(before);

    const host = new URL(server.url).hostname;
    answerLogin(() => ({ 'set-cookie': `QualysSession=own1; Domain=${host}; path=/api; secure; HttpOnly` }));
    await core.call(login, LOGIN_INPUT);
    await core.call(hostList, {});
    const last = server.requests.at(-1)!;
    expect(last.path).toBe('/api/2.0/fo/asset/host/');
    expect(last.headers.cookie).toBe('QualysSession=own1');
    expect(last.headers.authorization).toBeUndefined();
    expect(server.requests.some((r) => String(r.headers.cookie).includes('foreign1'))).toBe(false);
    expect(server.requests.some((r) => String(r.headers.cookie).includes('redirected1'))).toBe(false);
  });

  it('goes only to paths its Path covers', async () => {
    const { core } = makeClient(server.url);
    answerLogin(() => ({ 'set-cookie': 'QualysSession=pathed1; path=/api/2.0/fo/asset' }));
    await core.call(login, LOGIN_INPUT);
    await core.call(hostList, {});
    expect(server.requests.at(-1)!.headers.cookie).toBe('QualysSession=pathed1');
    await core.call(login, LOGIN_INPUT);
    expect(server.requests.at(-1)!.headers.cookie).toBeUndefined();
  });

  it('never shows in a thrown error when the server echoes it back', async () => {
    const { core } = makeClient(server.url, { auth: { kind: 'none' } });
    answerLogin(() => ({ 'set-cookie': `QualysSession=${SECRET}; path=/api; secure; HttpOnly` }));
    await core.call(login, LOGIN_INPUT);
    server.handle((req) => {
      const cookie = String(req.headers.cookie);
      const text = `bad session ${cookie} ${encodeURIComponent(cookie)} ${Buffer.from(cookie).toString('base64')} ${Buffer.from(SECRET).toString('base64')}`;
      return {
        status: 400,
        headers: { 'content-type': 'text/xml' },
        body: `<?xml version="1.0" encoding="UTF-8" ?><SIMPLE_RETURN><RESPONSE><DATETIME>2026-01-01T00:00:00Z</DATETIME><CODE>1905</CODE><TEXT>${text}</TEXT></RESPONSE></SIMPLE_RETURN>`,
      };
    });
    const err = await core.call(hostList, {}).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err).toBeInstanceOf(Error);
    expect(server.requests.at(-1)!.headers.cookie).toBe(`QualysSession=${SECRET}`);
    const seen = [String(err), err!.stack ?? '', JSON.stringify(err), inspect(err, { depth: 10 })].join('\n');
    expect(seen).toContain('bad session');
    for (const form of [SECRET, encodeURIComponent(SECRET), Buffer.from(SECRET).toString('base64')]) {
      expect(seen).not.toContain(form);
    }
  });
});
