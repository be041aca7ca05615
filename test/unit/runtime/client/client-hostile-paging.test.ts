/**
 * Paging against servers whose cursor does not advance, over real HTTP: every style (QPS lastId,
 * FO truncation URL, CSAM lastSeenAssetId, PCI offset/limit) stops with a QualysPagingError
 * naming the endpoint and the repeated cursor, after exactly the pages it could trust. The
 * hostile servers give up with a 500 after 50 requests, so a client that loops forever fails
 * instead of hanging. Also pins the PCI stop rules (short page, totalCount) by exact request
 * counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QualysPagingError } from '../../../../runtime/client/qualys-error.js';
import {
  csamAssetSearchV2,
  pciComplianceSummary,
  vmKbList,
  wasFindingSearch,
} from '../../../fixtures/client/endpoints.js';
import type { Handler } from '../../../fixtures/client/test-server.js';
import { startTestServer, type TestServer } from '../../../fixtures/client/test-server.js';
import { makeClient, TEST_JWT } from './make-client.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const calls = () => server.requests.filter((r) => r.path !== '/auth');

/** Wraps a hostile handler: 500 after 50 API requests, so an endless loop ends in a different error. */
function capped(handler: Handler): Handler {
  return (req) => {
    if (req.path === '/auth') return { status: 201, body: TEST_JWT };
    return calls().length > 50 ? { status: 500, body: 'enough' } : handler(req);
  };
}

const qpsPage = (ids: number[], lastId: number) => ({
  body: `<ServiceResponse><responseCode>SUCCESS</responseCode><count>${ids.length}</count><hasMoreRecords>true</hasMoreRecords><lastId>${lastId}</lastId><data>${ids
    .map((id) => `<Finding><id>${id}</id></Finding>`)
    .join('')}</data></ServiceResponse>`,
});

async function drain(iterable: AsyncIterable<unknown>): Promise<{ records: unknown[]; error: unknown }> {
  const records: unknown[] = [];
  try {
    for await (const r of iterable) records.push(r);
    return { records, error: undefined };
  } catch (error) {
    return { records, error };
  }
}

function expectPagingError(error: unknown, endpoint: string, cursor: string): void {
  expect(error).toBeInstanceOf(QualysPagingError);
  const e = error as QualysPagingError;
  expect(e.endpoint).toBe(endpoint);
  expect(e.cursor).toBe(cursor);
  expect(e.message).toContain(endpoint);
  expect(e.message).toContain(cursor);
}

describe('a cursor that does not advance', () => {
  it('QPS: hasMoreRecords=true with the same lastId forever', async () => {
    server.handle(capped(() => qpsPage([1001, 1002, 1003], 1003)));
    const { core } = makeClient(server.url);
    const { records, error } = await drain(core.paginate(wasFindingSearch, {}));
    expectPagingError(error, 'was.finding.search', '1003');
    expect(calls()).toHaveLength(2);
    expect(records).toHaveLength(6);
    expect(calls()[1]!.body).toContain('<Criteria field="id" operator="GREATER">1003</Criteria>');
  });

  it('QPS: a lastId that goes back', async () => {
    let n = 0;
    server.handle(capped(() => (n++ === 0 ? qpsPage([1001, 1002, 1003], 1003) : qpsPage([1001], 1001))));
    const { core } = makeClient(server.url);
    const { error } = await drain(core.paginate(wasFindingSearch, {}));
    expectPagingError(error, 'was.finding.search', '1001');
    expect(calls()).toHaveLength(2);
  });

  it('QPS: lastIds that cycle (A, B, A)', async () => {
    const ids = ['a1', 'b2', 'a1'];
    let n = 0;
    server.handle(
      capped(() => ({
        body: `<ServiceResponse><responseCode>SUCCESS</responseCode><count>1</count><hasMoreRecords>true</hasMoreRecords><lastId>${ids[Math.min(n++, 2)]}</lastId><data><Finding><id>1</id></Finding></data></ServiceResponse>`,
      })),
    );
    const { core } = makeClient(server.url);
    const { error } = await drain(core.paginate(wasFindingSearch, {}));
    expectPagingError(error, 'was.finding.search', 'a1');
    expect(calls()).toHaveLength(3);
  });

  it('FO: a truncation WARNING whose URL repeats the same id_min', async () => {
    server.handle(
      capped(() => ({
        body: `<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME><VULN_LIST><VULN><QID>1</QID></VULN></VULN_LIST><WARNING><CODE>1980</CODE><TEXT>1 record limit exceeded.</TEXT><URL><![CDATA[https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/?action=list&id_min=1004]]></URL></WARNING></RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`,
      })),
    );
    const { core } = makeClient(server.url);
    const { records, error } = await drain(core.paginate(vmKbList, {}));
    expectPagingError(error, 'vm.knowledgeBase.vuln.list', '{"id_min":"1004"}');
    expect(calls()).toHaveLength(2);
    expect(records).toHaveLength(2);
    // Truncation stays on the original host: the URL's host was never asked.
    expect(new URLSearchParams(calls()[1]!.body).get('id_min')).toBe('1004');
  });

  it('CSAM: hasMore=1 with the same lastSeenAssetId forever', async () => {
    server.handle(
      capped(() => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          responseCode: 'SUCCESS',
          count: 2,
          hasMore: 1,
          lastSeenAssetId: 77,
          assetListData: { asset: [{ assetId: 76 }, { assetId: 77 }] },
        }),
      })),
    );
    const { core } = makeClient(server.url);
    const { error } = await drain(core.paginate(csamAssetSearchV2, { pageSize: 2 }));
    expectPagingError(error, 'csam.asset.search.v2', '77');
    expect(calls()).toHaveLength(2);
    expect(calls()[1]!.query.get('lastSeenAssetId')).toBe('77');
  });

  it('PCI: a server that ignores offset and answers the first range forever', async () => {
    server.handle(
      capped(() => ({
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          data: { fetchRange: '1-4', complianceSummaryList: [1, 2, 3, 4].map((id) => ({ id })) },
        }),
      })),
    );
    const { core } = makeClient(server.url);
    const { records, error } = await drain(core.paginate(pciComplianceSummary, { limit: 4 }));
    expectPagingError(error, 'pci.compliance.summary', '4');
    expect(calls().map((r) => r.query.get('offset'))).toEqual(['0', '4']);
    expect(records).toHaveLength(8);
  });
});

describe('PCI offset/limit stop rules', () => {
  /** Pages `count` records by offset/limit; totalCount only when asked. */
  function pci(count: number, withTotal: boolean): Handler {
    return (req) => {
      const offset = Number(req.query.get('offset'));
      const limit = Number(req.query.get('limit'));
      const list = Array.from({ length: count }, (_, i) => ({ id: i + 1 })).slice(offset, offset + limit);
      return {
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: { ...(withTotal ? { totalCount: count } : {}), complianceSummaryList: list } }),
      };
    };
  }

  it.each([
    ['a short last page stops (no totalCount)', 10, false, 4, ['0', '4', '8']],
    ['a full last page needs one empty page to stop (no totalCount)', 8, false, 4, ['0', '4', '8']],
    ['totalCount a multiple of the page size stops after the last full page', 8, true, 4, ['0', '4']],
    ['totalCount stops exactly at the total', 9, true, 3, ['0', '3', '6']],
    ['totalCount with a short last page', 10, true, 4, ['0', '4', '8']],
  ] as const)('%s', async (_name, count, withTotal, limit, offsets) => {
    server.handle(capped(pci(count, withTotal)));
    const { core } = makeClient(server.url);
    const { records, error } = await drain(core.paginate(pciComplianceSummary, { limit }));
    expect(error).toBeUndefined();
    expect(records.map((r) => (r as { id: number }).id)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    expect(calls().map((r) => r.query.get('offset'))).toEqual(offsets);
  });
});
