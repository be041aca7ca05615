/**
 * Fault injection: a client asks for a fault with the header `X-Qspec-Fault: SPEC` or the query
 * parameter `qspec_fault=SPEC`; `qspec mock --fault SPEC[:EVERY]` injects one on every EVERY-th
 * request. SPEC is one of:
 *
 * | spec | answer |
 * |---|---|
 * | `409-1965` | 409, rate limit exceeded: SIMPLE_RETURN CODE 1965 + SECONDS_TO_WAIT, `X-RateLimit-*` headers |
 * | `409-1960` | 409, concurrency limit exceeded: CODE 1960, `X-Concurrency-Limit-*` headers |
 * | `429` | 429 Too Many Requests, `Retry-After: 1` (FO: SIMPLE_RETURN CODE 1965 and the `X-RateLimit-*` headers) |
 * | `503` | 503 Service Unavailable, `Retry-After: 1` (FO: SIMPLE_RETURN CODE 999) |
 * | `slow-MS` | the normal answer, after MS milliseconds (default 2000) |
 * | `truncate` | the normal answer's head and half its body, then the connection is dropped |
 *
 * Headers and codes are those of the real FO API (corpus executeAPIRequest409*.har).
 *
 * @see docs/mock.md; the Qualys API guides (error codes)
 */
import type { IrEndpoint } from '../../generator/ir/ir-endpoint.js';
import { endpointError, type MockAnswer } from './error-body.js';

export type FaultSpec =
  | { readonly kind: 'rate-limit' }
  | { readonly kind: 'concurrency' }
  | { readonly kind: 'status'; readonly status: 429 | 503 }
  | { readonly kind: 'slow'; readonly ms: number }
  | { readonly kind: 'truncate' };

export const FAULT_HEADER = 'x-qspec-fault';
export const FAULT_QUERY = 'qspec_fault';

/** Parses a fault spec; undefined for an unknown one. */
export function parseFault(spec: string): FaultSpec | undefined {
  const s = spec.trim().toLowerCase();
  if (s === '409-1965' || s === '409') return { kind: 'rate-limit' };
  if (s === '409-1960') return { kind: 'concurrency' };
  if (s === '429') return { kind: 'status', status: 429 };
  if (s === '503') return { kind: 'status', status: 503 };
  if (s === 'truncate' || s === 'truncated') return { kind: 'truncate' };
  const slow = /^slow(?:-(\d+))?$/.exec(s);
  if (slow) return { kind: 'slow', ms: Math.min(Number(slow[1] ?? 2000), 120_000) };
  return undefined;
}

export const RATE_LIMIT_WAIT_SECONDS = 1;

/** The answer for an error fault; slow and truncate modify the normal answer instead. */
export function faultAnswer(
  fault: FaultSpec,
  endpoint: IrEndpoint,
  baseUrl: string,
  normal: () => MockAnswer,
): MockAnswer {
  switch (fault.kind) {
    case 'rate-limit':
      return endpointError(
        endpoint,
        {
          status: 409,
          code: endpoint.errors === 'simple-return' ? '1965' : 'TOO_MANY_REQUESTS',
          text: 'This API cannot be run again for another 1 second.',
          items: { SECONDS_TO_WAIT: String(RATE_LIMIT_WAIT_SECONDS) },
          headers: {
            'X-RateLimit-Limit': '300',
            'X-RateLimit-Window-Sec': '3600',
            'X-RateLimit-Remaining': '0',
            'X-RateLimit-ToWait-Sec': String(RATE_LIMIT_WAIT_SECONDS),
            'X-Concurrency-Limit-Limit': '2',
            'X-Concurrency-Limit-Running': '0',
          },
        },
        baseUrl,
      );
    case 'concurrency':
      return endpointError(
        endpoint,
        {
          status: 409,
          code: endpoint.errors === 'simple-return' ? '1960' : 'TOO_MANY_REQUESTS',
          text: 'Concurrency Limit of 2 exceeded. Please wait for a previous request to finish.',
          headers: {
            'X-Concurrency-Limit-Limit': '2',
            'X-Concurrency-Limit-Running': '2',
            'X-RateLimit-Limit': '300',
            'X-RateLimit-Window-Sec': '3600',
            'X-RateLimit-Remaining': '299',
            'X-RateLimit-ToWait-Sec': '0',
          },
        },
        baseUrl,
      );
    case 'status': {
      // The FO API reports errors with its own SIMPLE_RETURN codes, never the HTTP status: a 429
      // is sent as the rate-limit code 1965 and a 503 as 999 ("internal error"). Both codes are
      // the mock's choice; the guides document no FO body for these statuses.
      const fo = endpoint.errors === 'simple-return';
      const rateLimited = fault.status === 429;
      return endpointError(
        endpoint,
        {
          status: fault.status,
          code: fo ? (rateLimited ? '1965' : '999') : String(fault.status),
          text: rateLimited
            ? 'Too Many Requests: rate limit exceeded.'
            : 'Service Unavailable. Please try again later.',
          ...(fo && rateLimited ? { items: { SECONDS_TO_WAIT: String(RATE_LIMIT_WAIT_SECONDS) } } : {}),
          headers: {
            'Retry-After': '1',
            ...(endpoint.api === 'fo'
              ? {
                  'X-RateLimit-Limit': '300',
                  'X-RateLimit-Window-Sec': '3600',
                  'X-RateLimit-Remaining': rateLimited ? '0' : '299',
                  'X-RateLimit-ToWait-Sec': rateLimited ? String(RATE_LIMIT_WAIT_SECONDS) : '0',
                  'X-Concurrency-Limit-Limit': '2',
                  'X-Concurrency-Limit-Running': '0',
                }
              : {}),
          },
        },
        baseUrl,
      );
    }
    case 'slow':
      return { ...normal(), delayMs: fault.ms };
    case 'truncate': {
      const a = normal();
      return { ...a, truncateAt: Math.floor(Buffer.byteLength(a.body) / 2) };
    }
  }
}
