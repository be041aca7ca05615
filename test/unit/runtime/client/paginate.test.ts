/**
 * The paging iterator (paginate.ts) over an in-memory page source: the advance check that stops
 * a server repeating or going back (decimal ids must grow; other cursors must not repeat,
 * including the cursor paging resumed from), the message naming the page and the cursor (cut at
 * 100 characters), cursors (encode/decode), and the record path helpers.
 */
import { describe, expect, it } from 'vitest';
import type { PageSource, RawResult, StreamedResult } from '../../../../runtime/client/page-source.js';
import { decodeCursor, encodeCursor, paginate, recordsAt, withRecords } from '../../../../runtime/client/paginate.js';
import { QualysError, QualysPagingError } from '../../../../runtime/client/qualys-error.js';
import { Redactor } from '../../../../runtime/client/redact.js';
import type { EndpointModel } from '../../../../runtime/endpoint-model.js';
import { csamAssetSearchV2, pciComplianceSummary } from '../../../fixtures/client/endpoints.js';

/** A page source answering CSAM pages: each answer gives `hasMore: 1` and the next lastSeenAssetId of `lasts`. */
function csamSource(lasts: (string | number)[]): { source: PageSource; queries: Record<string, string>[] } {
  const queries: Record<string, string>[] = [];
  const source = {
    exchangePage: async (_e: unknown, _i: unknown, extraQuery: Record<string, string>): Promise<RawResult> => {
      queries.push(extraQuery);
      const last = lasts[queries.length - 1];
      const value =
        last === undefined
          ? { hasMore: 0, assetListData: { asset: [] } }
          : { hasMore: 1, lastSeenAssetId: last, assetListData: { asset: [{ assetId: queries.length }] } };
      return { status: 200, headers: {}, value, envelope: undefined };
    },
  } as unknown as PageSource;
  return { source, queries };
}

async function drain(iterable: AsyncIterable<unknown>): Promise<{ records: unknown[]; error: unknown }> {
  const records: unknown[] = [];
  try {
    for await (const r of iterable) records.push(r);
    return { records, error: undefined };
  } catch (error) {
    return { records, error };
  }
}

describe('the advance check', () => {
  it('decimal ids that grow page on, including past 2^53 and across lengths', async () => {
    const { source, queries } = csamSource(['9', '10', '9007199254740993', '9007199254740994']);
    const { records, error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect(error).toBeUndefined();
    expect(records).toHaveLength(4);
    expect(queries.map((q) => q.lastSeenAssetId)).toEqual([
      undefined,
      '9',
      '10',
      '9007199254740993',
      '9007199254740994',
    ]);
  });

  it('a decimal id that goes back stops, with the page number and the cursor in the message', async () => {
    const { source, queries } = csamSource(['20', '30', '25']);
    const { records, error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect(error).toBeInstanceOf(QualysPagingError);
    expect((error as QualysPagingError).cursor).toBe('25');
    expect((error as Error).message).toBe(
      'csam.asset.search.v2: paging does not advance: after page 3 the next csam-last-seen cursor 25 repeats or goes back; stopped',
    );
    expect((error as QualysError).endpoint).toBe(csamAssetSearchV2.id);
    expect(records).toHaveLength(3);
    expect(queries).toHaveLength(3);
  });

  it('an id equal to the last one stops (never requested twice)', async () => {
    const { source, queries } = csamSource(['20', '20']);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect((error as QualysPagingError).cursor).toBe('20');
    expect((error as Error).message).toContain('after page 2 ');
    expect(queries).toHaveLength(2);
  });

  it('ids that are not decimal (letters, empty, over 40 digits) are only checked for repeats', async () => {
    const long = '1'.repeat(41);
    const { source, queries } = csamSource(['b', 'a', '5', long, '3', '']);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect(error).toBeUndefined();
    expect(queries.map((q) => q.lastSeenAssetId)).toEqual([undefined, 'b', 'a', '5', long, '3', '']);
  });

  it('a decimal id is up to 40 digits; a 40-digit id that goes back stops', async () => {
    const { source } = csamSource([`2${'0'.repeat(39)}`, `1${'0'.repeat(39)}`]);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect((error as QualysPagingError).cursor).toBe(`1${'0'.repeat(39)}`);
  });

  it('only 0-9 are decimal digits: 9 counts, a sign or a space does not', async () => {
    const nine = csamSource(['19', '9']);
    expect(((await drain(paginate(nine.source, csamAssetSearchV2, {}, {}))).error as QualysPagingError).cursor).toBe(
      '9',
    );
    for (const lasts of [
      ['-5', '-6'],
      ['/5', '/4'],
      [' 5', ' 4'],
    ]) {
      const { source, queries } = csamSource(lasts);
      const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
      expect(error, lasts[0]).toBeUndefined();
      expect(queries).toHaveLength(3);
    }
  });

  it('the same id spelt with leading zeros does not advance', async () => {
    const { source } = csamSource(['7', '007']);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect((error as QualysPagingError).cursor).toBe('007');
  });

  it('a repeat of an earlier non-decimal cursor stops', async () => {
    const { source } = csamSource(['a', 'b', 'a']);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect((error as QualysPagingError).cursor).toBe('a');
  });

  it('the cursor paging resumed from counts as used, and must be exceeded', async () => {
    const again = csamSource(['x']);
    const r1 = await drain(
      paginate(again.source, csamAssetSearchV2, { cursor: encodeCursor('csam-last-seen', 'x') }, {}),
    );
    expect((r1.error as QualysPagingError).cursor).toBe('x');
    expect((r1.error as Error).message).toContain('after page 2 ');
    const back = csamSource(['40']);
    const r2 = await drain(
      paginate(back.source, csamAssetSearchV2, { cursor: encodeCursor('csam-last-seen', '50') }, {}),
    );
    expect((r2.error as QualysPagingError).cursor).toBe('40');
    expect(back.queries).toEqual([{ lastSeenAssetId: '50' }]);
  });

  it('offset cursors are only checked for repeats (a smaller offset is not going back)', async () => {
    const offsets: string[] = [];
    const ranges = ['11-12', '1-2', '5-6'];
    const source = {
      exchangePage: async (_e: unknown, _i: unknown, q: Record<string, string>): Promise<RawResult> => {
        offsets.push(q.offset!);
        const range = ranges[offsets.length - 1];
        const list = range === undefined ? [] : [{ id: 1 }, { id: 2 }];
        return {
          status: 200,
          headers: {},
          value: { data: { fetchRange: range, complianceSummaryList: list } },
          envelope: undefined,
        };
      },
    } as unknown as PageSource;
    const { error } = await drain(paginate(source, pciComplianceSummary, { limit: 2 }, {}));
    expect(error).toBeUndefined();
    expect(offsets).toEqual(['0', '12', '2', '6']);
  });

  it('a long repeated cursor is cut at 100 characters in the message, whole in the error', async () => {
    const long = `z${'y'.repeat(150)}`;
    const { source } = csamSource([long, long]);
    const { error } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect((error as QualysPagingError).cursor).toBe(long);
    expect((error as Error).message).toContain(` cursor ${long.slice(0, 100)}… repeats`);
    const exact = 'w'.repeat(100);
    const { source: s2 } = csamSource([exact, exact]);
    const r = await drain(paginate(s2, csamAssetSearchV2, {}, {}));
    expect((r.error as Error).message).toContain(` cursor ${exact} repeats`);
  });

  it('pages() gives each page with the cursor of the next, undefined on the last', async () => {
    const { source } = csamSource(['7']);
    const pages = [];
    for await (const page of paginate(source, csamAssetSearchV2, {}, {}).pages()) pages.push(page);
    expect(pages.map((p) => p.records.length)).toEqual([1, 0]);
    expect(decodeCursor('csam-last-seen', pages[0]!.next!, 'e')).toBe('7');
    expect(pages[1]!.next).toBeUndefined();
  });
});

it('return() ends the iteration: {done: true}, and no page is asked for after it', async () => {
  const { source, queries } = csamSource(['1', '2', '3']);
  const it = paginate(source, csamAssetSearchV2, {}, {})[Symbol.asyncIterator]();
  expect((await it.next()).done).toBe(false);
  expect(await it.return!()).toEqual({ done: true, value: undefined });
  expect(await it.next()).toEqual({ done: true, value: undefined });
  expect(queries).toHaveLength(1);
});

describe('a streamed page', () => {
  /** Page 1 is streamed (`perChunk` records per chunk, envelope pointing at page 2); page 2 is decoded text. */
  function streamedSource(perChunk = 1): PageSource {
    let calls = 0;
    return {
      options: { validation: 'off' },
      redactor: new Redactor(),
      decoder: {
        xml: () => ({ value: undefined, issues: [] }),
        json: () => [],
        xmlRecords: (_ref: unknown, _path: unknown, onRecord: (r: unknown) => void) => ({
          errorCount: 0,
          stopped: false,
          write: (chunk: Uint8Array) => {
            for (let k = 0; k < perChunk; k++) onRecord({ assetId: chunk[0]! * 10 ** (perChunk > 1 ? 1 : 0) + k });
          },
          end: () => ({ issues: [], root: 'R', envelope: { hasMore: 1, lastSeenAssetId: 2 } }),
        }),
      },
      report: () => undefined,
      exchangePage: async (): Promise<RawResult | StreamedResult> => {
        calls++;
        if (calls === 1) {
          async function* chunks() {
            yield Uint8Array.of(1);
            yield Uint8Array.of(2);
          }
          return {
            status: 200,
            headers: {},
            chunks: chunks(),
            schema: { schema: 's', root: 'R', format: 'xsd' },
            url: 'u',
          };
        }
        return { status: 200, headers: {}, value: { hasMore: 0, assetListData: { asset: [] } }, envelope: undefined };
      },
    } as unknown as PageSource;
  }

  it('yields its records and pages on from its envelope; pages() puts the records back into its response', async () => {
    expect((await drain(paginate(streamedSource(), csamAssetSearchV2, {}, {}))).records).toEqual([
      { assetId: 1 },
      { assetId: 2 },
    ]);
    const pages = [];
    for await (const page of paginate(streamedSource(), csamAssetSearchV2, {}, {}).pages()) pages.push(page);
    expect(pages[0]!.records).toEqual([{ assetId: 1 }, { assetId: 2 }]);
    expect(pages[0]!.response).toEqual({
      hasMore: 1,
      lastSeenAssetId: 2,
      assetListData: { asset: [{ assetId: 1 }, { assetId: 2 }] },
    });
    expect(pages).toHaveLength(2);
  });

  it('next() calls made before the previous one settled each get the next record, none lost', async () => {
    const it = paginate(streamedSource(2), csamAssetSearchV2, {}, {})[Symbol.asyncIterator]();
    const got = await Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()]);
    expect(got.map((r) => (r.done ? 'done' : (r.value as { assetId: number }).assetId))).toEqual([
      10,
      11,
      20,
      21,
      'done',
    ]);
  });

  it('an endpoint without a record path keeps the streamed response as it is', async () => {
    const endpoint: EndpointModel = { ...csamAssetSearchV2, records: undefined };
    const pages = [];
    for await (const page of paginate(streamedSource(), endpoint, {}, {}).pages()) pages.push(page);
    expect(pages[0]!.response).toEqual({ hasMore: 1, lastSeenAssetId: 2 });
  });
});

describe('records handed out from batches', () => {
  it("a decoded page's records come out in order and its own array is left as it was", async () => {
    const asset = [{ assetId: 1 }, { assetId: 2 }, { assetId: 3 }];
    const value = { hasMore: 0, assetListData: { asset } };
    const source = {
      exchangePage: async (): Promise<RawResult> => ({ status: 200, headers: {}, value, envelope: undefined }),
    } as unknown as PageSource;
    const it = paginate(source, csamAssetSearchV2, {}, {})[Symbol.asyncIterator]();
    expect(await it.next()).toEqual({ done: false, value: { assetId: 1 } });
    expect(await it.next()).toEqual({ done: false, value: { assetId: 2 } });
    expect(asset).toEqual([{ assetId: 1 }, { assetId: 2 }, { assetId: 3 }]);
    expect(await it.next()).toEqual({ done: false, value: { assetId: 3 } });
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(value.assetListData.asset).toBe(asset);
    expect(asset).toHaveLength(3);
  });

  it('an empty page yields nothing and pages on', async () => {
    const { source, queries } = csamSource(['5']);
    const { records } = await drain(paginate(source, csamAssetSearchV2, {}, {}));
    expect(records).toEqual([{ assetId: 1 }]);
    expect(queries).toHaveLength(2);
  });
});

describe('cursors', () => {
  it('round-trip, and a cursor of another style or not a cursor is refused naming the endpoint', () => {
    expect(decodeCursor('offset-limit', encodeCursor('offset-limit', '12'), 'e')).toBe('12');
    expect(() => decodeCursor('qps-last-id', encodeCursor('offset-limit', '12'), 'ep.id')).toThrow(
      /not a qps-last-id cursor/,
    );
    for (const bad of ['%%%', Buffer.from('{"style":"qps-last-id","value":5}').toString('base64url')]) {
      try {
        decodeCursor('qps-last-id', bad, 'ep.id');
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(QualysError);
        expect((e as QualysError).endpoint).toBe('ep.id');
      }
    }
  });
});

describe('record paths', () => {
  it('recordsAt follows the path; one record becomes an array; missing is none', () => {
    expect(recordsAt({ a: { b: [1, 2] } }, ['a', 'b'])).toEqual([1, 2]);
    expect(recordsAt({ a: { b: 1 } }, ['a', 'b'])).toEqual([1]);
    expect(recordsAt({ a: { b: 0 } }, ['a', 'b'])).toEqual([0]);
    expect(recordsAt({ a: { b: null } }, ['a', 'b'])).toEqual([]);
    expect(recordsAt({ a: 'text' }, ['a', 'b'])).toEqual([]);
    expect(recordsAt({ a: 'text' }, ['a', 'length'])).toEqual([]);
    expect(recordsAt({ a: null }, ['a', 'b'])).toEqual([]);
    expect(recordsAt({}, ['a'])).toEqual([]);
    expect(recordsAt({ x: 1 }, undefined)).toEqual([{ x: 1 }]);
    expect(recordsAt(undefined, undefined)).toEqual([]);
  });

  it('withRecords puts records back at the path, leaving the rest', () => {
    expect(withRecords({ a: { c: 1 }, d: 2 }, ['a', 'b'], [1, 2])).toEqual({ a: { c: 1, b: [1, 2] }, d: 2 });
    expect(withRecords(undefined, ['a', 'b'], [1])).toEqual({ a: { b: [1] } });
    expect(withRecords(null, ['a', 'b'], [1])).toEqual({ a: { b: [1] } });
    expect(withRecords({ a: null }, ['a', 'b'], [1])).toEqual({ a: { b: [1] } });
    const v = { a: 1 };
    expect(withRecords(v, ['a'], [])).toBe(v);
    expect(withRecords(v, [], [1])).toBe(v);
    expect(withRecords(v, undefined, [1])).toBe(v);
  });
});

it('an endpoint without paging is one request', async () => {
  let n = 0;
  const seen: unknown[] = [];
  const source = {
    exchangePage: async (_e: unknown, input: unknown, extraQuery: unknown): Promise<RawResult> => {
      n++;
      seen.push([input, extraQuery]);
      return { status: 200, headers: {}, value: { r: 1 }, envelope: undefined };
    },
  } as unknown as PageSource;
  const endpoint: EndpointModel = { ...csamAssetSearchV2, pagination: { style: 'none' }, records: undefined };
  const { records, error } = await drain(paginate(source, endpoint, { a: 1, cursor: undefined }, {}));
  expect(error).toBeUndefined();
  expect(records).toEqual([{ r: 1 }]);
  expect(n).toBe(1);
  expect(seen).toEqual([[{ a: 1 }, {}]]);
});
