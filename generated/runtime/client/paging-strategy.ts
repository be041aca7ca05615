// Copied by qspec from runtime/client/paging-strategy.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Paging strategies, one per Qualys paging style, each a pair: how to ask for the page at a
 * cursor, and which cursor (if any) the page just read points to. The client core drives them
 * (paginate.ts), so every style shares the same async iterator, page view and resumable cursor.
 *
 * - qps-last-id: `hasMoreRecords` + `lastId`; next page adds Criteria `id GREATER <lastId>`.
 * - fo-truncation: WARNING CODE 1980 with a URL; next page takes its `id_min` / `id_max`.
 * - csam-last-seen: `hasMore` + `lastSeenAssetId` (query); 204 is an empty last page.
 * - offset-limit: `offset` + `limit` (PCI); stops on a short page or at `totalCount`. The next
 *   offset follows the range the server says it answered (`fetchRange`, `1-10`) when it says one,
 *   so a server that ignores `offset` repeats the cursor instead of paging forever.
 *
 * `next` only reads the page; whether the cursor advances (a server repeating `lastId`, the
 * truncation URL, `lastSeenAssetId` or a range would page forever) is checked once for every
 * style by the iterator (paginate.ts, QualysPagingError).
 *
 * @see the Qualys API guides: QPS and FO paging, CSAM v2 paging, PCI offset/limit
 */
import type { EndpointModel } from '../endpoint-model.js';
import type { Criteria } from './service-request-xml.js';
import { foWarningOf, qpsStatusOf, type XmlEnvelope } from './xml-envelope.js';

export interface PageRequest {
  readonly input: Readonly<Record<string, unknown>>;
  readonly extraQuery: Readonly<Record<string, string>>;
}

export interface PageResult {
  readonly status: number;
  readonly value: unknown;
  readonly envelope: XmlEnvelope | undefined;
  readonly recordCount: number;
}

export interface PagingStrategy {
  request(input: Readonly<Record<string, unknown>>, cursor: string | undefined): PageRequest;
  next(page: PageResult, cursor: string | undefined, request: PageRequest): string | undefined;
}

const prop = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;

const qpsLastId: PagingStrategy = {
  request(input, cursor) {
    if (cursor === undefined) return { input, extraQuery: {} };
    const filters = ((input['filters'] as readonly Criteria[] | undefined) ?? []).filter(
      (c) => !(c.field === 'id' && c.operator === 'GREATER'),
    );
    return {
      input: { ...input, filters: [...filters, { field: 'id', operator: 'GREATER', value: cursor }] },
      extraQuery: {},
    };
  },
  next(page) {
    const status = page.envelope ? qpsStatusOf(page.envelope) : undefined;
    return status?.hasMoreRecords && status.lastId ? status.lastId : undefined;
  },
};

const foTruncation: PagingStrategy = {
  request(input, cursor) {
    return { input, extraQuery: cursor ? (JSON.parse(cursor) as Record<string, string>) : {} };
  },
  next(page) {
    const warning = page.envelope ? foWarningOf(page.envelope) : undefined;
    if (warning?.code !== '1980' || warning.url === undefined) return undefined;
    const params = new URL(warning.url, 'https://qualys.invalid').searchParams;
    const next: Record<string, string> = {};
    for (const key of ['id_min', 'id_max']) {
      const v = params.get(key);
      if (v !== null) next[key] = v;
    }
    return Object.keys(next).length > 0 ? JSON.stringify(next) : undefined;
  },
};

const csamLastSeen: PagingStrategy = {
  request(input, cursor) {
    const extraQuery: Record<string, string> = cursor !== undefined ? { lastSeenAssetId: cursor } : {};
    return { input, extraQuery };
  },
  next(page) {
    if (page.status === 204 || page.recordCount === 0) return undefined;
    const more = prop(page.value, 'hasMore');
    const last = prop(page.value, 'lastSeenAssetId');
    if (!(more === 1 || more === true || more === '1') || last === null || last === undefined) return undefined;
    return String(last);
  },
};

/** The 0-based offset a `fetchRange` (`11-20`) says the page starts at, else `requested`. */
function rangeStart(range: unknown, requested: number): number {
  if (typeof range !== 'string') return requested;
  const dash = range.indexOf('-');
  const first = dash > 0 ? range.slice(0, dash) : '';
  let n = 0;
  for (const c of first) {
    if (c < '0' || c > '9' || n > Number.MAX_SAFE_INTEGER / 10) return requested;
    n = n * 10 + (c.charCodeAt(0) - 48);
  }
  return first.length > 0 && n >= 1 ? n - 1 : requested;
}

function offsetLimit(endpoint: EndpointModel): PagingStrategy {
  const maxLimit = endpoint.pagination.style === 'offset-limit' ? endpoint.pagination.maxLimit : undefined;
  const limitOf = (input: Readonly<Record<string, unknown>>): number => Number(input['limit'] ?? maxLimit ?? 100);
  return {
    request(input, cursor) {
      const offset = cursor ?? String(input['offset'] ?? 0);
      return { input, extraQuery: { offset, limit: String(limitOf(input)) } };
    },
    next(page, _cursor, request) {
      const offset = Number(request.extraQuery['offset']);
      const limit = Number(request.extraQuery['limit']);
      if (page.recordCount === 0 || page.recordCount < limit) return undefined;
      const next = rangeStart(prop(prop(page.value, 'data'), 'fetchRange'), offset) + page.recordCount;
      const total = prop(prop(page.value, 'data'), 'totalCount') ?? prop(page.value, 'totalCount');
      if (typeof total === 'number' && next >= total) return undefined;
      return String(next);
    },
  };
}

export function pagingStrategy(endpoint: EndpointModel): PagingStrategy | undefined {
  switch (endpoint.pagination.style) {
    case 'qps-last-id':
      return qpsLastId;
    case 'fo-truncation':
      return foTruncation;
    case 'csam-last-seen':
      return csamLastSeen;
    case 'offset-limit':
      return offsetLimit(endpoint);
    case 'none':
      return undefined;
  }
}
