/**
 * Every paging style over real HTTP, 3+ pages: nothing lost, nothing repeated, resumable from
 * the cursor of any page. The servers page a fixed data set by the cursor the client sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
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

const IDS = Array.from({ length: 11 }, (_, i) => 1000 + i * 7);
const PAGE = 4;

/** QPS: filters Criteria id GREATER n; answers hasMoreRecords + lastId. */
const qps: Handler = (req) => {
  const after = /<Criteria field="id" operator="GREATER">(\d+)<\/Criteria>/.exec(req.body)?.[1];
  const rest = IDS.filter((id) => after === undefined || id > Number(after));
  const page = rest.slice(0, PAGE);
  const more = rest.length > PAGE;
  return {
    body: `<?xml version="1.0"?><ServiceResponse><responseCode>SUCCESS</responseCode><count>${page.length}</count><hasMoreRecords>${more}</hasMoreRecords>${
      more ? `<lastId>${page.at(-1)}</lastId>` : ''
    }<data>${page.map((id) => `<Finding><id>${id}</id></Finding>`).join('')}</data></ServiceResponse>`,
  };
};

/** FO: truncation WARNING CODE 1980 with a URL carrying id_min. */
const fo: Handler = (req) => {
  const form = new URLSearchParams(req.body);
  const min = form.get('id_min');
  const rest = IDS.filter((id) => min === null || id >= Number(min));
  const page = rest.slice(0, PAGE);
  const next = rest[PAGE];
  const warning =
    next !== undefined
      ? `<WARNING><CODE>1980</CODE><TEXT>${PAGE} record limit exceeded. Use URL to get next batch of results.</TEXT><URL><![CDATA[https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/?action=list&id_min=${next}]]></URL></WARNING>`
      : '';
  return {
    body: `<?xml version="1.0" encoding="UTF-8" ?><!DOCTYPE KNOWLEDGE_BASE_VULN_LIST_OUTPUT SYSTEM "https://qualysapi.qualys.com/api/2.0/fo/knowledge_base/vuln/knowledge_base_vuln_list_output.dtd"><KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><DATETIME>2024-01-01T00:00:00Z</DATETIME><VULN_LIST>${page
      .map((id) => `<VULN><QID>${id}</QID></VULN>`)
      .join('')}</VULN_LIST>${warning}</RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`,
  };
};

/** CSAM v2: lastSeenAssetId + hasMore; 204 once nothing is left. */
const csam: Handler = (req) => {
  if (req.path === '/auth') return { status: 201, body: TEST_JWT };
  const last = req.query.get('lastSeenAssetId');
  const rest = IDS.filter((id) => last === null || id > Number(last));
  if (rest.length === 0) return { status: 204 };
  const page = rest.slice(0, PAGE);
  return {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      responseMessage: 'Valid API Access',
      count: page.length,
      responseCode: 'SUCCESS',
      lastSeenAssetId: page.at(-1),
      hasMore: rest.length > PAGE ? 1 : 0,
      assetListData: { asset: page.map((assetId) => ({ assetId })) },
    }),
  };
};

/** PCI: offset + limit, data.totalCount. */
const pci: Handler = (req) => {
  const offset = Number(req.query.get('offset'));
  const limit = Number(req.query.get('limit'));
  const page = IDS.slice(offset, offset + limit);
  return {
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      responseApiVersion: 'LATEST - V1',
      data: {
        totalCount: IDS.length,
        fetchRange: `${offset + 1}-${offset + page.length}`,
        complianceSummaryList: page.map((id) => ({ ip: `10.0.0.${id % 256}`, id })),
      },
    }),
  };
};

const idOf = (r: unknown): number => {
  const o = r as Record<string, unknown>;
  return Number(o.id ?? o.QID ?? o.assetId);
};

describe.each([
  ['qps-last-id', wasFindingSearch, qps, {}],
  ['fo-truncation', vmKbList, fo, { details: 'Basic' }],
  ['csam-last-seen', csamAssetSearchV2, csam, { pageSize: PAGE }],
  ['offset-limit', pciComplianceSummary, pci, { limit: PAGE }],
] as [string, EndpointModel, Handler, Record<string, unknown>][])('%s paging', (_style, endpoint, handler, input) => {
  it('yields every record exactly once over 3+ pages', async () => {
    server.handle(handler);
    const { core } = makeClient(server.url);
    const seen: number[] = [];
    for await (const record of core.paginate(endpoint, input)) seen.push(idOf(record));
    expect(seen).toEqual(IDS);
    expect(server.requests.filter((r) => r.path !== '/auth').length).toBe(3);
  });

  it('resumes from the cursor of a page', async () => {
    server.handle(handler);
    const { core } = makeClient(server.url);
    const first: number[] = [];
    let cursor: string | undefined;
    for await (const page of core.paginate(endpoint, input).pages()) {
      first.push(...page.records.map(idOf));
      cursor = page.next;
      break;
    }
    expect(cursor).toBeTypeOf('string');
    const rest: number[] = [];
    for await (const record of core.paginate(endpoint, { ...input, cursor })) rest.push(idOf(record));
    expect([...first, ...rest]).toEqual(IDS);
  });
});

it('rejects a cursor from another paging style', async () => {
  server.handle(pci);
  const { core } = makeClient(server.url);
  let cursor: string | undefined;
  for await (const page of core.paginate(pciComplianceSummary, { limit: PAGE }).pages()) {
    cursor = page.next;
    break;
  }
  expect(cursor).toBeTypeOf('string');
  server.handle(qps);
  await expect(async () => {
    for await (const _ of core.paginate(wasFindingSearch, { cursor })) break;
  }).rejects.toThrow(/not a qps-last-id cursor/);
});
