/**
 * FO API 2.0 lists from a collection (dataset/fo-ops.ts): `ids` lists and ranges, `id_min` /
 * `id_max` (inclusive), `truncation_limit` (0 = no limit, default the page size else 1000), the
 * WARNING 1980 only when a selected record remains (its URL: the request with `id_min` set to
 * that record), the KB and scan-summary rules (no truncation_limit; an `ids` list answered
 * whole; `scan_reference`), the 1905 refusal texts, and `parseIds` bounds.
 */
import { describe, expect, it } from 'vitest';
import { Collection } from '../../../../conformance/mock/dataset/collection.js';
import { xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import {
  FO_DEFAULT_TRUNCATION,
  type FoResult,
  foAnswer,
  MAX_ID_ITEMS,
  parseIds,
} from '../../../../conformance/mock/dataset/fo-ops.js';
import type { FoShape } from '../../../../conformance/mock/dataset/shapes.js';

const HOST: FoShape = {
  kind: 'fo',
  key: 'vm.host.list',
  listTag: 'HOST_LIST',
  recordTag: 'HOST',
  idTag: 'ID',
  kb: false,
};
const KB: FoShape = { kind: 'fo', key: 'kb', listTag: 'VULN_LIST', recordTag: 'VULN', idTag: 'QID', kb: true };
const SCAN: FoShape = {
  kind: 'fo',
  key: 'vm.scan.summary.list',
  listTag: 'L',
  recordTag: 'S',
  idTag: 'SCAN_REFERENCE',
  kb: true,
  reference: { pattern: /^scan\/\d{1,15}\.(\d{1,15})$/, param: 'scan_reference' },
};
const ENV = { prefix: '<R><RESPONSE>', suffix: '</RESPONSE></R>', indent: '' };

const hosts = (ids: number[], shape = HOST) =>
  new Collection(
    shape,
    ids.map((id) => xmlRecord(id, `<H>${id}</H>`)),
    [],
  );

function call(ids: number[], query: string, pageSize?: number, shape = HOST): FoResult {
  return foAnswer({
    shape,
    collection: hosts(ids, shape),
    envelope: ENV,
    params: new URLSearchParams(query),
    path: '/api/2.0/fo/asset/host/',
    baseUrl: 'http://m',
    pageSize,
  });
}

/** The ids answered and the WARNING's limit and URL. */
function read(r: FoResult): { ids: number[]; warning?: string } {
  if (!r.ok) throw new Error(r.text);
  expect(r.answer.status).toBe(200);
  expect(r.answer.headers).toEqual({ 'content-type': 'text/xml;charset=UTF-8' });
  const ids = [...r.answer.body.matchAll(/<H>(\d+)<\/H>/g)].map((m) => Number(m[1]));
  const w =
    /<TEXT>(\d+) record limit exceeded\. Use URL to get next batch of results\.<\/TEXT>\n {2}<URL><!\[CDATA\[(.*?)\]\]><\/URL>/.exec(
      r.answer.body,
    );
  return w ? { ids, warning: `${w[1]} ${w[2]}` } : { ids };
}

const FIVE = [1, 2, 3, 4, 5];
const U = 'http://m/api/2.0/fo/asset/host/?';

describe('foAnswer: truncation', () => {
  it('answers the whole body exactly, with the WARNING after the list', () => {
    const r = call([1, 2], 'truncation_limit=1');
    expect(r).toEqual({
      ok: true,
      answer: {
        status: 200,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body:
          '<R><RESPONSE>\n<HOST_LIST>\n  <H>1</H>\n</HOST_LIST>\n<WARNING>\n  <CODE>1980</CODE>' +
          '\n  <TEXT>1 record limit exceeded. Use URL to get next batch of results.</TEXT>' +
          `\n  <URL><![CDATA[${U}truncation_limit=1&id_min=2]]></URL>\n</WARNING>\n</RESPONSE></R>`,
      },
    });
  });
  it.each([
    ['', undefined, { ids: FIVE }],
    ['', 2, { ids: [1, 2], warning: `2 ${U}id_min=3` }],
    ['truncation_limit=3', 2, { ids: [1, 2, 3], warning: `3 ${U}truncation_limit=3&id_min=4` }],
    ['truncation_limit=%203%20', undefined, { ids: [1, 2, 3], warning: `3 ${U}truncation_limit=+3+&id_min=4` }],
    ['truncation_limit=0', 1, { ids: FIVE }],
    ['truncation_limit=', 4, { ids: [1, 2, 3, 4], warning: `4 ${U}truncation_limit=&id_min=5` }],
    ['truncation_limit=5', undefined, { ids: FIVE }],
    ['truncation_limit=4', undefined, { ids: [1, 2, 3, 4], warning: `4 ${U}truncation_limit=4&id_min=5` }],
    ['id_min=2&truncation_limit=2', undefined, { ids: [2, 3], warning: `2 ${U}id_min=4&truncation_limit=2` }],
    ['id_min=3', undefined, { ids: [3, 4, 5] }],
    ['id_max=3', undefined, { ids: [1, 2, 3] }],
    ['id_min=2&id_max=4', undefined, { ids: [2, 3, 4] }],
    ['id_min=4&id_max=2', undefined, { ids: [] }],
    ['id_max=3&truncation_limit=3', undefined, { ids: [1, 2, 3] }],
    [
      'id_max=4&truncation_limit=3',
      undefined,
      { ids: [1, 2, 3], warning: `3 ${U}id_max=4&truncation_limit=3&id_min=4` },
    ],
    ['ids=1,4-5', undefined, { ids: [1, 4, 5] }],
    ['ids=1,4-5&truncation_limit=1', undefined, { ids: [1], warning: `1 ${U}ids=1%2C4-5&truncation_limit=1&id_min=4` }],
    ['ids=2-4&id_min=3', undefined, { ids: [3, 4] }],
    ['ids=9', undefined, { ids: [] }],
  ])('%j page size %s', (query, pageSize, want) => {
    expect(read(call(FIVE, query, pageSize))).toEqual(want);
  });

  it('starts at the first record at or above id_min, and stops past id_max', () => {
    expect(read(call([10, 20, 30, 40], 'id_min=15&id_max=35'))).toEqual({ ids: [20, 30] });
    expect(read(call([10, 20, 30, 40], 'id_min=20&id_max=30'))).toEqual({ ids: [20, 30] });
    expect(read(call([10, 20, 30, 40], 'id_min=41'))).toEqual({ ids: [] });
  });

  it('defaults to 1000 records a page', () => {
    expect(FO_DEFAULT_TRUNCATION).toBe(1000);
    const many = Array.from({ length: 1001 }, (_, i) => i + 1);
    const r = read(call(many, ''));
    expect(r.ids.length).toBe(1000);
    expect(r.warning).toBe(`1000 ${U}id_min=1001`);
    expect(read(call(many.slice(0, 1000), '')).warning).toBeUndefined();
  });

  it('answers no selected record with the envelope alone', () => {
    expect(call(FIVE, 'id_min=6')).toEqual({
      ok: true,
      answer: {
        status: 200,
        headers: { 'content-type': 'text/xml;charset=UTF-8' },
        body: '<R><RESPONSE>\n</RESPONSE></R>',
      },
    });
  });
});

describe('foAnswer: refusals', () => {
  it.each([
    ['id_min=x', 'id_min and id_max must be integers'],
    ['id_max=-1', 'id_min and id_max must be integers'],
    ['id_min=1.5', 'id_min and id_max must be integers'],
    ['id_min=1234567890123456', 'id_min and id_max must be integers'],
    ['truncation_limit=x', 'truncation_limit must be an integer'],
    ['truncation_limit=-1', 'truncation_limit must be an integer'],
    ['ids=1,x', "ids: invalid id or range 'x'"],
  ])('%j', (query, text) => {
    expect(call(FIVE, query)).toEqual({ ok: false, text });
  });
});

describe('foAnswer: KB and scan summaries', () => {
  it('KB: no truncation_limit; an ids list is answered whole; else the page size', () => {
    expect(read(call(FIVE, 'truncation_limit=x', 2, KB))).toEqual({
      ids: [1, 2],
      warning: `2 ${U}truncation_limit=x&id_min=3`,
    });
    expect(read(call(FIVE, 'truncation_limit=0', 2, KB))).toEqual({
      ids: [1, 2],
      warning: `2 ${U}truncation_limit=0&id_min=3`,
    });
    expect(read(call(FIVE, 'ids=1-5', 1, KB))).toEqual({ ids: FIVE });
    expect(read(call(FIVE, 'ids=', 4, KB))).toEqual({ ids: [1, 2, 3, 4], warning: `4 ${U}ids=&id_min=5` });
  });

  const scans = [10, 20, 30];
  it.each([
    ['scan_reference=scan/1700000000.20', { ids: [20] }],
    ['scan_reference=%20scan/1.30%20', { ids: [30] }],
    ['scan_reference=scan/1.99', { ids: [] }],
    ['scan_reference=nope', { ids: [] }],
    ['scan_reference=&ids=10', { ids: [10] }],
    ['scan_reference=scan/1.20&ids=10', { ids: [20] }],
    ['scan_reference=scan/1.20&ids=x', 'error'],
  ])('scan summaries: %j', (query, want) => {
    const r = call(scans, query, 1, SCAN);
    if (want === 'error') expect(r).toEqual({ ok: false, text: "ids: invalid id or range 'x'" });
    else expect(read(r)).toEqual(want);
  });
  it('a reference param means nothing to a shape without reference', () => {
    expect(read(call(FIVE, 'scan_reference=scan/1.2', 9))).toEqual({ ids: FIVE });
  });
});

describe('parseIds', () => {
  it.each([
    [null, undefined],
    ['', undefined],
    ['  ', undefined],
    ['7', [[7, 7]]],
    [' 7 ', [[7, 7]]],
    [
      '1,5-9,12',
      [
        [1, 1],
        [5, 9],
        [12, 12],
      ],
    ],
    [' 3 - 4 ', "ids: invalid id or range '3 - 4'"],
    ['9-2', [[9, 2]]],
    ['-5', "ids: invalid id or range '-5'"],
    ['5-', "ids: invalid id or range '5-'"],
    ['1-2-3', "ids: invalid id or range '1-2-3'"],
    ['1,,2', "ids: invalid id or range ''"],
    ['a', "ids: invalid id or range 'a'"],
    ['x5-7', "ids: invalid id or range 'x5-7'"],
    ['5x-7', "ids: invalid id or range '5x-7'"],
    ['999999999999999', [[999999999999999, 999999999999999]]],
    ['1000000000000000', "ids: invalid id or range '1000000000000000'"],
    [`${'x'.repeat(50)}`, `ids: invalid id or range '${'x'.repeat(40)}'`],
  ])('%j', (raw, want) => {
    expect(parseIds(raw)).toEqual(want);
  });
  it(`takes at most ${MAX_ID_ITEMS} items`, () => {
    expect(MAX_ID_ITEMS).toBe(10_000);
    const list = (n: number) => Array.from({ length: n }, (_, i) => String(i)).join(',');
    expect((parseIds(list(10_000)) as unknown[]).length).toBe(10_000);
    expect(parseIds(list(10_001))).toBe('ids: at most 10000 items');
  });
});
