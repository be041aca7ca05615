/**
 * Chooses between the text path and the streamed path for one XML response body: reads up to
 * 64 KiB, and keeps the body as text (exactly what `response.text()` gives) when it ended within
 * that buffer or its root element is not the expected one (a SIMPLE_RETURN error, an HTML page),
 * so small answers and every error keep today's decoding and error detection. Otherwise the body
 * goes on as a byte stream: the buffered head first, then the rest as it arrives.
 *
 * A body kept as text counts against `maxResponseBytes` (body-read.ts); the streamed rest does
 * not (its records are handed on one by one, nothing accumulates). A body read that fails
 * because the request timed out becomes a QualysTimeoutError. Cancelling the stream (a consumer
 * breaking out of a loop) releases the connection.
 *
 * The root element is found by a linear scan (`rootElementOf`), never a regular expression: the
 * head is outside input.
 *
 * @see docs/client.md (streamed paging); client-core.ts; body-read.ts
 */
import { type BodyReadOptions, bodyError, readRest } from './body-read.js';
import { QualysResponseTooLargeError } from './qualys-error.js';

/** Bodies up to this size stay on the text path. */
export const HEAD_BYTES = 64 * 1024;

export type BodyHead =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'stream'; readonly chunks: AsyncIterable<Uint8Array> };

export interface BodyHeadOptions extends BodyReadOptions {
  readonly expectedRoot: string;
  readonly headBytes?: number;
}

const isXmlSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 58;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c >= 0xb7;

/** Index just past the DOCTYPE declaration starting at `i` (internal subset skipped to its first `]`), or -1. */
function doctypeEnd(text: string, i: number): number {
  for (let k = i + 9; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x3e) return k + 1;
    if (c === 0x5b) {
      const close = text.indexOf(']', k + 1);
      if (close < 0) return -1;
      k = close;
    }
  }
  return -1;
}

/**
 * The root element's name, once the prolog (BOM, XML declaration, comments, PIs, DOCTYPE,
 * whitespace) is skipped; undefined when the text is not XML or ends first. One pass, each
 * character looked at a bounded number of times.
 */
export function rootElementOf(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && isXmlSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3c) return undefined;
    let end: number;
    if (text.startsWith('<?', i)) end = text.indexOf('?>', i + 2) + 2;
    else if (text.startsWith('<!--', i)) end = text.indexOf('-->', i + 4) + 3;
    else if (text.startsWith('<!DOCTYPE', i)) end = doctypeEnd(text, i);
    else break;
    if (end <= i) return undefined;
    i = end;
  }
  const start = i + 1;
  if (!isNameStart(text.charCodeAt(start))) return undefined;
  let k = start + 1;
  while (k < text.length && isNameChar(text.charCodeAt(k))) k++;
  return text.slice(start, k);
}

export async function readBodyHead(body: ReadableStream<Uint8Array>, options: BodyHeadOptions): Promise<BodyHead> {
  const limit = options.headBytes ?? HEAD_BYTES;
  const reader = body.getReader();
  const head: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  const tooLarge = async (): Promise<never> => {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
    throw new QualysResponseTooLargeError(options.maxBytes, options.context);
  };
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) {
        if (size > options.maxBytes) return tooLarge();
        reader.releaseLock();
        return { kind: 'text', text: text + decoder.decode() };
      }
      head.push(value);
      size += value.length;
      text += decoder.decode(value, { stream: true });
    }
  } catch (err) {
    await reader.cancel().catch(() => undefined);
    reader.releaseLock();
    throw bodyError(err, options);
  }
  if (rootElementOf(text) !== options.expectedRoot) {
    // Kept as text: the whole body counts against the limit, the head included.
    if (size > options.maxBytes) return tooLarge();
    return { kind: 'text', text: await readRest(reader, decoder, { text, size }, options) };
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
