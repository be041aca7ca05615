/**
 * FO session login against the mock over real HTTP, with the generated `QualysClient` and no
 * Basic credentials: `vm.session.login` answers `Set-Cookie: QualysSession=<random>; path=/api;
 * secure; HttpOnly`, a later FO call carries `Cookie: QualysSession=<id>` and the mock accepts it
 * instead of Basic auth, `vm.session.logout` sends it once more and the client forgets it; the
 * mock refuses the ended session.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { fetchTransport, QualysClient, type TransportRequest, type TransportResponse } from '../../generated/index.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../specs');
let mock: Awaited<ReturnType<typeof startMockServer>>;
const seen: { req: TransportRequest; res: TransportResponse }[] = [];
let q: QualysClient;

beforeAll(async () => {
  mock = await startMockServer(await loadIrDocument(SPECS), SPECS, { host: '127.0.0.1', port: 0, records: 10 });
  const base = fetchTransport();
  q = new QualysClient({
    baseUrl: mock.url,
    auth: { kind: 'none' },
    transport: {
      send: async (req) => {
        const res = await base.send(req);
        seen.push({ req, res });
        return res;
      },
    },
  });
});
afterAll(async () => {
  await mock.close();
});

const cookieOf = (r: TransportRequest) => Object.entries(r.headers).find(([k]) => k.toLowerCase() === 'cookie')?.[1];

describe('mock + client: QualysSession', () => {
  it('login sets the cookie, later FO calls carry it, logout clears it', async () => {
    await q.vm.session.login({ username: 'demo', password: 'demo-secret' });
    const setCookie = seen.at(-1)!.res.headers['set-cookie'] ?? '';
    expect(setCookie).toMatch(/^QualysSession=[0-9a-f]{32}; path=\/api; secure; HttpOnly$/);
    const id = setCookie.split(';')[0]!;

    const hosts = [];
    for await (const h of q.vm.host.list({ truncationLimit: 5 })) hosts.push(h);
    expect(hosts.length).toBeGreaterThan(0);
    const listCall = seen.at(-1)!;
    expect(cookieOf(listCall.req)).toBe(id);
    expect(listCall.res.status).toBe(200);

    await q.vm.session.logout();
    expect(cookieOf(seen.at(-1)!.req)).toBe(id);
    expect(seen.at(-1)!.res.status).toBe(200);

    // Forgotten by the client: with no credentials, the next FO call is refused before sending.
    const sent = seen.length;
    await expect(
      (async () => {
        for await (const _ of q.vm.host.list({ truncationLimit: 5 })) break;
      })(),
    ).rejects.toThrow(/no credentials/);
    expect(seen.length).toBe(sent);

    // Ended at the mock: the old cookie alone is refused with 401.
    const res = await fetch(`${mock.url}/api/2.0/fo/asset/host/?action=list`, {
      headers: { cookie: id, 'X-Requested-With': 'test' },
    });
    expect(res.status).toBe(401);
    await res.text();
  });
});
