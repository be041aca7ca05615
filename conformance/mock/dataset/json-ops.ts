/**
 * Gateway JSON lists answered from a collection.
 *
 * CSAM assets (CSAM API guide, "Host asset list / search" v1 and v2): records with
 * `assetId > lastSeenAssetId`, at most `pageSize` (default: the mock's page size, else 100) per
 * answer, with `count`, `hasMore` (1 when more remain) and `lastSeenAssetId` (the last id of the
 * page); when nothing remains the answer is 204 No Content. The v2 search applies the
 * ServiceRequest Criteria; the v1 QQL `filter` is not evaluated (every asset matches). `get`
 * answers the asset's one-record list (count 0 and no asset when the id is unknown: a guess, the
 * guide shows no such answer); `count` counts the search.
 *
 * PCI compliance summary (PCI API guide, "Compliance Summary"): `offset` (0-based) and `limit`
 * (default 10 per the seed sample, at most 1000), `totalCount` and `fetchRange` (`first-last`,
 * 1-based; `offset-offset` for an empty page).
 */
import type { MockAnswer } from '../error-body.js';
import type { Collection } from './collection.js';
import { matchesAll } from './criteria.js';
import type { DataRecord } from './data-record.js';
import { withRows } from './dataset.js';
import { readServiceRequest, ServiceRequestError } from './service-request.js';
import type { CollectionShape, Operation } from './shapes.js';

export const CSAM_DEFAULT_PAGE = 100;
export const PCI_DEFAULT_LIMIT = 10;
export const PCI_MAX_LIMIT = 1000;

export interface JsonCall {
  readonly op: Operation;
  readonly shape: CollectionShape;
  readonly collection: Collection;
  readonly envelope: Readonly<Record<string, unknown>>;
  readonly params: URLSearchParams;
  readonly body: string;
  readonly pageSize: number | undefined;
}

export type JsonResult =
  | { readonly ok: true; readonly answer: MockAnswer }
  | { readonly ok: false; readonly text: string };

const json = (value: unknown): MockAnswer => ({
  status: 200,
  headers: { 'content-type': 'application/json' },
  body: `${JSON.stringify(value, null, 2)}\n`,
});

export function jsonAnswer(call: JsonCall): JsonResult {
  const c = call.collection;
  if (call.op === 'pci-list') return pciList(call);
  let selected: readonly DataRecord[] = c.all();
  if (call.op !== 'csam-get' && call.body.trimStart().startsWith('<')) {
    try {
      const request = readServiceRequest(call.body);
      if (request.criteria.length > 0) selected = selected.filter((r) => matchesAll(r, request.criteria));
    } catch (e) {
      if (e instanceof ServiceRequestError) return { ok: false, text: e.message };
      throw e;
    }
  }
  const status = { responseMessage: 'Valid API Access', responseCode: 'SUCCESS' };
  if (call.op === 'csam-count') return { ok: true, answer: json({ count: selected.length, ...status }) };
  if (call.op === 'csam-get') {
    const id = call.params.get('assetId') ?? '';
    const record = /^\d{1,15}$/.test(id) ? c.get(Number(id)) : undefined;
    const rows = record ? [record] : [];
    const body = withRows(call.shape, call.envelope, rows);
    return {
      ok: true,
      answer: json({ ...body, ...status, count: rows.length, hasMore: 0, lastSeenAssetId: record?.id ?? 0 }),
    };
  }
  const after = intParam(call.params, 'lastSeenAssetId');
  const size = intParam(call.params, 'pageSize');
  if (after === null || size === null || size === 0)
    return { ok: false, text: 'lastSeenAssetId and pageSize must be positive integers' };
  const limit = size ?? call.pageSize ?? CSAM_DEFAULT_PAGE;
  const start = after === undefined ? 0 : firstAbove(selected, after);
  const page = selected.slice(start, start + limit);
  if (page.length === 0) return { ok: true, answer: { status: 204, headers: {}, body: '' } };
  const more = start + page.length < selected.length;
  const body = withRows(call.shape, call.envelope, page);
  return {
    ok: true,
    answer: json({
      ...body,
      ...status,
      count: page.length,
      hasMore: more ? 1 : 0,
      lastSeenAssetId: page[page.length - 1]!.id,
    }),
  };
}

function pciList(call: JsonCall): JsonResult {
  const offset = intParam(call.params, 'offset');
  const limitRaw = intParam(call.params, 'limit');
  if (offset === null || limitRaw === null || limitRaw === 0)
    return { ok: false, text: 'offset and limit must be integers (limit ≥ 1)' };
  const limit = Math.min(limitRaw ?? call.pageSize ?? PCI_DEFAULT_LIMIT, PCI_MAX_LIMIT);
  const all = call.collection.all();
  const from = offset ?? 0;
  const page = all.slice(from, from + limit);
  const body = withRows(call.shape, call.envelope, page);
  const data = body.data as Record<string, unknown>;
  const range = page.length > 0 ? `${from + 1}-${from + page.length}` : `${from}-${from}`;
  return { ok: true, answer: json({ ...body, data: { ...data, totalCount: all.length, fetchRange: range } }) };
}

/** Index of the first record with id > `id` in an id-ordered list. */
function firstAbove(list: readonly DataRecord[], id: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.id <= id) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function intParam(params: URLSearchParams, name: string): number | undefined | null {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  return /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : null;
}
