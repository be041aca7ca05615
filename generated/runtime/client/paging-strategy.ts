// Copied by qspec from templates/runtime/client/paging-strategy.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * Paging strategies, one per Qualys paging style, each a pair: how to ask for the page at a
 * cursor, and which cursor (if any) the page just read points to. The client core drives them
 * (paginate.ts), so every style shares the same async iterator, page view and resumable cursor.
 *
 * - qps-last-id: `hasMoreRecords` + `lastId`; next page adds Criteria `id GREATER <lastId>`.
 * - fo-truncation: WARNING CODE 1980 with a URL; next page takes its `id_min` / `id_max`.
 * - csam-last-seen: `hasMore` + `lastSeenAssetId` (query); 204 is an empty last page.
 * - offset-limit: `offset` + `limit` (PCI); stops on a short page or at `totalCount`.
 *
 * @see corpus SOURCES.md (QPS, FO facts); seed 003 (CSAM v2 paging); seed 004 (PCI offset/limit)
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
    const filters = ((input.filters as readonly Criteria[] | undefined) ?? []).filter(
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
  next(page, cursor) {
    const warning = page.envelope ? foWarningOf(page.envelope) : undefined;
    if (warning?.code !== '1980' || warning.url === undefined) return undefined;
    const params = new URL(warning.url, 'https://qualys.invalid').searchParams;
    const next: Record<string, string> = {};
    for (const key of ['id_min', 'id_max']) {
      const v = params.get(key);
      if (v !== null) next[key] = v;
    }
    const encoded = JSON.stringify(next);
    return Object.keys(next).length > 0 && encoded !== cursor ? encoded : undefined;
  },
};

const csamLastSeen: PagingStrategy = {
  request(input, cursor) {
    const extraQuery: Record<string, string> = cursor !== undefined ? { lastSeenAssetId: cursor } : {};
    return { input, extraQuery };
  },
  next(page, cursor) {
    if (page.status === 204 || page.recordCount === 0) return undefined;
    const more = prop(page.value, 'hasMore');
    const last = prop(page.value, 'lastSeenAssetId');
    if (!(more === 1 || more === true || more === '1') || last === null || last === undefined) return undefined;
    return String(last) !== cursor ? String(last) : undefined;
  },
};

function offsetLimit(endpoint: EndpointModel): PagingStrategy {
  const maxLimit = endpoint.pagination.style === 'offset-limit' ? endpoint.pagination.maxLimit : undefined;
  const limitOf = (input: Readonly<Record<string, unknown>>): number => Number(input.limit ?? maxLimit ?? 100);
  return {
    request(input, cursor) {
      const offset = cursor ?? String(input.offset ?? 0);
      return { input, extraQuery: { offset, limit: String(limitOf(input)) } };
    },
    next(page, _cursor, request) {
      const offset = Number(request.extraQuery.offset);
      const limit = Number(request.extraQuery.limit);
      if (page.recordCount === 0 || page.recordCount < limit) return undefined;
      const next = offset + page.recordCount;
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
