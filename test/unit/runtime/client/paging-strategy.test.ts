/**
 * Each paging style's two halves as plain functions (paging-strategy.ts): the request for a
 * cursor, and the next cursor (or the stop) read from one page. Every stop rule is pinned by the
 * page that just stops and the page that just goes on: QPS `hasMoreRecords`/`lastId`, the FO
 * truncation WARNING 1980 and its `id_min`/`id_max`, CSAM 204/empty/`hasMore`/`lastSeenAssetId`,
 * PCI short page, `totalCount` (in `data` or at the top) and the answered `fetchRange`.
 */
import { describe, expect, it } from 'vitest';
import { type PageResult, type PagingStrategy, pagingStrategy } from '../../../../runtime/client/paging-strategy.js';
import { readXmlEnvelope } from '../../../../runtime/client/xml-envelope.js';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
import {
  csamAssetSearchV2,
  pciComplianceSummary,
  vmKbList,
  wasFindingGet,
  wasFindingSearch,
} from '../../../fixtures/client/endpoints.js';

function strategy(endpoint: EndpointModel): PagingStrategy {
  const s = pagingStrategy(endpoint);
  if (s === undefined) throw new Error('no strategy');
  return s;
}

function xmlPage(xml: string, recordCount = 1, status = 200): PageResult {
  return { status, value: undefined, envelope: readXmlEnvelope(xml), recordCount };
}

function jsonPage(value: unknown, recordCount: number, status = 200): PageResult {
  return { status, value, envelope: undefined, recordCount };
}

const NO_REQUEST = { input: {}, extraQuery: {} };

it('an endpoint without paging has no strategy', () => {
  expect(pagingStrategy(wasFindingGet)).toBeUndefined();
});

describe('qps-last-id', () => {
  const s = strategy(wasFindingSearch);
  const qps = (body: string) =>
    xmlPage(`<ServiceResponse><responseCode>SUCCESS</responseCode>${body}</ServiceResponse>`);

  it('the first request is the input unchanged', () => {
    const input = { filters: [{ field: 'name', operator: 'CONTAINS', value: 'x' }] };
    expect(s.request(input, undefined)).toEqual({ input, extraQuery: {} });
  });

  it('a later request replaces only the id GREATER criterion with the cursor', () => {
    const filters = [
      { field: 'id', operator: 'GREATER', value: '1' },
      { field: 'id', operator: 'LESSER', value: '99' },
      { field: 'name', operator: 'GREATER', value: 'm' },
    ];
    expect(s.request({ filters, other: 1 }, '42')).toEqual({
      input: {
        other: 1,
        filters: [
          { field: 'id', operator: 'LESSER', value: '99' },
          { field: 'name', operator: 'GREATER', value: 'm' },
          { field: 'id', operator: 'GREATER', value: '42' },
        ],
      },
      extraQuery: {},
    });
    expect(s.request({}, '7')).toEqual({
      input: { filters: [{ field: 'id', operator: 'GREATER', value: '7' }] },
      extraQuery: {},
    });
  });

  it('goes on only with hasMoreRecords true and a lastId', () => {
    expect(s.next(qps('<hasMoreRecords>true</hasMoreRecords><lastId>17</lastId>'), undefined, NO_REQUEST)).toBe('17');
    expect(
      s.next(qps('<hasMoreRecords>false</hasMoreRecords><lastId>17</lastId>'), undefined, NO_REQUEST),
    ).toBeUndefined();
    expect(s.next(qps('<hasMoreRecords>true</hasMoreRecords>'), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(qps('<lastId>17</lastId>'), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage({ hasMoreRecords: true, lastId: 17 }, 1), undefined, NO_REQUEST)).toBeUndefined();
  });
});

describe('fo-truncation', () => {
  const s = strategy(vmKbList);
  const fo = (warning: string) =>
    xmlPage(
      `<KNOWLEDGE_BASE_VULN_LIST_OUTPUT><RESPONSE><VULN_LIST/>${warning}</RESPONSE></KNOWLEDGE_BASE_VULN_LIST_OUTPUT>`,
    );
  const url = (query: string) =>
    `<WARNING><CODE>1980</CODE><TEXT>limit</TEXT><URL><![CDATA[https://q.example/api/2.0/fo/knowledge_base/vuln/?${query}]]></URL></WARNING>`;

  it('the request adds the cursor parameters to the query', () => {
    expect(s.request({ a: 1 }, undefined)).toEqual({ input: { a: 1 }, extraQuery: {} });
    expect(s.request({ a: 1 }, '{"id_min":"5","id_max":"9"}')).toEqual({
      input: { a: 1 },
      extraQuery: { id_min: '5', id_max: '9' },
    });
  });

  it('goes on with id_min and id_max from the WARNING 1980 URL, and only those', () => {
    expect(s.next(fo(url('action=list&id_min=5')), undefined, NO_REQUEST)).toBe('{"id_min":"5"}');
    expect(s.next(fo(url('action=list&id_max=9&x=1')), undefined, NO_REQUEST)).toBe('{"id_max":"9"}');
    expect(s.next(fo(url('action=list&id_min=5&id_max=9')), undefined, NO_REQUEST)).toBe('{"id_min":"5","id_max":"9"}');
  });

  it('a relative URL is read too', () => {
    const relative = '<WARNING><CODE>1980</CODE><URL>/api/2.0/fo/x/?id_min=3</URL></WARNING>';
    expect(s.next(fo(relative), undefined, NO_REQUEST)).toBe('{"id_min":"3"}');
  });

  it('stops without a 1980 warning, without its URL, or with a URL naming neither id', () => {
    expect(s.next(fo(''), undefined, NO_REQUEST)).toBeUndefined();
    expect(
      s.next(fo('<WARNING><CODE>1981</CODE><URL>https://q.example/?id_min=5</URL></WARNING>'), undefined, NO_REQUEST),
    ).toBeUndefined();
    expect(s.next(fo('<WARNING><CODE>1980</CODE><TEXT>t</TEXT></WARNING>'), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(fo(url('action=list&id=5')), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage({}, 1), undefined, NO_REQUEST)).toBeUndefined();
  });
});

describe('csam-last-seen', () => {
  const s = strategy(csamAssetSearchV2);

  it('the request carries the cursor as lastSeenAssetId', () => {
    expect(s.request({ a: 1 }, undefined)).toEqual({ input: { a: 1 }, extraQuery: {} });
    expect(s.request({ a: 1 }, '77')).toEqual({ input: { a: 1 }, extraQuery: { lastSeenAssetId: '77' } });
  });

  it.each([1, true, '1'])('goes on with hasMore %j and a lastSeenAssetId', (hasMore) => {
    expect(s.next(jsonPage({ hasMore, lastSeenAssetId: 12 }, 3), undefined, NO_REQUEST)).toBe('12');
    expect(s.next(jsonPage({ hasMore, lastSeenAssetId: 0 }, 3), undefined, NO_REQUEST)).toBe('0');
  });

  it.each([0, false, '0', 'true', 2, undefined])('stops with hasMore %j', (hasMore) => {
    expect(s.next(jsonPage({ hasMore, lastSeenAssetId: 12 }, 3), undefined, NO_REQUEST)).toBeUndefined();
  });

  it('stops on 204, on an empty page, and without lastSeenAssetId', () => {
    expect(s.next(jsonPage({ hasMore: 1, lastSeenAssetId: 12 }, 3, 204), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage({ hasMore: 1, lastSeenAssetId: 12 }, 0), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage({ hasMore: 1, lastSeenAssetId: null }, 3), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage({ hasMore: 1 }, 3), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage(null, 3), undefined, NO_REQUEST)).toBeUndefined();
    expect(s.next(jsonPage('hasMore', 3), undefined, NO_REQUEST)).toBeUndefined();
  });
});

describe('offset-limit', () => {
  const s = strategy(pciComplianceSummary);
  const req = (offset: number, limit: number) => ({
    input: {},
    extraQuery: { offset: String(offset), limit: String(limit) },
  });
  const next = (value: unknown, count: number, offset: number, limit: number) =>
    s.next(jsonPage(value, count), String(offset), req(offset, limit));

  it('the request sends offset and limit: the input, else 0 and the endpoint maximum, else 100', () => {
    expect(s.request({ limit: 4 }, undefined)).toEqual({
      input: { limit: 4 },
      extraQuery: { offset: '0', limit: '4' },
    });
    expect(s.request({ offset: 8 }, undefined).extraQuery).toEqual({ offset: '8', limit: '1000' });
    expect(s.request({ offset: 8 }, '12').extraQuery).toEqual({ offset: '12', limit: '1000' });
    const noMax: EndpointModel = { ...pciComplianceSummary, pagination: { style: 'offset-limit' } };
    expect(strategy(noMax).request({}, undefined).extraQuery).toEqual({ offset: '0', limit: '100' });
  });

  it('a full page goes on at offset + records; a short or empty page stops', () => {
    expect(next({ data: {} }, 4, 8, 4)).toBe('12');
    expect(next({ data: {} }, 3, 8, 4)).toBeUndefined();
    expect(next({ data: {} }, 0, 8, 4)).toBeUndefined();
    expect(next({ data: {} }, 0, 8, 0)).toBeUndefined();
  });

  it('totalCount (in data or at the top) stops exactly when the next offset reaches it', () => {
    expect(next({ data: { totalCount: 12 } }, 4, 8, 4)).toBeUndefined();
    expect(next({ data: { totalCount: 11 } }, 4, 8, 4)).toBeUndefined();
    expect(next({ data: { totalCount: 13 } }, 4, 8, 4)).toBe('12');
    expect(next({ totalCount: 12, data: {} }, 4, 8, 4)).toBeUndefined();
    expect(next({ totalCount: 13 }, 4, 8, 4)).toBe('12');
    expect(next({ data: { totalCount: 13 }, totalCount: 12 }, 4, 8, 4)).toBe('12');
    expect(next({ data: { totalCount: '12' } }, 4, 8, 4)).toBe('12');
  });

  it('the next offset follows the answered fetchRange', () => {
    expect(next({ data: { fetchRange: '1-4' } }, 4, 8, 4)).toBe('4');
    expect(next({ data: { fetchRange: '21-24' } }, 4, 8, 4)).toBe('24');
    expect(next({ data: { fetchRange: '9-12', totalCount: 12 } }, 4, 8, 4)).toBeUndefined();
  });

  it.each([
    ['not a string', 5],
    ['no dash', '21'],
    ['nothing before the dash', '-24'],
    ['a non-digit', '2a-24'],
    ['a non-digit below 0', '2/-24'],
    ['a non-digit above 9', '2:-24'],
    ['zero', '0-4'],
    ['too large', `${'9'.repeat(20)}-1`],
    ['past 2^53 (17 digits)', '10000000000000000-1'],
  ])('a fetchRange that names no start (%s) leaves the requested offset', (_name, fetchRange) => {
    expect(next({ data: { fetchRange } }, 4, 8, 4)).toBe('12');
  });

  it('a fetchRange starting at 1 or at a large safe number is read', () => {
    expect(next({ data: { fetchRange: '1-' } }, 4, 8, 4)).toBe('4');
    expect(next({ data: { fetchRange: '900719925474099-1' } }, 4, 8, 4)).toBe(String(900719925474098 + 4));
  });
});
