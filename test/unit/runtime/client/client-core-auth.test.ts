/**
 * Auth over real HTTP: basic, .netrc, PCI merchant basic + apiVersion V1, FO X-Requested-With,
 * gateway JWT (POST /auth form fields, 201 token, cached, refreshed before expiry and once on 401).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QualysHttpError } from '../../../../runtime/client/qualys-error.js';
import {
  csamAssetSearchV2,
  pciComplianceSummary,
  vmKbList,
  wasFindingGet,
} from '../../../fixtures/client/endpoints.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient, TEST_JWT } from './make-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;
const qpsOk = '<ServiceResponse><responseCode>SUCCESS</responseCode><count>0</count></ServiceResponse>';

/** A JWT whose `exp` is `expSec` (unsigned: the client only reads the claim). */
function jwt(expSec: number, n: number): string {
  const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b({ alg: 'none' })}.${b({ exp: expSec, n })}.sig${n}`;
}

describe('basic-family auth', () => {
  it.each([
    ['basic QPS', wasFindingGet, { id: 1 }, basic('alice', 's3cr3t-Pa55'), undefined, undefined],
    ['FO adds X-Requested-With', vmKbList, {}, basic('alice', 's3cr3t-Pa55'), 'qspec', undefined],
    [
      'PCI merchant credentials + apiVersion V1',
      pciComplianceSummary,
      {},
      basic('merchant', 'm-pass-123'),
      undefined,
      'V1',
    ],
  ] as const)('%s', async (_name, endpoint, input, wantAuth, wantXrw, wantApiVersion) => {
    server.handle((req) =>
      req.path.startsWith('/pci')
        ? {
            headers: { 'content-type': 'application/json' },
            body: '{"data":{"totalCount":0,"complianceSummaryList":[]}}',
          }
        : { body: qpsOk },
    );
    const { core } = makeClient(server.url, {
      pciAuth: { kind: 'basic', username: 'merchant', password: 'm-pass-123' },
    });
    await core.call(endpoint, input);
    const req = server.requests[0]!;
    expect(req.headers.authorization).toBe(wantAuth);
    expect(req.headers['x-requested-with']).toBe(wantXrw);
    expect(req.headers.apiversion).toBe(wantApiVersion);
  });

  it('reads credentials from .netrc entries for the API host (curl -n)', async () => {
    server.handle(() => ({ body: qpsOk }));
    const host = new URL(server.url).host;
    const { core } = makeClient(server.url, {
      auth: {
        kind: 'netrc',
        entries: [
          { machine: 'other.example', login: 'x', password: 'y' },
          { machine: host, login: 'bob', password: 'n3trc-pw' },
        ],
      },
    });
    await core.call(wasFindingGet, { id: 2 });
    expect(server.requests[0]!.headers.authorization).toBe(basic('bob', 'n3trc-pw'));
  });
});

describe('gateway JWT', () => {
  function gateway(expiries: number[], opts: { rejectToken?: string } = {}) {
    let issued = 0;
    server.handle((req) => {
      if (req.path === '/auth') {
        const token = jwt(expiries[Math.min(issued, expiries.length - 1)]!, issued);
        issued++;
        return { status: 201, headers: { 'content-type': 'text/plain' }, body: token };
      }
      if (req.headers.authorization === `Bearer ${opts.rejectToken}`)
        return { status: 401, body: '{"error":"expired"}' };
      return { status: 204 };
    });
  }

  it('fetches a token with form username/password/token=true, then reuses it', async () => {
    const now = Date.UTC(2024, 0, 1);
    gateway([now / 1000 + 4 * 3600]);
    const { core } = makeClient(server.url, { now: () => now });
    await core.call(csamAssetSearchV2, {});
    await core.call(csamAssetSearchV2, {});
    const auth = server.requests.filter((r) => r.path === '/auth');
    expect(auth).toHaveLength(1);
    const form = new URLSearchParams(auth[0]!.body);
    expect([form.get('username'), form.get('password'), form.get('token')]).toEqual(['alice', 's3cr3t-Pa55', 'true']);
    expect(auth[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    const calls = server.requests.filter((r) => r.path !== '/auth');
    expect(calls.map((r) => r.headers.authorization)).toEqual([
      `Bearer ${jwt(now / 1000 + 4 * 3600, 0)}`,
      `Bearer ${jwt(now / 1000 + 4 * 3600, 0)}`,
    ]);
  });

  it('refreshes the token shortly before its ~4 h expiry', async () => {
    let now = Date.UTC(2024, 0, 1);
    const exp = now / 1000 + 4 * 3600;
    gateway([exp, exp + 4 * 3600]);
    const { core } = makeClient(server.url, { now: () => now });
    await core.call(csamAssetSearchV2, {});
    now += 3 * 3600 * 1000; // 1 h left: still good
    await core.call(csamAssetSearchV2, {});
    now += 57 * 60 * 1000; // 3 min left: inside the 5 min margin
    await core.call(csamAssetSearchV2, {});
    expect(core.tokenFetches).toBe(2);
    const bearer = server.requests.filter((r) => r.path !== '/auth').map((r) => r.headers.authorization);
    expect(bearer).toEqual([`Bearer ${jwt(exp, 0)}`, `Bearer ${jwt(exp, 0)}`, `Bearer ${jwt(exp + 4 * 3600, 1)}`]);
  });

  it('refreshes once on 401 and retries the call', async () => {
    const now = Date.UTC(2024, 0, 1);
    const exp = now / 1000 + 4 * 3600;
    gateway([exp, exp + 1], { rejectToken: jwt(exp, 0) });
    const { core } = makeClient(server.url, { now: () => now });
    await expect(core.call(csamAssetSearchV2, {})).resolves.toBeUndefined();
    expect(server.requests.map((r) => r.path)).toEqual([
      '/auth',
      '/rest/2.0/search/am/asset',
      '/auth',
      '/rest/2.0/search/am/asset',
    ]);
  });

  it('gives up with a QualysHttpError when the fresh token is rejected too', async () => {
    server.handle((req) =>
      req.path === '/auth' ? { status: 201, body: TEST_JWT } : { status: 401, body: 'unauthorized' },
    );
    const { core } = makeClient(server.url);
    const err = await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QualysHttpError);
    expect((err as QualysHttpError).status).toBe(401);
    expect(server.requests.filter((r) => r.path === '/auth')).toHaveLength(2);
  });

  it('reports a failed /auth as a QualysHttpError without the password', async () => {
    server.handle(() => ({ status: 401, body: 'Bad login alice / s3cr3t-Pa55' }));
    const { core } = makeClient(server.url);
    const err = (await core.call(csamAssetSearchV2, {}).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(QualysHttpError);
    expect(err.message).not.toContain('s3cr3t-Pa55');
  });
});
