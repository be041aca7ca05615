// Copied by qspec from runtime/client/fetch-transport.ts. Do not edit here: `qspec generate` replaces it.
/**
 * The default transport: Node 20's global `fetch` (undici). Adds a per-request timeout on top
 * of the caller's AbortSignal and turns an expired timeout into a `QualysTimeoutError`.
 *
 * @see docs/client.md (transports)
 */
import type { Transport, TransportRequest, TransportResponse } from './transport.js';
import { timeLimit } from './transport-time-limit.js';

export interface FetchTransportOptions {
  /** A fetch implementation (defaults to the global one). */
  readonly fetch?: typeof fetch;
}

export function fetchTransport(options: FetchTransportOptions = {}): Transport {
  const doFetch = options.fetch ?? globalThis.fetch;
  return {
    async send(req: TransportRequest): Promise<TransportResponse> {
      const limit = timeLimit(req);
      let res: Response;
      try {
        res = await doFetch(req.url, {
          method: req.method,
          headers: req.headers,
          // A Uint8Array is a valid fetch body, but DOM's BodyInit (TS 5.7+) wants an ArrayBuffer-backed
          // view; the cast keeps this file compiling in projects whose lib includes DOM.
          body: (req.body ?? null) as NonNullable<RequestInit['body']> | null,
          signal: limit.signal ?? null,
          redirect: 'manual',
        });
      } catch (err) {
        throw limit.timedOut() ? limit.headError() : err;
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((value, name) => {
        headers[name.toLowerCase()] = value;
      });
      // Headers iterates each set-cookie on its own (the last would win above): join them as
      // session-cookie.ts reads them, so a session cookie before another cookie is not lost.
      const cookies = res.headers.getSetCookie?.() ?? [];
      if (cookies.length > 1) headers['set-cookie'] = cookies.join(', ');
      return {
        status: res.status,
        headers,
        body: res.body,
        text: async () => {
          try {
            return await res.text();
          } catch (err) {
            throw limit.timedOut() ? limit.bodyError() : err;
          }
        },
      };
    },
  };
}
