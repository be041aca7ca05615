/**
 * Seeding the mock's dataset (dataset/dataset.ts) against the real specs: which endpoints share
 * a collection, the templates read from their valid 2xx examples (QPS by record tag, FO by list
 * and id element, CSAM by assetId, PCI by position), copies up to `records`, the schema check
 * that drops a template whose page does not validate, the schema-generated fallback, the cache
 * (seeded once, failures too), and the JSON row helpers.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, jsonRows, withRows } from '../../../../conformance/mock/dataset/dataset.js';
import { createMockContext } from '../../../../conformance/mock/mock-context.js';
import type { IrDocument } from '../../../../generator/ir/ir-document.js';
import type { IrEndpoint, IrExample } from '../../../../generator/ir/ir-endpoint.js';
import { loadIrDocument } from '../../../../generator/load/load-ir.js';
import { repoRoot } from '../helpers.js';
import { example, SR, scriptedDataset, TAG } from './dataset-fixture.js';

const SPECS = path.join(repoRoot, 'specs');
let doc: IrDocument;
beforeAll(async () => {
  doc = await loadIrDocument(SPECS);
});
const endpoint = (id: string): IrEndpoint => doc.endpoints.find((e) => e.id === id)!;
const ids = (d: Dataset, id: string) =>
  d
    .collectionFor(endpoint(id))
    ?.seeded.collection.all()
    .map((r) => r.id);

describe('Dataset from the spec examples', () => {
  it('seeds each collection from its endpoints examples, templates first, then copies', async () => {
    const ctx = await createMockContext(doc, SPECS, { records: 6 });
    const tags = ctx.dataset.collectionFor(endpoint('am.tag.search'))!;
    expect(tags.binding.op).toBe('search');
    expect(tags.seeded.recordTag).toBe('Tag');
    expect(tags.seeded.collection.templates.map((t) => t.id)).toEqual([7830911, 7830871, 7830910]);
    expect(ids(ctx.dataset, 'am.tag.search')).toEqual([7830871, 7830910, 7830911, 7830912, 7830913, 7830914]);
    expect(ctx.dataset.collectionFor(endpoint('am.tag.get'))?.seeded).toBe(tags.seeded);
    expect(ctx.dataset.collectionFor(endpoint('am.tag.delete'))?.binding.op).toBe('delete');
    expect(ctx.dataset.collectionFor(endpoint('am.tag.search'))?.seeded).toBe(tags.seeded);
    expect(ids(ctx.dataset, 'vm.host.list')).toEqual([92661485, 92662027, 92662028, 92662029, 92662030, 92662031]);
    expect(ids(ctx.dataset, 'vm.scan.summary.list')).toEqual([12345, 24680, 24681, 24682, 24683, 24684]);
    expect(ids(ctx.dataset, 'csam.asset.get.v1')).toEqual([28975144, 28977361, 28977362, 28977363, 28977364, 28977365]);
    expect(
      ctx.dataset.collectionFor(endpoint('pci.compliance.summary'))?.seeded.collection.templates.map((t) => t.id),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
  it('keeps what each family answers from', async () => {
    const ctx = await createMockContext(doc, SPECS, { records: 2 });
    const fo = ctx.dataset.collectionFor(endpoint('vm.host.list'))!.seeded;
    expect(
      fo.foEnvelope?.prefix.startsWith('<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE HOST_LIST_OUTPUT SYSTEM'),
    ).toBe(true);
    expect([fo.recordTag, fo.jsonEnvelope]).toEqual([undefined, undefined]);
    const csam = ctx.dataset.collectionFor(endpoint('csam.asset.search.v2'))!.seeded;
    expect(Object.keys(csam.jsonEnvelope ?? {})).toEqual([
      'responseMessage',
      'count',
      'responseCode',
      'lastSeenAssetId',
      'hasMore',
      'assetListData',
    ]);
    expect(csam.foEnvelope).toBeUndefined();
    expect(ids(ctx.dataset, 'csam.asset.search.v2')).toEqual([28975144, 28977361]);
  });
  it('leaves endpoints outside any collection to their examples', async () => {
    const ctx = await createMockContext(doc, SPECS, { records: 2 });
    expect(ctx.dataset.collectionFor(endpoint('vm.session.login'))).toBeUndefined();
  });
  it('an empty collection is still a collection', async () => {
    const ctx = await createMockContext(doc, SPECS, { records: 0 });
    expect(ids(ctx.dataset, 'am.tag.search')).toEqual([]);
  });
});

const dataset = (bodies: Record<string, [IrExample, string][]>, generated: string[] = [], records = 4) =>
  scriptedDataset(doc, bodies, generated, records);

describe('Dataset: seeding rules (QPS tags)', () => {
  it('reads records by id, skipping unreadable ones, duplicates and non-SUCCESS bodies', () => {
    const { d, calls } = dataset({
      'am.tag.search': [
        [example('a'), SR(TAG('5') + TAG('x') + TAG('5') + TAG('1234567890123456') + TAG(' 3 '))],
        [example('b'), SR(TAG('9'), 'NOT_FOUND')],
        [example('c', 404), SR(TAG('10'))],
        [example('d', 200, 'invalid'), SR(TAG('11'))],
        [example('e'), SR(TAG('12'), 'SUCCESS', 'Other')],
        [example('f'), '<broken'],
      ],
      'am.tag.get': [[example('g'), SR(TAG('7'))]],
      'am.tag.count': [[example('h'), SR(TAG('100'))]],
    });
    expect(ids(d, 'am.tag.search')).toEqual([3, 5, 7, 8]);
    expect(calls).toEqual([]);
  });
  it('drops a template whose page does not validate', () => {
    const { d } = dataset(
      { 'am.tag.search': [[example('a'), SR(TAG('5') + TAG('6', '<created>x</created>'))]] },
      [],
      3,
    );
    expect(d.collectionFor(endpoint('am.tag.search'))?.seeded.collection.templates.map((t) => t.id)).toEqual([5]);
    expect(ids(d, 'am.tag.search')).toEqual([5, 6, 7]);
  });
  it('takes the record tag found most often', () => {
    const { d, calls } = dataset(
      { 'am.tag.search': [[example('a'), SR(`${TAG('1')}<Other><id>2</id></Other><Other><id>3</id></Other>`)]] },
      ['<nothing/>'],
    );
    expect(d.collectionFor(endpoint('am.tag.search'))).toBeUndefined();
    expect(calls).toEqual(['am.tag.search 200']);
    const { d: d2 } = dataset({
      'am.tag.search': [[example('a'), SR(`${TAG('1')}${TAG('4')}<Other><id>2</id></Other>`)]],
    });
    expect(ids(d2, 'am.tag.search')).toEqual([1, 4, 5, 6]);
  });
  it('falls back on the schema-generated body of the list endpoint, once', () => {
    const { d, calls } = dataset({}, [SR(TAG('40'))], 2);
    expect(ids(d, 'am.tag.get')).toEqual([40, 41]);
    expect(ids(d, 'am.tag.search')).toEqual([40, 41]);
    expect(calls).toEqual(['am.tag.search 200']);
  });
  it('remembers a collection it could not seed', () => {
    const { d, calls } = dataset({ 'am.tag.search': [[example('a'), SR(TAG('1', '<created>x</created>'))]] }, [
      '<nothing/>',
    ]);
    expect(d.collectionFor(endpoint('am.tag.search'))).toBeUndefined();
    expect(d.collectionFor(endpoint('am.tag.get'))).toBeUndefined();
    expect(calls).toEqual(['am.tag.search 200']);
  });
});

describe('jsonRows and withRows', () => {
  const CSAM = { kind: 'csam', key: 'csam/asset' } as const;
  const PCI = { kind: 'pci', key: 'pci/compliance' } as const;
  it('finds the rows of each family', () => {
    expect(jsonRows(CSAM, { assetListData: { asset: [1, 2] } })).toEqual([1, 2]);
    expect(jsonRows(CSAM, { data: { complianceSummaryList: [1] } })).toBeUndefined();
    expect(jsonRows(CSAM, { assetListData: { asset: {} } })).toBeUndefined();
    expect(jsonRows(PCI, { data: { complianceSummaryList: [3] } })).toEqual([3]);
    expect(jsonRows(PCI, { assetListData: { asset: [1] } })).toBeUndefined();
    expect(jsonRows(PCI, null)).toBeUndefined();
    expect(jsonRows(PCI, 5)).toBeUndefined();
    expect(jsonRows(PCI, {})).toBeUndefined();
  });
  it('replaces the rows, keeping the rest of the envelope', () => {
    const rows = [
      { kind: 'json' as const, id: 1, json: { a: 1 } },
      {
        kind: 'xml' as const,
        id: 2,
        xml: '<x/>',
        tree: { name: 'x', attrs: {}, children: [], text: '', start: 0, end: 4 },
      },
    ];
    expect(withRows(CSAM, { k: 1, assetListData: { asset: [], other: 2 } }, rows)).toEqual({
      k: 1,
      assetListData: { asset: [{ a: 1 }, {}] },
    });
    expect(withRows(PCI, { k: 1, data: { complianceSummaryList: [], n: 2 } }, rows)).toEqual({
      k: 1,
      data: { complianceSummaryList: [{ a: 1 }, {}], n: 2 },
    });
    expect(withRows(PCI, {}, [])).toEqual({ data: { complianceSummaryList: [] } });
  });
});
