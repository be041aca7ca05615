/**
 * Decodes one streamed page (a StreamedResult of `PageSource.exchangePage`, page-source.ts): feeds the body's
 * chunks to the decoder's record stream and yields the valid records each written slice completed,
 * as one array (a batch, the caller's to keep or drop), holding nothing of them afterwards, so
 * memory stays bounded by one slice's records. Batches, not single records: each value passed
 * through an async generator costs promises and result objects (paginate.ts hands the records
 * out one by one from the batch). When
 * the body has ended, the page's issues are reported as on the text path (`warn`: one warning
 * per page; `throw`: QualysValidationError, raised at the first chunk that brought an error, so
 * the records before it were already delivered; `off`: nothing), a QPS `responseCode` other than
 * SUCCESS in the envelope is a QualysApiError, and the generator returns what the paging
 * strategy needs: the typed envelope (the document without its records), its schema-less tree
 * and the number of records yielded.
 *
 * A record that fails the schema is not yielded (it is among the page's issues); the envelope of
 * an invalid page is best effort (invalid values left out), so `warn` keeps paging.
 *
 * Memory: a body chunk (up to 64 KiB from a socket) is written in slices of `WRITE_SLICE_BYTES`,
 * and the records each slice completes are yielded before the next slice is written. What a write
 * keeps alive (its decoded text, which the records' strings point into, and its records) is what
 * V8's young-generation collections find alive, and V8 grows the young generation once that adds
 * up to its size: with whole chunks it grew to 2 x 16 MiB on a 100 MB page, with slices it stays
 * at 2 x 4 or 8 MiB (docs/performance.md, "Client RSS").
 *
 * @see paginate.ts (the paging iterator), xml-record-sink.ts (the record stream)
 */
import type { EndpointModel } from '../endpoint-model.js';
import type { PageSource, StreamedResult } from './page-source.js';
import type { PageResult } from './paging-strategy.js';
import { QualysError } from './qualys-error.js';
import { responseError } from './response-error.js';
import { envelopeFromRecord } from './xml-envelope.js';

/** The most bytes of a body chunk written to the record stream at once. */
export const WRITE_SLICE_BYTES = 4096;

/**
 * Where the slice of `chunk` from `at` ends: just before the last `<` in its second half, so the
 * scanner is left with no unfinished tag to join to the next slice (a join copies the slice's
 * text once more), else after WRITE_SLICE_BYTES (or at the chunk's end).
 */
export function sliceEnd(chunk: Uint8Array, at: number): number {
  const end = at + WRITE_SLICE_BYTES;
  if (end >= chunk.length) return chunk.length;
  const lt = chunk.lastIndexOf(0x3c, end - 1);
  return lt > at + WRITE_SLICE_BYTES / 2 ? lt : end;
}

export async function* streamPage<T>(
  core: PageSource,
  endpoint: EndpointModel,
  page: StreamedResult,
): AsyncGenerator<T[], PageResult, undefined> {
  const queue: T[] = [];
  const recordPath = [page.schema.root, ...(endpoint.records?.elements ?? [])];
  const stream = core.decoder?.xmlRecords?.(page.schema, recordPath, (r) => queue.push(r as T));
  if (stream === undefined) {
    throw new QualysError(`no streamed decoder for schema ${page.schema.schema}`, { endpoint: endpoint.id });
  }
  const throwing = core.options.validation === 'throw';
  let recordCount = 0;
  let errorsBeforeEnd = -1;
  reading: for await (const chunk of page.chunks) {
    for (let at = 0, end = 0; at < chunk.length; at = end) {
      end = sliceEnd(chunk, at);
      stream.write(at === 0 && end === chunk.length ? chunk : chunk.subarray(at, end));
      if (throwing && stream.errorCount > 0) {
        errorsBeforeEnd = stream.errorCount;
        break reading; // cancels the body
      }
      if (queue.length > 0) {
        recordCount += queue.length;
        yield queue.splice(0);
      }
      if (stream.stopped) break reading;
    }
  }
  const verdict = stream.end();
  // After an early stop, end() would add "unexpected end" errors of its own: keep the real ones.
  const issues = errorsBeforeEnd >= 0 ? verdict.issues.slice(0, errorsBeforeEnd) : verdict.issues;
  if (core.options.validation !== 'off') core.report(endpoint, issues, page.url);
  if (queue.length > 0) {
    recordCount += queue.length;
    yield queue.splice(0);
  }
  const root = verdict.root ?? page.schema.root;
  const envelope = verdict.envelope !== undefined ? envelopeFromRecord(root, verdict.envelope) : undefined;
  const error = responseError(endpoint, page.status, '', envelope, undefined, core.redactor, page.url);
  if (error) throw error;
  return { status: page.status, value: verdict.envelope, envelope, recordCount };
}
