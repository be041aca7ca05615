// Copied by qspec from runtime/client/body-read.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Reading a response body the client itself holds in memory, bounded by `maxResponseBytes`
 * (decompressed bytes: fetch inflates gzip/deflate/br before the stream sees them). The bytes are
 * counted as they arrive; as soon as the count passes the limit the body is cancelled (the
 * connection is closed, nothing more is read or inflated) and a QualysResponseTooLargeError is
 * thrown. A body read that fails because the request timed out becomes a QualysTimeoutError; any
 * other read error a redacted QualysTransportError (send-guard.ts).
 *
 * A transport without a byte stream (`body: null`) is read through `text()` and its length
 * checked afterwards: such transports (mock, replay) hold their bodies in memory already.
 *
 * @see client-options.ts (maxResponseBytes); body-head.ts; jwt-token-source.ts; docs/client.md "Limits"
 */
import { type QualysErrorContext, QualysResponseTooLargeError, QualysTimeoutError } from './qualys-error.js';
import type { Redactor } from './redact.js';
import { guardError } from './send-guard.js';
import type { TransportResponse } from './transport.js';

/** The part of TextDecoder used here. */
export interface Utf8Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

export interface BodyReadOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly redactor: Redactor;
  readonly context: QualysErrorContext;
}

/** The error for a failed body read: a timeout, else a redacted transport error. */
export function bodyError(err: unknown, options: BodyReadOptions): unknown {
  const name = (err as { name?: unknown } | null)?.name;
  const cause = (err as { cause?: { name?: unknown } } | null)?.cause?.name;
  if (name === 'TimeoutError' || cause === 'TimeoutError') {
    return new QualysTimeoutError(`response body not complete within ${options.timeoutMs} ms`, options.context);
  }
  return guardError(err, options.redactor, options.context, 'reading the response body');
}

/**
 * Reads the rest of `reader` into `text` (already holding `size` bytes), stopping with a
 * QualysResponseTooLargeError past the limit. The reader is cancelled on error and released.
 */
export async function readRest(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  decoder: Utf8Decoder,
  start: { text: string; size: number },
  options: BodyReadOptions,
): Promise<string> {
  let { text, size } = start;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      size += value.length;
      if (size > options.maxBytes) throw new QualysResponseTooLargeError(options.maxBytes, options.context);
      text += decoder.decode(value, { stream: true });
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    throw err instanceof QualysResponseTooLargeError ? err : bodyError(err, options);
  } finally {
    reader.releaseLock();
  }
}

/** The whole body as UTF-8 text (as `response.text()` gives it), at most `maxBytes` bytes. */
export async function readBodyText(res: TransportResponse, options: BodyReadOptions): Promise<string> {
  if (res.body === null) {
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      throw bodyError(err, options);
    }
    if (Buffer.byteLength(text, 'utf8') > options.maxBytes) {
      throw new QualysResponseTooLargeError(options.maxBytes, options.context);
    }
    return text;
  }
  return readRest(res.body.getReader(), new TextDecoder(), { text: '', size: 0 }, options);
}

/** Cancels a body the client will not read (a redirect's), releasing the connection. */
export async function discardBody(res: TransportResponse): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}
