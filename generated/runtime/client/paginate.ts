// Copied by qspec from templates/runtime/client/paginate.ts. Do not edit here: edit the template and run `npm run generate`.
/**
 * The paging async iterator shared by every paging style: yields records one by one (from the
 * endpoint's `records.path` in each decoded page), offers `pages()` for page-level access with
 * the cursor of the next page, and resumes from a cursor passed back as `input.cursor`. A page
 * is only requested after the previous one was fully consumed, so nothing is lost or repeated.
 *
 * Cursors are opaque strings: base64url JSON of `{ style, value }`.
 *
 * @see paging-strategy.ts; issue 3 "Paging as async iterators ... Resumable from a cursor"
 */
import type { EndpointModel } from '../endpoint-model.js';
import type { ClientCore } from './client-core.js';
import type { CallOptions } from './client-options.js';
import { pagingStrategy } from './paging-strategy.js';
import { QualysError } from './qualys-error.js';

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

export function paginate<T>(
  core: ClientCore,
  endpoint: EndpointModel,
  input: Readonly<Record<string, unknown>>,
  options: CallOptions,
): PageIterable<T> {
  const strategy = pagingStrategy(endpoint);
  const style = endpoint.pagination.style;
  const { cursor: startCursor, ...rest } = input as Record<string, unknown>;
  async function* pages(): AsyncGenerator<Page<T>> {
    let cursor = typeof startCursor === 'string' ? decodeCursor(style, startCursor, endpoint.id) : undefined;
    for (;;) {
      const request = strategy ? strategy.request(rest, cursor) : { input: rest, extraQuery: {} };
      const raw = await core.exchange(endpoint, request.input, request.extraQuery, options);
      const records = recordsAt(raw.value, endpoint.records?.path) as T[];
      const nextValue = strategy?.next(
        { status: raw.status, value: raw.value, envelope: raw.envelope, recordCount: records.length },
        cursor,
        request,
      );
      yield {
        records,
        response: raw.value,
        next: nextValue !== undefined ? encodeCursor(style, nextValue) : undefined,
      };
      if (nextValue === undefined) return;
      cursor = nextValue;
    }
  }
  return {
    pages,
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.records;
    },
  };
}
