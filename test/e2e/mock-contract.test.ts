/**
 * Contract tests of `qspec mock` over real HTTP, driven the way independently written Qualys
 * clients drive the platform: QPS offset paging (startFromOffset 1, 101, 201...) and lastId
 * paging (`id GREATER lastId`), `limitResults=1` with EQUALS, IN chunks, FO truncation with the
 * WARNING URL (host list, detections), KB `ids=` lists, scan summaries by `scan_reference`, CSAM
 * lastSeenAssetId with 204 at the end, PCI offset/limit, get/create/update/delete against the dataset. Every listing must end, with no
 * record lost or repeated, its numbers matching `count`, and every page valid against the spec.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../conformance/mock/mock-server.js';
import { validatePayloadText } from '../../conformance/validate/validate-payload.js';
import { targetForEndpoint } from '../../conformance/validate/validation-target.js';
import type { IrDocument } from '../../generator/ir/ir-document.js';
import { loadIrDocument } from '../../generator/load/load-ir.js';

const SPECS = path.resolve(__dirname, '../../specs');
const RECORDS = 350;
const BASIC = `Basic ${Buffer.from('demo:demo-secret').toString('base64')}`;
let doc: IrDocument;
let mock: Awaited<ReturnType<typeof startMockServer>>;

beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
  mock = await startMockServer(doc, SPECS, { host: '127.0.0.1', port: 0, records: RECORDS });
});
afterAll(async () => {
  await mock.close();
});

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly headers: Headers;
}

async function call(method: string, url: string, body?: string, contentType = 'text/xml'): Promise<Answer> {
  const r = await fetch(url.startsWith('http') ? url : mock.url + url, {
    method,
    headers: {
      authorization: BASIC,
      'x-requested-with': 'contract-test',
      'content-type': contentType,
      apiversion: 'V1',
    },
    ...(body !== undefined ? { body } : {}),
  });
  return { status: r.status, body: await r.text(), headers: r.headers };
}

function expectValid(endpointId: string, a: Answer): void {
  expect(a.status).toBe(200);
  const verdict = validatePayloadText(a.body, targetForEndpoint(doc, endpointId, 200));
  expect(verdict.valid, JSON.stringify(verdict.errors.slice(0, 3))).toBe(true);
}

const between = (s: string, open: string, close: string) => {
  const a = s.indexOf(open);
  return a < 0 ? undefined : s.slice(a + open.length, s.indexOf(close, a));
};
/** The ids of the QPS records of a page (each record's own first `<id>`). */
const qpsIds = (body: string, tag: string) =>
  [...body.matchAll(new RegExp(`<${tag}>\\s*<id>(\\d+)</id>`, 'g'))].map((m) => Number(m[1]));
const foIds = (body: string, tag: string, idTag: string) =>
  [...body.matchAll(new RegExp(`<${tag}>\\s*<${idTag}>(\\d+)</${idTag}>`, 'g'))].map((m) => Number(m[1]));
const request = (inner: string) => `<ServiceRequest>${inner}</ServiceRequest>`;
const prefs = (limit: number, offset?: number) =>
  `<preferences><limitResults>${limit}</limitResults>${offset ? `<startFromOffset>${offset}</startFromOffset>` : ''}</preferences>`;

describe('QPS search over the dataset', () => {
  const search = '/qps/rest/3.0/search/was/webapp';

  it('a plain search is a SUCCESS page of the dataset, never an error example', async () => {
    const a = await call('POST', search, request(prefs(100, 1)));
    expectValid('was.webapp.search', a);
    expect(a.body).toContain('<responseCode>SUCCESS</responseCode>');
    expect(a.body).toContain('<count>100</count>');
    expect(a.body).toContain('<hasMoreRecords>true</hasMoreRecords>');
  });

  it('offset paging 1, 101, 201, 301 lists every record once; hasMoreRecords ends it; count matches', async () => {
    const seen: number[] = [];
    const offsets: number[] = [];
    for (let offset = 1; offsets.length < 10; offset += 100) {
      offsets.push(offset);
      const a = await call('POST', search, request(prefs(100, offset)));
      expectValid('was.webapp.search', a);
      const ids = qpsIds(a.body, 'WebApp');
      expect(Number(between(a.body, '<count>', '</count>'))).toBe(ids.length);
      seen.push(...ids);
      if (between(a.body, '<hasMoreRecords>', '</hasMoreRecords>') !== 'true') break;
      expect(Number(between(a.body, '<lastId>', '</lastId>'))).toBe(ids.at(-1));
    }
    expect(offsets).toEqual([1, 101, 201, 301]);
    expect(seen).toHaveLength(RECORDS);
    expect(new Set(seen).size).toBe(RECORDS);
    const count = await call('POST', '/qps/rest/3.0/count/was/wasscan', request(''));
    expect(count.body).toContain(`<count>${RECORDS}</count>`);
  });

  it('lastId paging (id GREATER lastId) lists the same records as offset paging', async () => {
    const seen: number[] = [];
    let lastId: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const filter = lastId ? `<filters><Criteria field="id" operator="GREATER">${lastId}</Criteria></filters>` : '';
      const a = await call('POST', search, request(filter + prefs(100)));
      expectValid('was.webapp.search', a);
      seen.push(...qpsIds(a.body, 'WebApp'));
      if (between(a.body, '<hasMoreRecords>', '</hasMoreRecords>') !== 'true') break;
      lastId = between(a.body, '<lastId>', '</lastId>');
    }
    expect(seen).toHaveLength(RECORDS);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
    expect(new Set(seen).size).toBe(RECORDS);
  });

  it('limitResults=1 with EQUALS returns exactly the record that has the value', async () => {
    const hostassets = '/qps/rest/2.0/search/am/hostasset';
    const page = await call('POST', hostassets, request(prefs(100, 101)));
    const target = between(
      page.body.slice(page.body.indexOf('<HostAsset>', page.body.indexOf('<HostAsset>') + 1)),
      '<qwebHostId>',
      '</qwebHostId>',
    );
    expect(target).toMatch(/^\d+$/);
    const a = await call(
      'POST',
      hostassets,
      request(`${prefs(1)}<filters><Criteria field="qwebHostId" operator="EQUALS">${target}</Criteria></filters>`),
    );
    expectValid('am.hostasset.search', a);
    expect(a.body).toContain('<count>1</count>');
    expect(a.body).toContain('<hasMoreRecords>false</hasMoreRecords>');
    expect([...a.body.matchAll(/<qwebHostId>(\d+)<\/qwebHostId>/g)].map((m) => m[1])).toEqual([target]);
  });

  it('IN chunks return the matching records once each', async () => {
    const all = qpsIds((await call('POST', search, request(prefs(1000)))).body, 'WebApp');
    const wanted = all.filter((_, i) => i % 7 === 0).slice(0, 30);
    const got: number[] = [];
    for (let i = 0; i < wanted.length; i += 10) {
      const chunk = wanted.slice(i, i + 10).join(',');
      const a = await call(
        'POST',
        search,
        request(`<filters><Criteria field="id" operator="IN">${chunk}</Criteria></filters>`),
      );
      got.push(...qpsIds(a.body, 'WebApp'));
    }
    expect(got).toEqual(wanted);
  });

  it('no match is SUCCESS with count 0 and no continuation', async () => {
    const a = await call(
      'POST',
      search,
      request('<filters><Criteria field="name" operator="CONTAINS">no such app</Criteria></filters>'),
    );
    expectValid('was.webapp.search', a);
    expect(a.body).toContain('<responseCode>SUCCESS</responseCode>');
    expect(a.body).toContain('<count>0</count>');
    expect(a.body).toContain('<hasMoreRecords>false</hasMoreRecords>');
    expect(a.body).not.toContain('<lastId>');
  });

  it('an unknown operator is INVALID_REQUEST in the endpoint own schema (not webapp.xsd)', async () => {
    const a = await call(
      'POST',
      '/qps/rest/2.0/search/am/hostasset',
      request('<filters><Criteria field="id" operator="LIKE">1</Criteria></filters>'),
    );
    expect(a.body).toContain('<responseCode>INVALID_REQUEST</responseCode>');
    expect(a.body).toContain('/qps/xsd/2.0/am/hostasset.xsd');
  });
});

describe('QPS errors name the endpoint own schema', () => {
  it.each([
    ['/qps/rest/2.0/search/am/hostasset', '/qps/xsd/2.0/am/hostasset.xsd'],
    ['/qps/rest/2.0/search/am/tag', '/qps/xsd/2.0/am/tag.xsd'],
    ['/qps/rest/3.0/search/was/finding', '/qps/xsd/3.0/was/finding.xsd'],
  ])('%s: a refused login and a rate-limit fault point at %s', async (p, xsd) => {
    const unauthenticated = await fetch(mock.url + p, { method: 'POST', body: request('') });
    const refused = await unauthenticated.text();
    expect(unauthenticated.status).toBe(401);
    expect(refused).toContain('<responseCode>INVALID_CREDENTIALS</responseCode>');
    expect(refused).toContain(`xsi:noNamespaceSchemaLocation="${mock.url}${xsd}"`);
    const limited = await call('POST', `${p}?qspec_fault=409-1965`, request(''));
    expect(limited.body).toContain(`${mock.url}${xsd}`);
    expect(limited.body).not.toContain('webapp.xsd');
  });
});

describe('QPS get, create, update, delete change the dataset for the run', () => {
  it('get by id returns that record; an unknown id is NOT_FOUND', async () => {
    const a = await call('GET', '/qps/rest/3.0/get/was/webapp/62249036');
    expectValid('was.webapp.get', a);
    expect(qpsIds(a.body, 'WebApp')).toEqual([62249036]);
    const missing = await call('GET', '/qps/rest/3.0/get/was/webapp/1');
    expect(missing.body).toContain('<responseCode>NOT_FOUND</responseCode>');
  });

  it('create adds a record search and count see; update renames it; delete removes it', async () => {
    const count = async () =>
      Number(
        between((await call('POST', '/qps/rest/2.0/search/am/tag', request(prefs(1000)))).body, '<count>', '</count>'),
      );
    const before = await count();
    const created = await call(
      'POST',
      '/qps/rest/2.0/create/am/tag',
      request('<data><Tag><name>contract tag</name></Tag></data>'),
    );
    expectValid('am.tag.create', created);
    const id = qpsIds(created.body, 'Tag')[0]!;
    expect(await count()).toBe(before + 1);
    const found = await call(
      'POST',
      '/qps/rest/2.0/search/am/tag',
      request('<filters><Criteria field="name" operator="EQUALS">contract tag</Criteria></filters>'),
    );
    expect(qpsIds(found.body, 'Tag')).toEqual([id]);
    await call(
      'POST',
      `/qps/rest/2.0/update/am/tag/${id}`,
      request('<data><Tag><name>renamed tag</name></Tag></data>'),
    );
    expect((await call('GET', `/qps/rest/2.0/get/am/tag/${id}`)).body).toContain('renamed tag');
    const deleted = await call('POST', `/qps/rest/2.0/delete/am/tag/${id}`);
    expect(deleted.body).toContain('<responseCode>SUCCESS</responseCode>');
    expect(await count()).toBe(before);
    expect((await call('GET', `/qps/rest/2.0/get/am/tag/${id}`)).body).toContain('NOT_FOUND');
  });

  it('--read-only refuses writes and a new server starts from the seeded records', async () => {
    const ro = await startMockServer(doc, SPECS, { port: 0, records: 5, readOnly: true });
    try {
      const r = await fetch(`${ro.url}/qps/rest/2.0/create/am/tag`, {
        method: 'POST',
        headers: { authorization: BASIC, 'content-type': 'text/xml' },
        body: request('<data><Tag><name>x</name></Tag></data>'),
      });
      expect(await r.text()).toContain('<responseCode>UNAUTHORIZED</responseCode>');
    } finally {
      await ro.close();
    }
  });
});

describe('FO lists over the dataset', () => {
  async function walk(first: string, method: 'GET' | 'POST', endpointId: string, tag: string, idTag: string) {
    const seen: number[] = [];
    let url: string | undefined = first;
    let pages = 0;
    while (url && pages++ < 20) {
      const [pathPart, query] = url.split('?') as [string, string];
      const a: Answer =
        method === 'GET'
          ? await call('GET', url)
          : await call('POST', pathPart, query, 'application/x-www-form-urlencoded');
      expectValid(endpointId, a);
      expect(a.headers.get('x-ratelimit-limit')).toBe('300');
      expect(a.headers.get('x-concurrency-limit-limit')).toBe('2');
      const ids = foIds(a.body, tag, idTag);
      seen.push(...ids);
      url = between(a.body, '<URL><![CDATA[', ']]></URL>');
      // The WARNING's id_min is the next record's id: above the page's last one.
      if (url) expect(Number(new URL(url).searchParams.get('id_min'))).toBeGreaterThan(ids.at(-1)!);
    }
    return { seen, pages };
  }

  it('host list: truncation_limit=100 pages by the WARNING URL until no WARNING; every host once', async () => {
    const { seen, pages } = await walk(
      '/api/2.0/fo/asset/host/?action=list&truncation_limit=100',
      'GET',
      'vm.host.list',
      'HOST',
      'ID',
    );
    expect(pages).toBe(4);
    expect(seen).toHaveLength(RECORDS);
    expect(new Set(seen).size).toBe(RECORDS);
  });

  it('host detection list: the same over POST', async () => {
    const { seen } = await walk(
      '/api/2.0/fo/asset/host/vm/detection/?action=list&truncation_limit=150',
      'POST',
      'vm.host.detection.list',
      'HOST',
      'ID',
    );
    expect(seen).toHaveLength(RECORDS);
    expect(new Set(seen).size).toBe(RECORDS);
  });

  it('a page that holds the rest has no WARNING', async () => {
    const a = await call('GET', `/api/2.0/fo/asset/host/?action=list&truncation_limit=${RECORDS}`);
    expect(foIds(a.body, 'HOST', 'ID')).toHaveLength(RECORDS);
    expect(a.body).not.toContain('<WARNING>');
  });

  it('KB ids= lists: exactly the listed QIDs, no truncation WARNING', async () => {
    const all = foIds(
      (await call('POST', '/api/2.0/fo/knowledge_base/vuln/', 'action=list', 'application/x-www-form-urlencoded')).body,
      'VULN',
      'QID',
    );
    const [a, b, c] = [all[3]!, all[10]!, all[12]!];
    const r = await call(
      'POST',
      '/api/2.0/fo/knowledge_base/vuln/',
      `action=list&ids=${a},${b}-${c}`,
      'application/x-www-form-urlencoded',
    );
    expectValid('vm.knowledgebase.vuln.list', r);
    expect(foIds(r.body, 'VULN', 'QID')).toEqual([a, ...all.slice(10, 13)]);
    expect(r.body).not.toContain('<WARNING>');
  });

  it('scan summaries: scan_reference answers that one scan; an unknown reference finds none', async () => {
    const url = '/api/2.0/fo/scan/vm/summary/?action=list&output_format=xml';
    const all = await call('GET', url);
    expectValid('vm.scan.summary.list', all);
    const refs = [...all.body.matchAll(/<SCAN_REFERENCE>([^<]+)<\/SCAN_REFERENCE>/g)].map((m) => m[1]!);
    expect(refs).toHaveLength(RECORDS);
    expect(new Set(refs).size).toBe(RECORDS);
    const one = await call('GET', `${url}&scan_reference=${encodeURIComponent(refs[7]!)}`);
    expectValid('vm.scan.summary.list', one);
    expect([...one.body.matchAll(/<SCAN_REFERENCE>([^<]+)</g)].map((m) => m[1])).toEqual([refs[7]]);
    const none = await call('GET', `${url}&scan_reference=scan/1.999999999`);
    expectValid('vm.scan.summary.list', none);
    expect(none.body).not.toContain('<SCAN_SUMMARY_LIST>');
  });

  it('ids that match nothing: the envelope without a list (none found)', async () => {
    const a = await call('GET', '/api/2.0/fo/asset/host/?action=list&ids=1');
    expectValid('vm.host.list', a);
    expect(a.body).not.toContain('<HOST_LIST>');
  });

  it('a 429 fault is SIMPLE_RETURN CODE 1965 (not 429) with the rate-limit headers', async () => {
    const a = await call('GET', '/api/2.0/fo/asset/host/?action=list&qspec_fault=429');
    expect(a.status).toBe(429);
    expect(a.body).toContain('<CODE>1965</CODE>');
    expect(a.headers.get('x-ratelimit-remaining')).toBe('0');
    expect(a.headers.get('x-ratelimit-towait-sec')).toBe('1');
  });
});

describe('CSAM and PCI paging', () => {
  it('CSAM v2 search: lastSeenAssetId pages of pageSize, hasMore, then 204', async () => {
    const seen: number[] = [];
    let last: number | undefined;
    let status = 200;
    for (let pages = 0; pages < 100 && status === 200; pages++) {
      const query = `pageSize=40${last !== undefined ? `&lastSeenAssetId=${last}` : ''}`;
      const r = await fetch(`${mock.url}/rest/2.0/search/am/asset?${query}`, {
        method: 'POST',
        headers: { authorization: 'Bearer x.y.z' },
      });
      status = r.status;
      if (status !== 200) break;
      const page = (await r.json()) as {
        count: number;
        hasMore: number;
        lastSeenAssetId: number;
        assetListData: { asset: { assetId: number }[] };
      };
      const ids = page.assetListData.asset.map((x) => x.assetId);
      expect(page.count).toBe(ids.length);
      expect(page.lastSeenAssetId).toBe(ids.at(-1));
      seen.push(...ids);
      last = page.lastSeenAssetId;
      if (page.hasMore === 0) expect(seen).toHaveLength(RECORDS);
    }
    expect(status).toBe(204);
    expect(new Set(seen).size).toBe(RECORDS);
  });

  it('PCI compliance summary: offset/limit pages, totalCount and fetchRange agree', async () => {
    const rows: string[] = [];
    for (let offset = 0; offset < RECORDS + 100; offset += 100) {
      const a = await call('GET', `/pci/reporting/complianceSummary?offset=${offset}&limit=100`);
      expectValid('pci.compliance.summary', a);
      const data = (
        JSON.parse(a.body) as {
          data: { totalCount: number; fetchRange: string; complianceSummaryList: { ip: string }[] };
        }
      ).data;
      expect(data.totalCount).toBe(RECORDS);
      if (data.complianceSummaryList.length === 0) break;
      expect(data.fetchRange).toBe(`${offset + 1}-${offset + data.complianceSummaryList.length}`);
      rows.push(...data.complianceSummaryList.map((r) => r.ip));
    }
    expect(rows).toHaveLength(RECORDS);
    expect(new Set(rows).size).toBe(RECORDS);
  });
});
