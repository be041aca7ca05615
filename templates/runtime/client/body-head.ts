/**
 * Chooses between the text path and the streamed path for one XML response body: reads up to
 * 64 KiB, and keeps the body as text (exactly what `response.text()` gives) when it ended within
 * that buffer or its root element is not the expected one (a SIMPLE_RETURN error, an HTML page),
 * so small answers and every error keep today's decoding and error detection. Otherwise the body
 * goes on as a byte stream: the buffered head first, then the rest as it arrives.
 *
 * A body read that fails because the request timed out becomes a QualysTimeoutError (as the
 * fetch transport's `text()` does). Cancelling the stream (a consumer breaking out of a loop)
 * releases the connection.
 *
 * @see issue 6 (streamed paging); client-core.ts; fetch-transport.ts
 */
import { QualysTimeoutError } from './qualys-error.js';

/** Bodies up to this size stay on the text path. */
export const HEAD_BYTES = 64 * 1024;

export type BodyHead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'stream'; readonly chunks: AsyncIterable<Uint8Array> };

export interface BodyHeadOptions {
  readonly expectedRoot: string;
  /** For the timeout error. */
  readonly url: string;
  readonly timeoutMs: number;
  readonly headBytes?: number;
}

/** The root element's name, once the prolog (XML declaration, comments, PIs, DOCTYPE) is read. */
export function rootElementOf(text: string): string | undefined {
  const m =
    /^\uFEFF?(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)*<([A-Za-z_:][-\w.:\u00B7-\uFFFF]*)/.exec(
      text,
    );
  return m?.[1];
}

export async function readBodyHead(body: ReadableStream<Uint8Array>, options: BodyHeadOptions): Promise<BodyHead> {
  const limit = options.headBytes ?? HEAD_BYTES;
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) return { kind: 'text', text: text + decoder.decode() };
      head.push(value);
      size += value.length;
      text += decoder.decode(value, { stream: true });
    }
    if (rootElementOf(text) !== options.expectedRoot) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { kind: 'text', text: text + decoder.decode() };
        text += decoder.decode(value, { stream: true });
      }
    }
  } catch (err) {
    reader.releaseLock();
    throw bodyError(err, options);
  }
  return { kind: 'stream', chunks: restOf(head, reader, options) };
}

async function* restOf(
  head: Uint8Array[],
  reader: ReadableStreamDefaultReader<Uint8Array>,
  options: BodyHeadOptions,
): AsyncGenerator<Uint8Array> {
  let done = false;
  try {
    while (head.length > 0) yield head.shift()!;
    for (;;) {
      const next = await reader.read();
      if (next.done) {
        done = true;
        return;
      }
      yield next.value;
    }
  } catch (err) {
    done = true;
    throw bodyError(err, options);
  } finally {
    if (!done) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

function bodyError(err: unknown, options: BodyHeadOptions): unknown {
  const name = (err as { name?: unknown } | null)?.name;
  const cause = (err as { cause?: { name?: unknown } } | null)?.cause?.name;
  if (name === 'TimeoutError' || cause === 'TimeoutError') {
    return new QualysTimeoutError(`response body not complete within ${options.timeoutMs} ms`, {
      url: options.url,
    });
  }
  return err;
}
