/**
 * Seeding rules of the mock's dataset (dataset/dataset.ts) beyond the QPS tags: which examples
 * count (every list and get operation, 2xx and expected valid only), which response of the list
 * endpoint the pages are checked against (its first 2xx with a schema), how FO and JSON (CSAM,
 * PCI) records are read (duplicates, rows that are no objects, bodies without rows), the
 * schema-generated fallback when nothing valid is left, and the order-free reading of QPS bodies.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../../conformance/mock/dataset/dataset.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import type { IrEndpoint, IrResponse } from '../../../../generator/ir/ir-endpoint.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { repoRoot } from '../helpers.js';
import { example, SR, scriptedDataset, TAG } from './dataset-fixture.js';

const SPECS = path.join(repoRoot, 'specs');
let doc: IrDocument;
let csamRow: Record<string, unknown>;
let pciBody: Record<string, unknown>;
beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
  const get = path.join(SPECS, 'csam/examples/csam.asset.get.v1/seed-003-include-custom-attributes.response.json');
  csamRow = JSON.parse(readFileSync(get, 'utf8')).assetListData.asset[0];
  pciBody = JSON.parse(
    readFileSync(path.join(SPECS, 'pci/examples/pci.compliance.summary/seed-004-first-page.response.json'), 'utf8'),
  );
});
const endpoint = (d: IrDocument, id: string): IrEndpoint => d.endpoints.find((e) => e.id === id)!;
const ids = (d: Dataset, id: string, from = doc) =>
  d
    .collectionFor(endpoint(from, id))
    ?.seeded.collection.all()
    .map((r) => r.id);

const CSAM = (rows: unknown[]) =>
  JSON.stringify({ responseCode: 'SUCCESS', count: rows.length, hasMore: 0, assetListData: { asset: rows } });
const asset = (assetId: unknown) => ({ ...csamRow, assetId });
const HOST = (id: string, extra = '') => `<HOST><ID>${id}</ID><IP>10.0.0.${id}</IP>${extra}</HOST>`;
const HOSTS = (hosts: string) =>
  `<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE HOST_LIST_OUTPUT SYSTEM "https://qualysapi.qualys.com/api/2.0/fo/asset/host/host_list_output.dtd">\n<HOST_LIST_OUTPUT><RESPONSE><DATETIME>2020-04-23T02:50:36Z</DATETIME><HOST_LIST>${hosts}</HOST_LIST></RESPONSE></HOST_LIST_OUTPUT>`;

describe('which examples seed a collection', () => {
  it('a CSAM get example seeds the asset collection like a list example', () => {
    const { d, calls } = scriptedDataset(doc, { 'csam.asset.get.v1': [[example('g'), CSAM([asset(5), asset(6)])]] });
    expect(ids(d, 'csam.asset.list.v1')).toEqual([5, 6, 7, 8]);
    expect(calls).toEqual([]);
  });

  it('only 2xx examples: 199 and 300 are not read', () => {
    const { d } = scriptedDataset(doc, {
      'am.tag.search': [
        [example('a', 199), SR(TAG('1'))],
        [example('b', 300), SR(TAG('2'))],
        [example('c', 299), SR(TAG('3'))],
      ],
    });
    expect(ids(d, 'am.tag.search')).toEqual([3, 4, 5, 6]);
  });
});

describe('the response a page is checked against', () => {
  const withResponses = (pick: (rs: readonly IrResponse[]) => IrResponse[]): IrDocument => ({
    ...doc,
    endpoints: doc.endpoints.map((e) => (e.id === 'vm.host.list' ? { ...e, responses: pick(e.responses) } : e)),
  });
  const ok = (rs: readonly IrResponse[]) => rs.find((r) => r.status === 200)!;
  const error = (rs: readonly IrResponse[]) => rs.find((r) => r.status === 400)!;
  const bodies = {
    'vm.host.list': [[example('a'), HOSTS(HOST('5') + HOST('6'))]] as [ReturnType<typeof example>, string][],
  };

  it.each([
    ['an error response first', (rs: readonly IrResponse[]) => [error(rs), ok(rs)]],
    ['a 199 with the error schema first', (rs: readonly IrResponse[]) => [{ ...error(rs), status: 199 }, ok(rs)]],
    ['a 300 with the error schema first', (rs: readonly IrResponse[]) => [{ ...error(rs), status: 300 }, ok(rs)]],
  ])('is the first 2xx response with a schema, with %s', (_name, pick) => {
    const crafted = withResponses(pick);
    const { d, calls } = scriptedDataset(crafted, bodies);
    expect(ids(d, 'vm.host.list', crafted)).toEqual([5, 6, 7, 8]);
    expect(calls).toEqual([]);
  });

  it('without a 2xx response with a schema there is no collection, and nothing is generated', () => {
    const crafted = withResponses((rs) => [error(rs), { ...ok(rs), schema: undefined } as unknown as IrResponse]);
    const { d, calls } = scriptedDataset(crafted, bodies);
    expect(d.collectionFor(endpoint(crafted, 'vm.host.list'))).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('FO records', () => {
  it('reads each id once', () => {
    const { d } = scriptedDataset(doc, { 'vm.host.list': [[example('a'), HOSTS(HOST('5') + HOST('5') + HOST('6'))]] });
    expect(d.collectionFor(endpoint(doc, 'vm.host.list'))?.seeded.collection.templates.map((t) => t.id)).toEqual([
      5, 6,
    ]);
  });

  it.each([
    ['no records', HOSTS('')],
    [
      'only records the DTD refuses (a second IP)',
      HOSTS(HOST('5', '<TRACKING_METHOD>IP</TRACKING_METHOD><IP>1.1.1.1</IP>')),
    ],
  ])('falls back on the generated body with %s', (_name, body) => {
    const { d, calls } = scriptedDataset(doc, { 'vm.host.list': [[example('a'), body]] }, [HOSTS(HOST('40'))], 2);
    expect(ids(d, 'vm.host.list')).toEqual([40, 41]);
    expect(calls).toEqual(['vm.host.list 200']);
  });
});

describe('JSON records', () => {
  it('CSAM: skips rows that are no objects, repeated ids and ids that are no integers', () => {
    const rows = [null, 7, [asset(9)], asset(5), asset(5), asset('x'), asset(1.5), asset(6)];
    const { d, calls } = scriptedDataset(doc, { 'csam.asset.list.v1': [[example('a'), CSAM(rows)]] }, [], 2);
    expect(d.collectionFor(endpoint(doc, 'csam.asset.list.v1'))?.seeded.collection.templates.map((t) => t.id)).toEqual([
      5, 6,
    ]);
    expect(calls).toEqual([]);
  });

  it('PCI: numbers the object rows by position, skipping the others', () => {
    const list = (pciBody.data as { complianceSummaryList: unknown[] }).complianceSummaryList.slice(0, 2);
    const body = {
      ...pciBody,
      data: { ...(pciBody.data as object), complianceSummaryList: [null, 3, [list[0]], ...list] },
    };
    const { d } = scriptedDataset(doc, { 'pci.compliance.summary': [[example('a'), JSON.stringify(body)]] }, [], 2);
    const seeded = d.collectionFor(endpoint(doc, 'pci.compliance.summary'))?.seeded;
    expect(seeded?.collection.templates.map((t) => (t.kind === 'json' ? [t.id, t.json.ip] : []))).toEqual([
      [1, (list[0] as { ip: string }).ip],
      [2, (list[1] as { ip: string }).ip],
    ]);
  });

  it('takes the envelope of the first body that has rows', () => {
    const { d } = scriptedDataset(doc, {
      'csam.asset.list.v1': [
        [example('a'), JSON.stringify({ responseCode: 'SUCCESS', other: 1 })],
        [example('b'), CSAM([asset(5)])],
      ],
    });
    expect(Object.keys(d.collectionFor(endpoint(doc, 'csam.asset.list.v1'))?.seeded.jsonEnvelope ?? {})).toEqual([
      'responseCode',
      'count',
      'hasMore',
      'assetListData',
    ]);
  });

  it.each([
    ['no rows', CSAM([])],
    ['only rows the schema refuses', CSAM([{ ...asset(5), assetUUID: 5 }])],
  ])('falls back on the generated body with %s', (_name, body) => {
    const { d, calls } = scriptedDataset(doc, { 'csam.asset.list.v1': [[example('a'), body]] }, [CSAM([asset(40)])], 2);
    expect(ids(d, 'csam.asset.list.v1')).toEqual([40, 41]);
    expect(calls).toEqual(['csam.asset.filter.v1 200']); // the first list endpoint of the collection
  });
});

describe('QPS bodies are read by element name, not position', () => {
  it('finds responseCode, data and a record id wherever they stand; a record without id is skipped alone', () => {
    const body = `<ServiceResponse><count>2</count><responseCode> SUCCESS </responseCode><hasMoreRecords>false</hasMoreRecords><data><Tag><name>none</name></Tag>${TAG('5')}</data></ServiceResponse>`;
    const { d, calls } = scriptedDataset(doc, { 'am.tag.search': [[example('a'), body]] }, [], 2);
    expect(ids(d, 'am.tag.search')).toEqual([5, 6]);
    expect(calls).toEqual([]);
  });
});
