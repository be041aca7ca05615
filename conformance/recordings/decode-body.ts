/**
 * Decodes one recorded body under the limits: base64 and Polly hex chunks to bytes, gzip (by its
 * magic bytes), or deflate / brotli (by the recorded `Content-Encoding`) inflated with a hard
 * output cap, then UTF-8. A body whose decoded size would pass the per-entry limit, or the run's
 * remaining total, is not decoded: the result says which limit it is over, so replay reports
 * "over the limit" rather than a misleading parse error. Sizes are checked before any
 * allocation where the encoding allows (text, base64).
 *
 * @see recordings/recording-limits.ts
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { formatBytes } from '../validate/validate-payload.js';
import type { EncodedBody } from './recorded-entry.js';
import type { DecodeBudget } from './recording-limits.js';

export type BodyProblemKind = 'over-entry-limit' | 'over-total-limit' | 'undecodable';

export type DecodedBody =
  | { readonly ok: true; readonly text: string; readonly bytes: number }
  | { readonly ok: false; readonly kind: BodyProblemKind; readonly message: string };

const HEX = /^[0-9a-f]*$/i;

export function decodeBody(body: EncodedBody, contentEncoding: string | undefined, budget: DecodeBudget): DecodedBody {
  const entryMax = budget.limits.maxEntryBytes;
  const cap = Math.min(entryMax, budget.remaining);
  const over = (size: number | undefined): DecodedBody => overLimit(size, cap, budget);
  let bytes: Buffer;
  switch (body.kind) {
    case 'text': {
      const n = Buffer.byteLength(body.text, 'utf8');
      if (n > cap) return over(n);
      budget.take(n);
      return { ok: true, text: body.text, bytes: n };
    }
    case 'base64':
      // At most 3/4 of the text, which the size-capped recording already holds.
      bytes = Buffer.from(body.text, 'base64');
      break;
    case 'bytes':
      bytes = Buffer.from(body.bytes.buffer, body.bytes.byteOffset, body.bytes.byteLength);
      break;
    case 'hex-chunks': {
      let chunks: unknown;
      try {
        chunks = JSON.parse(body.json);
      } catch {
        return undecodable('its compressed chunks are not a JSON array');
      }
      if (!Array.isArray(chunks) || !chunks.every((c) => typeof c === 'string' && HEX.test(c)))
        return undecodable('its compressed chunks are not hex strings');
      bytes = Buffer.from(chunks.join(''), 'hex');
      const inflated = inflate(bytes, contentEncoding, cap, true);
      if (inflated === 'too-large') return over(undefined);
      if (inflated === undefined) return undecodable('its compressed chunks do not inflate (gzip or deflate)');
      bytes = inflated;
      break;
    }
  }
  if (body.kind !== 'hex-chunks') {
    const inflated = inflate(bytes, contentEncoding, cap, false);
    if (inflated === 'too-large') return over(undefined);
    if (inflated !== undefined) bytes = inflated;
  }
  if (bytes.length > cap) return over(bytes.length);
  budget.take(bytes.length);
  return { ok: true, text: bytes.toString('utf8'), bytes: bytes.length };
}

/**
 * Inflates a compressed body with at most `cap` bytes of output: gzip when the magic bytes say
 * so; deflate / brotli only when the recorded Content-Encoding says so (or `force`, for Polly
 * chunks, which are compressed by construction). Undefined: not compressed (or not inflatable).
 */
function inflate(
  bytes: Buffer,
  contentEncoding: string | undefined,
  cap: number,
  force: boolean,
): Buffer | 'too-large' | undefined {
  const limit = { maxOutputLength: Math.max(1, cap) };
  const encoding = (contentEncoding ?? '').toLowerCase();
  const attempts: ((b: Buffer) => Buffer)[] = [];
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) attempts.push((b) => gunzipSync(b, limit));
  else if (encoding.includes('br')) attempts.push((b) => brotliDecompressSync(b, limit));
  else if (encoding.includes('deflate') || force) {
    attempts.push((b) => inflateSync(b, limit));
    attempts.push((b) => inflateRawSync(b, limit));
  }
  for (const attempt of attempts) {
    try {
      return attempt(bytes);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return 'too-large';
    }
  }
  return undefined;
}

function overLimit(size: number | undefined, cap: number, budget: DecodeBudget): DecodedBody {
  const entryMax = budget.limits.maxEntryBytes;
  const shown = size === undefined ? `more than ${formatBytes(cap)}` : formatBytes(size);
  if (cap >= entryMax || (size !== undefined && size > entryMax)) {
    return {
      ok: false,
      kind: 'over-entry-limit',
      message: `body decodes to ${shown}, over the ${formatBytes(entryMax)} per-entry limit (raise --max-entry-bytes to check it); not decoded`,
    };
  }
  return {
    ok: false,
    kind: 'over-total-limit',
    message: `body not decoded: it would pass the ${formatBytes(budget.limits.maxTotalBytes)} total limit of decoded bodies in one run (${formatBytes(budget.decoded)} decoded so far; raise --max-total-bytes)`,
  };
}

function undecodable(why: string): DecodedBody {
  return { ok: false, kind: 'undecodable', message: `body cannot be decoded: ${why}` };
}
