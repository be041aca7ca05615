// Copied by qspec from runtime/client/node-http-transport.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The default transport: Node's own `node:http` / `node:https` (keep-alive agents), with the
 * behaviour of the fetch transport (fetch-transport.ts), which stays available:
 *
 * - redirects are not followed (the client core follows them itself, redirect.ts);
 * - `accept-encoding: gzip, deflate, br` is sent unless the caller set one, and a gzip, deflate
 *   or br body is decoded before the stream sees it (limits count decoded bytes, as with fetch);
 * - response headers: lower-case names, repeated headers joined with ", " as `Headers` joins
 *   them, `set-cookie` included (session-cookie.ts splits it);
 * - one time limit over the whole exchange: no head in time rejects with `QualysTimeoutError`
 *   (URL without its query); a body not complete in time errors its stream with the timeout's
 *   `TimeoutError` (body-read.ts names it); `text()` throws `QualysTimeoutError`;
 * - the caller's abort rejects (or errors the body stream) with the signal's own reason;
 * - a URL carrying credentials (`https://user:pass@host/`) is refused, as fetch refuses it,
 *   without repeating it: node:http would turn it into an Authorization header.
 *
 * Why not fetch by default: loading undici costs a process ~12 MB of resident memory, and this
 * path streamed a 100 MB page 5% faster (docs/performance.md, "Client RSS").
 *
 * @see docs/client.md (transports); RFC 9110 §8.4 (content codings)
 */
import http from 'node:http';
import type https from 'node:https';
import { finished, Readable } from 'node:stream';
import zlib from 'node:zlib';
import type { Transport, TransportRequest, TransportResponse } from './transport.js';
import { timeLimit } from './transport-time-limit.js';

export interface NodeHttpTransportOptions {
  /** Agent for `http:` URLs (default: node's global agent, keep-alive). */
  readonly httpAgent?: http.Agent;
  /** Agent for `https:` URLs, e.g. with your own CA (default: node's global HTTPS agent). */
  readonly httpsAgent?: https.Agent;
}

export function nodeHttpTransport(options: NodeHttpTransportOptions = {}): Transport {
  return { send: (req) => send(req, options) };
}

async function send(req: TransportRequest, options: NodeHttpTransportOptions): Promise<TransportResponse> {
  const url = new URL(req.url);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`unsupported protocol ${url.protocol} (http: or https: only)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError('a URL with credentials in it is not sent (pass them as auth)');
  }
  const limit = timeLimit(req);
  const signal = limit.signal;
  const headers: Record<string, string> = { ...req.headers };
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'accept-encoding')) {
    headers['accept-encoding'] = 'gzip, deflate, br';
  }
  const client = url.protocol === 'https:' ? (await import('node:https')).default : http;
  const agent = url.protocol === 'https:' ? options.httpsAgent : options.httpAgent;
  if (signal?.aborted) {
    throw limit.timedOut() ? limit.headError() : signal.reason;
  }

  return new Promise<TransportResponse>((resolve, reject) => {
    let settled = false;
    let out: Readable | undefined;
    const request = client.request(url, { method: req.method, headers, ...(agent ? { agent } : {}) });
    const onAbort = (): void => {
      const reason: unknown = signal?.reason;
      if (out !== undefined) out.destroy(reason as Error);
      else request.destroy(reason as Error);
    };
    const detach = (): void => signal?.removeEventListener('abort', onAbort);
    request.on('error', (err) => {
      if (settled) return;
      settled = true;
      detach();
      reject(limit.timedOut() ? limit.headError() : err);
    });
    request.on('response', (res) => {
      if (settled) {
        res.destroy();
        return;
      }
      settled = true;
      const body = decoded(res);
      out = body;
      // finished() also keeps listening for 'error', so an error on a body nobody reads is
      // never an unhandled 'error' event (decoded() forwards the response's errors to a decoder).
      finished(body, detach);
      let web: ReadableStream<Uint8Array> | undefined;
      const stream = (): ReadableStream<Uint8Array> => {
        web ??= Readable.toWeb(body) as ReadableStream<Uint8Array>;
        return web;
      };
      resolve({
        status: res.statusCode ?? 0,
        headers: joinedHeaders(res.rawHeaders),
        get body() {
          return stream();
        },
        async text() {
          try {
            return await readText(stream());
          } catch (err) {
            throw limit.timedOut() ? limit.bodyError() : err;
          }
        },
      });
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    request.end(req.body);
  });
}

/** The body as the application sees it: decoded when its content coding is gzip, deflate or br. */
function decoded(res: http.IncomingMessage): Readable {
  // node:http trims header values; codings are case-insensitive (RFC 9110 §8.4.1).
  const coding = (res.headers['content-encoding'] ?? '').toLowerCase();
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | undefined;
  if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip(flush);
  else if (coding === 'deflate') decoder = zlib.createInflate(flush);
  else if (coding === 'br') decoder = zlib.createBrotliDecompress();
  if (decoder === undefined) return res;
  const target = decoder;
  res.on('error', (err) => target.destroy(err));
  target.on('close', () => res.destroy());
  return res.pipe(target);
}

/** Lower-case names; a repeated header's values joined with ", " in order. */
function joinedHeaders(raw: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = (raw[i] as string).toLowerCase();
    const value = raw[i + 1] as string;
    out[name] = Object.hasOwn(out, name) ? `${out[name]}, ${value}` : value;
  }
  return out;
}

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return text + decoder.decode();
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
}
