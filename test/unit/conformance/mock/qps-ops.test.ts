/**
 * QPS REST calls from a collection (dataset/qps-ops.ts): search with Criteria, `startFromId`,
 * `startFromOffset` (1-based) and `limitResults` (default the page size else 100, at most 1000),
 * `count`/`hasMoreRecords`/`lastId` on every page boundary; count; get (NOT_FOUND at HTTP 200);
 * create/update/delete changing the collection (the `<data>` record laid over the record's own
 * elements), refused under --read-only; and the INVALID_REQUEST body. Whole bodies compared.
 */
import { describe, expect, it } from 'vitest';
import { Collection } from '../../../../conformance/mock/dataset/collection.js';
import { type DataRecord, xmlRecord } from '../../../../conformance/mock/dataset/data-record.js';
import { QPS_DEFAULT_LIMIT, QPS_MAX_LIMIT, qpsAnswer, qpsError } from '../../../../conformance/mock/dataset/qps-ops.js';
import type { Operation, QpsShape } from '../../../../conformance/mock/dataset/shapes.js';

const SHAPE: QpsShape = { kind: 'qps', key: 'am/tag', version: '2.0', module: 'am', resource: 'tag' };
const LOC = 'http://m/qps/xsd/2.0/am/tag.xsd';
const tag = (id: number) => xmlRecord(id, `<Tag><id>${id}</id><name>t${id}</name><color>c${id}</color></Tag>`);
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const xmlOf = (r: DataRecord | undefined) => (r?.kind === 'xml' ? r.xml : undefined);
const tags = (ids: number[]) => new Collection(SHAPE, ids.map(tag), [tag(1)]);

function ask(
  op: Operation,
  c: Collection,
  body = '',
  o: { pathId?: string; pageSize?: number; readOnly?: boolean } = {},
) {
  return qpsAnswer({
    op,
    shape: SHAPE,
    collection: c,
    recordTag: 'Tag',
    pathId: o.pathId,
    body,
    baseUrl: 'http://m',
    pageSize: o.pageSize,
    readOnly: o.readOnly ?? false,
  });
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  `<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="${LOC}">\n` +
  '  <responseCode>SUCCESS</responseCode>\n';
const ok = (body: string) => ({ status: 200, headers: { 'content-type': 'application/xml' }, body });

/** count, hasMoreRecords, lastId and the record ids of a search answer. */
function read(a: { status: number; body: string }) {
  expect(a.status).toBe(200);
  const get = (t: string) => new RegExp(`<${t}>([^<]*)</${t}>`).exec(a.body)?.[1];
  return {
    count: get('count'),
    more: get('hasMoreRecords'),
    lastId: get('lastId'),
    ids: [...a.body.matchAll(/<Tag><id>(\d+)<\/id>/g)].map((m) => Number(m[1])),
  };
}
const prefs = (p: string) => `<ServiceRequest><preferences>${p}</preferences></ServiceRequest>`;

describe('qpsAnswer: search', () => {
  it('answers a page exactly', () => {
    expect(ask('search', tags([1, 2, 3]), prefs('<limitResults>2</limitResults>'))).toEqual(
      ok(
        `${HEAD}  <count>2</count>\n  <hasMoreRecords>true</hasMoreRecords>\n  <lastId>2</lastId>\n  <data>\n` +
          '    <Tag><id>1</id><name>t1</name><color>c1</color></Tag>\n' +
          '    <Tag><id>2</id><name>t2</name><color>c2</color></Tag>\n  </data>\n</ServiceResponse>\n',
      ),
    );
  });
  it.each([
    ['', undefined, { count: '5', more: 'false', lastId: undefined, ids: range(5) }],
    ['', 2, { count: '2', more: 'true', lastId: '2', ids: [1, 2] }],
    [prefs('<limitResults>3</limitResults>'), 2, { count: '3', more: 'true', lastId: '3', ids: [1, 2, 3] }],
    [
      prefs('<limitResults>5</limitResults>'),
      undefined,
      { count: '5', more: 'false', lastId: undefined, ids: range(5) },
    ],
    [prefs('<limitResults>4</limitResults>'), undefined, { count: '4', more: 'true', lastId: '4', ids: [1, 2, 3, 4] }],
    [
      prefs('<startFromOffset>3</startFromOffset><limitResults>2</limitResults>'),
      undefined,
      { count: '2', more: 'true', lastId: '4', ids: [3, 4] },
    ],
    [
      prefs('<startFromOffset>4</startFromOffset><limitResults>2</limitResults>'),
      undefined,
      { count: '2', more: 'false', lastId: undefined, ids: [4, 5] },
    ],
    [
      prefs('<startFromOffset>1</startFromOffset><limitResults>1</limitResults>'),
      undefined,
      { count: '1', more: 'true', lastId: '1', ids: [1] },
    ],
    [
      prefs('<startFromOffset>6</startFromOffset>'),
      undefined,
      { count: '0', more: 'false', lastId: undefined, ids: [] },
    ],
    [
      prefs('<startFromId>3</startFromId>'),
      undefined,
      { count: '3', more: 'false', lastId: undefined, ids: [3, 4, 5] },
    ],
    [
      prefs('<startFromId>2</startFromId><limitResults>2</limitResults>'),
      undefined,
      { count: '2', more: 'true', lastId: '3', ids: [2, 3] },
    ],
    [
      prefs('<startFromId>2</startFromId><startFromOffset>2</startFromOffset>'),
      undefined,
      { count: '3', more: 'false', lastId: undefined, ids: [3, 4, 5] },
    ],
    [
      '<ServiceRequest><filters><Criteria field="id" operator="GREATER">2</Criteria></filters><preferences><limitResults>2</limitResults></preferences></ServiceRequest>',
      undefined,
      { count: '2', more: 'true', lastId: '4', ids: [3, 4] },
    ],
    [
      '<ServiceRequest><filters><Criteria field="name" operator="EQUALS">t9</Criteria></filters></ServiceRequest>',
      undefined,
      { count: '0', more: 'false', lastId: undefined, ids: [] },
    ],
  ])('%j page size %s', (body, pageSize, want) => {
    expect(read(ask('search', tags(range(5)), body, pageSize === undefined ? {} : { pageSize }))).toEqual(want);
  });
  it('starts from the first id at or above startFromId', () => {
    expect(read(ask('search', tags([10, 20, 30]), prefs('<startFromId>15</startFromId>'))).ids).toEqual([20, 30]);
  });
  it('answers an empty page without data', () => {
    expect(ask('search', tags([]))).toEqual(
      ok(`${HEAD}  <count>0</count>\n  <hasMoreRecords>false</hasMoreRecords>\n</ServiceResponse>\n`),
    );
  });
  it(`defaults to ${QPS_DEFAULT_LIMIT} and caps at ${QPS_MAX_LIMIT}`, () => {
    expect([QPS_DEFAULT_LIMIT, QPS_MAX_LIMIT]).toEqual([100, 1000]);
    expect(read(ask('search', tags(range(101)))).lastId).toBe('100');
    expect(read(ask('search', tags(range(100)))).more).toBe('false');
    const many = tags(range(1001));
    expect(read(ask('search', many, prefs('<limitResults>1001</limitResults>'))).lastId).toBe('1000');
    expect(read(ask('search', many, '', { pageSize: 5000 })).count).toBe('1000');
    expect(read(ask('search', many, prefs('<limitResults>999</limitResults>'))).lastId).toBe('999');
  });
  it('refuses a malformed request with INVALID_REQUEST', () => {
    expect(ask('search', tags([1]), '<ServiceRequest>')).toEqual(
      qpsError(LOC, 400, 'INVALID_REQUEST', 'Malformed ServiceRequest: unclosed element <ServiceRequest>'),
    );
  });
});

describe('qpsAnswer: count and get', () => {
  it('count: the number a search finds, no page', () => {
    const c = '<ServiceRequest><filters><Criteria field="id" operator="LESSER">4</Criteria></filters></ServiceRequest>';
    expect(ask('count', tags(range(5)), c, { pageSize: 1 })).toEqual(
      ok(`${HEAD}  <count>3</count>\n</ServiceResponse>\n`),
    );
    expect(ask('count', tags(range(150)))).toEqual(ok(`${HEAD}  <count>150</count>\n</ServiceResponse>\n`));
  });
  it('get: the record, whatever the body', () => {
    expect(ask('get', tags(range(3)), '<broken', { pathId: '2' })).toEqual(
      ok(
        `${HEAD}  <count>1</count>\n  <data>\n    <Tag><id>2</id><name>t2</name><color>c2</color></Tag>\n  </data>\n</ServiceResponse>\n`,
      ),
    );
  });
  it.each([['9'], ['x'], [' 2'], ['1234567890123456']])('get: NOT_FOUND for %j', (pathId) => {
    expect(ask('get', tags(range(3)), '', { pathId })).toEqual(
      qpsError(LOC, 200, 'NOT_FOUND', `Tag with id ${pathId} not found`),
    );
  });
  it('get without an id', () => {
    expect(ask('get', tags(range(3)))).toEqual(qpsError(LOC, 200, 'NOT_FOUND', 'Tag with id  not found'));
  });
});

const data = (inner: string) => `<ServiceRequest><data><Tag>${inner}</Tag></data></ServiceRequest>`;

describe('qpsAnswer: writes', () => {
  it('create: the next id, from the first template, with the given elements laid over', () => {
    const c = tags([1, 7]);
    const a = ask('create', c, data('<color>red &amp; blue</color><id>99</id><other>z</other><name>n</name>'));
    const fresh = '<Tag><id>8</id><name>n</name><color>red &amp; blue</color></Tag>';
    expect(a).toEqual(ok(`${HEAD}  <count>1</count>\n  <data>\n    ${fresh}\n  </data>\n</ServiceResponse>\n`));
    expect(c.size).toBe(3);
    expect(xmlOf(c.get(8))).toBe(fresh);
  });
  it('create without data copies the template; a template without <id> is kept as is', () => {
    const c = tags([3]);
    ask('create', c);
    expect(c.all().map((r) => (r.kind === 'xml' ? r.xml : ''))).toEqual([
      '<Tag><id>3</id><name>t3</name><color>c3</color></Tag>',
      '<Tag><id>4</id><name>t1</name><color>c1</color></Tag>',
    ]);
    const bare = new Collection(SHAPE, [], [xmlRecord(1, '<Tag><name>x</name></Tag>')]);
    ask('create', bare);
    expect(bare.all().map((r) => [r.id, r.kind === 'xml' ? r.xml : ''])).toEqual([[1, '<Tag><name>x</name></Tag>']]);
  });
  it('update: lays the data over the record and answers its id only', () => {
    const c = tags(range(3));
    expect(ask('update', c, data('<name>new</name><color>blue</color>'), { pathId: '2' })).toEqual(
      ok(`${HEAD}  <count>1</count>\n  <data>\n    <Tag><id>2</id></Tag>\n  </data>\n</ServiceResponse>\n`),
    );
    expect(xmlOf(c.get(2))).toBe('<Tag><id>2</id><name>new</name><color>blue</color></Tag>');
    expect(ask('update', c, data('<name>x</name>'), { pathId: '4' })).toEqual(
      qpsError(LOC, 200, 'NOT_FOUND', 'Tag with id 4 not found'),
    );
  });
  it('delete: removes the record (the body is not read)', () => {
    const c = tags(range(3));
    expect(ask('delete', c, '<broken', { pathId: '3' })).toEqual(
      ok(`${HEAD}  <count>1</count>\n  <data>\n    <Tag><id>3</id></Tag>\n  </data>\n</ServiceResponse>\n`),
    );
    expect(c.all().map((r) => r.id)).toEqual([1, 2]);
    expect(ask('delete', c, '', { pathId: '3' })).toEqual(qpsError(LOC, 200, 'NOT_FOUND', 'Tag with id 3 not found'));
  });
  it.each([['create'], ['update'], ['delete']] as const)(
    '%s under --read-only: 403 UNAUTHORIZED, nothing changed',
    (op) => {
      const c = tags(range(2));
      expect(ask(op, c, data('<name>z</name>'), { pathId: '1', readOnly: true })).toEqual(
        qpsError(LOC, 403, 'UNAUTHORIZED', 'The mock serves a read-only dataset (--read-only): writes are refused'),
      );
      expect(c.all().map((r) => (r.kind === 'xml' ? r.xml : ''))).toEqual([tag(1).xml, tag(2).xml]);
    },
  );
  it('an operation that is not a QPS call', () => {
    expect(ask('fo-list', tags([1]))).toEqual(
      qpsError(LOC, 400, 'INVALID_REQUEST', 'operation fo-list is not a QPS call'),
    );
  });
});

describe('qpsError', () => {
  it('writes the whole ServiceResponse, escaped', () => {
    expect(qpsError('l&<>', 418, 'C', 'm & <x>')).toEqual({
      status: 418,
      headers: { 'content-type': 'application/xml' },
      body:
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<ServiceResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="l&amp;&lt;&gt;">\n' +
        '  <responseCode>C</responseCode>\n  <responseErrorDetails>\n    <errorMessage>m &amp; &lt;x&gt;</errorMessage>\n' +
        '  </responseErrorDetails>\n</ServiceResponse>\n',
    });
  });
});
