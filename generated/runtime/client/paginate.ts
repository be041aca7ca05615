// Copied by qspec from runtime/client/paginate.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The paging async iterator shared by every paging style: yields records one by one (from the
 * endpoint's `records.path` in each decoded page), offers `pages()` for page-level access with
 * the cursor of the next page, and resumes from a cursor passed back as `input.cursor`. A page
 * is only requested after the previous one was fully consumed, so nothing is lost or repeated.
 *
 * Large XML pages are streamed (stream-page.ts): records are yielded as they arrive and the
 * next-page decision is taken from the envelope once the body has ended. Both views share one
 * generator of steps (batches of records: a streamed slice's, or a whole decoded page's; then a
 * PageEnd per page); the record iterator hands the records out one by one from the batch (one
 * promise per record, not one per generator on the way) and drops the PageEnds, holding no page
 * and no record it has handed out; `pages()` collects each page's records (and puts them back
 * into a streamed page's `response`).
 *
 * Cursors are opaque strings: base64url JSON of `{ style, value }`.
 *
 * Every style must advance: a next cursor already used in this iteration (a server repeating
 * `lastId`, the truncation URL, `lastSeenAssetId` or a PCI range), or a numeric QPS/CSAM id not
 * greater than the last one, stops paging with a QualysPagingError naming the endpoint and the
 * cursor, after the page's records were delivered and before any duplicate is requested.
 *
 * @see paging-strategy.ts (the styles), stream-page.ts, page-source.ts (what the client core provides)
 */
import type { EndpointModel } from '../endpoint-model.js';
import type { CallOptions } from './client-options.js';
import type { PageSource } from './page-source.js';
import { type PageResult, pagingStrategy } from './paging-strategy.js';
import { QualysError, QualysPagingError } from './qualys-error.js';
import { streamPage } from './stream-page.js';

export interface Page<T> {
  readonly records: readonly T[];
  /** The whole decoded page. */
  readonly response: unknown;
  /** Cursor of the next page (pass it back as `cursor` to resume), undefined on the last page. */
  readonly next: string | undefined;
}

export interface PageIterable<T> extends AsyncIterable<T> {
  pages(): AsyncIterable<Page<T>>;
}

export function encodeCursor(style: string, value: string): string {
  return Buffer.from(JSON.stringify({ style, value }), 'utf8').toString('base64url');
}

export function decodeCursor(style: string, cursor: string, endpoint: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      style?: unknown;
      value?: unknown;
    };
    if (parsed.style === style && typeof parsed.value === 'string') return parsed.value;
  } catch {
    // fall through
  }
  throw new QualysError(`cursor is not a ${style} cursor of this endpoint`, { endpoint });
}

/** Follows `path` into a decoded value; a single record becomes a one-element array. */
export function recordsAt(value: unknown, path: readonly string[] | undefined): unknown[] {
  if (path === undefined) return value === undefined ? [] : [value];
  let node: unknown = value;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return [];
    node = (node as Record<string, unknown>)[key];
  }
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

/** The end of one page in the step sequence: its decoded document and the next cursor. */
class PageEnd {
  constructor(
    readonly response: unknown,
    readonly next: string | undefined,
    /** True for a streamed page: `response` is the document without its records. */
    readonly withoutRecords: boolean,
  ) {}
}

/** A copy of `value` with `records` put back at `path` (a streamed page's `response` for `pages()`). */
export function withRecords(value: unknown, path: readonly string[] | undefined, records: readonly unknown[]): unknown {
  if (path === undefined || path.length === 0 || records.length === 0) return value;
  const [key, ...rest] = path as [string, ...string[]];
  const node = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  return { ...node, [key]: rest.length === 0 ? records : withRecords(node[key], rest, records) };
}

/** For id cursors (QPS lastId, CSAM lastSeenAssetId): a decimal id must grow; other values are left to the repeat check. */
function idAdvances(style: string, previous: string | undefined, next: string): boolean {
  if (previous === undefined || (style !== 'qps-last-id' && style !== 'csam-last-seen')) return true;
  const decimal = (s: string) => s.length > 0 && s.length <= 40 && [...s].every((c) => c >= '0' && c <= '9');
  if (!decimal(previous) || !decimal(next)) return true;
  return BigInt(next) > BigInt(previous);
}

/** A cursor value for a message: at most 100 characters. */
function shown(value: string): string {
  return value.length > 100 ? `${value.slice(0, 100)}\u2026` : value;
}

export function paginate<T>(
  core: PageSource,
  endpoint: EndpointModel,
  input: Readonly<Record<string, unknown>>,
  options: CallOptions,
): PageIterable<T> {
  const strategy = pagingStrategy(endpoint);
  const style = endpoint.pagination.style;
  const { cursor: startCursor, ...rest } = input as Record<string, unknown>;
  async function* steps(): AsyncGenerator<T[] | PageEnd, void, undefined> {
    let cursor = typeof startCursor === 'string' ? decodeCursor(style, startCursor, endpoint.id) : undefined;
    const used = new Set<string>();
    if (cursor !== undefined) used.add(cursor);
    for (;;) {
      const request = strategy ? strategy.request(rest, cursor) : { input: rest, extraQuery: {} };
      const raw = await core.exchangePage(endpoint, request.input, request.extraQuery, options);
      let page: PageResult;
      if ('chunks' in raw) page = yield* streamPage<T>(core, endpoint, raw);
      else {
        const records = recordsAt(raw.value, endpoint.records?.path) as T[];
        page = { status: raw.status, value: raw.value, envelope: raw.envelope, recordCount: records.length };
        // A copy: the record iterator clears each record's place as it hands it out.
        if (records.length > 0) yield records.slice();
      }
      const nextValue = strategy?.next(page, cursor, request);
      if (nextValue !== undefined) {
        if (used.has(nextValue) || !idAdvances(style, cursor, nextValue)) {
          throw new QualysPagingError(
            `paging does not advance: after page ${used.size + 1} the next ${style} cursor ${shown(nextValue)} repeats or goes back; stopped`,
            nextValue,
            { endpoint: endpoint.id },
          );
        }
        used.add(nextValue);
      }
      const next = nextValue !== undefined ? encodeCursor(style, nextValue) : undefined;
      yield new PageEnd(page.value, next, 'chunks' in raw);
      if (nextValue === undefined) return;
      cursor = nextValue;
    }
  }
  // The records one by one from each batch, each place cleared as it is handed out. An async
  // generator, so next() calls made before the previous one settled are queued, not interleaved.
  async function* records(): AsyncGenerator<T, void, undefined> {
    for await (const step of steps()) {
      if (step instanceof PageEnd) continue;
      for (let i = 0; i < step.length; i++) {
        const value = step[i] as T;
        (step as (T | undefined)[])[i] = undefined;
        yield value;
      }
    }
  }
  async function* pages(): AsyncGenerator<Page<T>> {
    let records: T[] = [];
    for await (const step of steps()) {
      if (!(step instanceof PageEnd)) {
        for (const r of step) records.push(r);
        continue;
      }
      const response = step.withoutRecords
        ? withRecords(step.response, endpoint.records?.path, records)
        : step.response;
      yield { records, response, next: step.next };
      records = [];
    }
  }
  return {
    pages,
    [Symbol.asyncIterator](): AsyncIterator<T> {
      return records();
    },
  };
}
