/**
 * Gateway JSON lists from a collection (dataset/json-ops.ts): CSAM `lastSeenAssetId` paging
 * (records above the cursor, `pageSize` else the mock's page size else 100, `hasMore`, the
 * page's last id, 204 past the end), v2 Criteria, `count`, `get`; PCI `offset`/`limit` (default
 * 10, at most 1000) with `totalCount` and `fetchRange`; the refusal texts. Whole JSON compared.
 */
import { describe, expect, it } from 'vitest';
import { Collection } from '../../../../conformance/mock/dataset/collection.js';
import type { JsonRecord } from '../../../../conformance/mock/dataset/data-record.js';
import {
  CSAM_DEFAULT_PAGE,
  type JsonResult,
  jsonAnswer,
  PCI_DEFAULT_LIMIT,
  PCI_MAX_LIMIT,
} from '../../../../conformance/mock/dataset/json-ops.js';
import type { CollectionShape, Operation } from '../../../../conformance/mock/dataset/shapes.js';

const CSAM: CollectionShape = { kind: 'csam', key: 'csam/asset' };
const PCI: CollectionShape = { kind: 'pci', key: 'pci/compliance' };
const asset = (id: number): JsonRecord => ({ kind: 'json', id, json: { assetId: id, name: `a${id}` } });
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const CSAM_ENV = { responseCode: 'X', count: 9, assetListData: { asset: [] }, extra: 1 };
const PCI_ENV = { status: 'ok', data: { complianceSummaryList: [], other: 'x' } };

function call(op: Operation, ids: number[], query = '', body = '', pageSize?: number): JsonResult {
  const pci = op === 'pci-list';
  return jsonAnswer({
    op,
    shape: pci ? PCI : CSAM,
    collection: new Collection(pci ? PCI : CSAM, ids.map(asset), []),
    envelope: pci ? PCI_ENV : CSAM_ENV,
    params: new URLSearchParams(query),
    body,
    pageSize,
  });
}

/** The parsed JSON of a 200 answer (checking its status, headers and layout). */
function json(r: JsonResult): unknown {
  if (!r.ok) throw new Error(r.text);
  expect(r.answer.status).toBe(200);
  expect(r.answer.headers).toEqual({ 'content-type': 'application/json' });
  const value = JSON.parse(r.answer.body) as unknown;
  expect(r.answer.body).toBe(`${JSON.stringify(value, null, 2)}\n`);
  return value;
}

const page = (ids: number[], hasMore: number, last: number) => ({
  responseCode: 'SUCCESS',
  responseMessage: 'Valid API Access',
  count: ids.length,
  hasMore,
  lastSeenAssetId: last,
  extra: 1,
  assetListData: { asset: ids.map((id) => ({ assetId: id, name: `a${id}` })) },
});

describe('jsonAnswer: CSAM list', () => {
  it.each([
    ['', 2, page([1, 2], 1, 2)],
    ['pageSize=3', 2, page([1, 2, 3], 1, 3)],
    ['lastSeenAssetId=2', 2, page([3, 4], 1, 4)],
    ['lastSeenAssetId=3', 2, page([4, 5], 0, 5)],
    ['lastSeenAssetId=4&pageSize=1', undefined, page([5], 0, 5)],
    ['lastSeenAssetId=0', 5, page([1, 2, 3, 4, 5], 0, 5)],
    ['lastSeenAssetId=&pageSize=', 9, page([1, 2, 3, 4, 5], 0, 5)],
    ['lastSeenAssetId=%202%20', 1, page([3], 1, 3)],
  ])('%j page size %s', (query, pageSize, want) => {
    expect(json(call('csam-list', range(5), query, '', pageSize))).toEqual(want);
  });
  it('puts the answer fields after the envelope fields', () => {
    const r = call('csam-list', [1], '');
    expect(r.ok && Object.keys(JSON.parse(r.answer.body) as object)).toEqual([
      'responseCode',
      'count',
      'assetListData',
      'extra',
      'responseMessage',
      'hasMore',
      'lastSeenAssetId',
    ]);
  });
  it('pages above a cursor that is no record id', () => {
    expect(json(call('csam-list', [10, 20, 30], 'lastSeenAssetId=15&pageSize=1'))).toEqual(page([20], 1, 20));
    expect(json(call('csam-list', [10, 20, 30], 'lastSeenAssetId=9&pageSize=1'))).toEqual(page([10], 1, 10));
    expect(json(call('csam-list', [10, 20, 30], 'lastSeenAssetId=20'))).toEqual(page([30], 0, 30));
  });
  it('answers 204 No Content past the end, and for an empty collection', () => {
    const none = { ok: true, answer: { status: 204, headers: {}, body: '' } };
    expect(call('csam-list', range(5), 'lastSeenAssetId=5')).toEqual(none);
    expect(call('csam-list', range(5), 'lastSeenAssetId=99')).toEqual(none);
    expect(call('csam-list', [], '')).toEqual(none);
  });
  it(`serves ${CSAM_DEFAULT_PAGE} a page by default`, () => {
    expect(CSAM_DEFAULT_PAGE).toBe(100);
    const p = json(call('csam-list', range(101))) as { count: number; hasMore: number; lastSeenAssetId: number };
    expect([p.count, p.hasMore, p.lastSeenAssetId]).toEqual([100, 1, 100]);
    const q = json(call('csam-list', range(100))) as { count: number; hasMore: number };
    expect([q.count, q.hasMore]).toEqual([100, 0]);
  });
  it.each([['pageSize=0'], ['pageSize=x'], ['lastSeenAssetId=-1'], ['lastSeenAssetId=a'], ['pageSize=1.5']])(
    'refuses %j',
    (query) => {
      expect(call('csam-list', range(3), query)).toEqual({
        ok: false,
        text: 'lastSeenAssetId and pageSize must be positive integers',
      });
    },
  );
});

const byName = (name: string) =>
  `<ServiceRequest><filters><Criteria field="name" operator="EQUALS">${name}</Criteria></filters></ServiceRequest>`;

describe('jsonAnswer: CSAM Criteria, count, get', () => {
  it('applies the ServiceRequest Criteria of an XML body (after leading whitespace)', () => {
    expect(json(call('csam-list', range(5), '', byName('a3')))).toEqual(page([3], 0, 3));
    expect(json(call('csam-list', range(5), '', `\n  ${byName('A4')}`))).toEqual(page([4], 0, 4));
    expect(json(call('csam-list', range(3), '', '<ServiceRequest/>'))).toEqual(page([1, 2, 3], 0, 3));
    expect(json(call('csam-list', range(3), '', '{"filters":[]}'))).toEqual(page([1, 2, 3], 0, 3));
    expect(call('csam-list', range(3), '', byName('none'))).toEqual({
      ok: true,
      answer: { status: 204, headers: {}, body: '' },
    });
  });
  it('refuses a malformed ServiceRequest with its message', () => {
    expect(call('csam-list', range(3), '', '<ServiceRequest>')).toEqual({
      ok: false,
      text: 'Malformed ServiceRequest: unclosed element <ServiceRequest>',
    });
    expect(call('csam-count', range(3), '', '<Other/>')).toEqual({
      ok: false,
      text: 'Expected <ServiceRequest>, got <Other>',
    });
  });
  it('count: the records the search finds', () => {
    expect(call('csam-count', range(7), 'pageSize=2')).toEqual({
      ok: true,
      answer: {
        status: 200,
        headers: { 'content-type': 'application/json' },
        body: '{\n  "count": 7,\n  "responseMessage": "Valid API Access",\n  "responseCode": "SUCCESS"\n}\n',
      },
    });
    expect(json(call('csam-count', range(7), '', byName('a2')))).toEqual({
      count: 1,
      responseMessage: 'Valid API Access',
      responseCode: 'SUCCESS',
    });
  });
  it('get: the one asset, else an empty list with cursor 0 (the body is not read)', () => {
    expect(json(call('csam-get', range(5), 'assetId=3', '<broken'))).toEqual(page([3], 0, 3));
    expect(json(call('csam-get', range(5), 'assetId=%203'))).toEqual(page([], 0, 0));
    expect(json(call('csam-get', range(5), 'assetId=9'))).toEqual(page([], 0, 0));
    expect(json(call('csam-get', range(5), 'assetId=x'))).toEqual(page([], 0, 0));
    expect(json(call('csam-get', range(5), ''))).toEqual(page([], 0, 0));
  });
});

const pci = (ids: number[], totalCount: number, fetchRange: string) => ({
  status: 'ok',
  data: {
    complianceSummaryList: ids.map((id) => ({ assetId: id, name: `a${id}` })),
    other: 'x',
    totalCount,
    fetchRange,
  },
});

describe('jsonAnswer: PCI compliance summary', () => {
  it.each([
    ['', undefined, pci(range(10), 25, '1-10')],
    ['', 3, pci([1, 2, 3], 25, '1-3')],
    ['limit=4', 3, pci([1, 2, 3, 4], 25, '1-4')],
    ['offset=20&limit=10', undefined, pci([21, 22, 23, 24, 25], 25, '21-25')],
    ['offset=24&limit=1', undefined, pci([25], 25, '25-25')],
    ['offset=25', undefined, pci([], 25, '25-25')],
    ['offset=30', undefined, pci([], 25, '30-30')],
    ['offset=0&limit=2', undefined, pci([1, 2], 25, '1-2')],
    ['offset=&limit=', 2, pci([1, 2], 25, '1-2')],
  ])('%j page size %s', (query, pageSize, want) => {
    expect(json(call('pci-list', range(25), query, byName('a1'), pageSize))).toEqual(want);
  });
  it(`defaults to ${PCI_DEFAULT_LIMIT} and caps at ${PCI_MAX_LIMIT}`, () => {
    expect([PCI_DEFAULT_LIMIT, PCI_MAX_LIMIT]).toEqual([10, 1000]);
    const many = range(1001);
    const rows = (query: string, pageSize?: number) =>
      (
        json(call('pci-list', many, query, '', pageSize)) as {
          data: { complianceSummaryList: unknown[]; fetchRange: string };
        }
      ).data;
    expect(rows('limit=1001').fetchRange).toBe('1-1000');
    expect(rows('limit=1000').complianceSummaryList.length).toBe(1000);
    expect(rows('limit=999').fetchRange).toBe('1-999');
    expect(rows('', 5000).fetchRange).toBe('1-1000');
  });
  it('an envelope without data still gets its list', () => {
    const r = jsonAnswer({
      op: 'pci-list',
      shape: PCI,
      collection: new Collection(PCI, [asset(1)], []),
      envelope: { a: 1 },
      params: new URLSearchParams(),
      body: '',
      pageSize: undefined,
    });
    expect(json(r)).toEqual({
      a: 1,
      data: { complianceSummaryList: [{ assetId: 1, name: 'a1' }], totalCount: 1, fetchRange: '1-1' },
    });
  });
  it.each([['limit=0'], ['limit=x'], ['offset=-1'], ['offset=y']])('refuses %j', (query) => {
    expect(call('pci-list', range(3), query)).toEqual({
      ok: false,
      text: 'offset and limit must be integers (limit ≥ 1)',
    });
  });
});
