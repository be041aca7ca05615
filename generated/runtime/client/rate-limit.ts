// Copied by qspec from runtime/client/rate-limit.ts. Do not edit here: `qspec generate` replaces it.
/**
 * Rate limits: reads the FO/QPS `X-RateLimit-*` and `X-Concurrency-Limit-*` headers into a
 * RateLimitInfo the caller can see (`client.lastRateLimit`, `onResponse`), and computes how long
 * to wait before retrying a 409 (SIMPLE_RETURN 1960 concurrency / 1965 rate limit), 429 or 503:
 * `X-RateLimit-ToWait-Sec`, else `Retry-After` (seconds or HTTP date), else `SECONDS_TO_WAIT`
 * from the SIMPLE_RETURN ITEM_LIST, else exponential backoff; always capped.
 *
 * @see corpus recordings graph-qualys/executeAPIRequest409*.har (the real header set)
 */

export interface RateLimitInfo {
  readonly limit?: number;
  readonly windowSec?: number;
  readonly remaining?: number;
  readonly toWaitSec?: number;
  readonly concurrencyLimit?: number;
  readonly concurrencyRunning?: number;
}

export interface RetryPolicy {
  /** Retries after the first attempt (default 3). */
  readonly maxRetries: number;
  /** Backoff base when the server says nothing (default 1000 ms, doubled per attempt). */
  readonly baseDelayMs: number;
  /** No single wait is longer (default 60 s). */
  readonly maxDelayMs: number;
  /** Retry calls that change server state too (default false). */
  readonly retryNonIdempotent: boolean;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  retryNonIdempotent: false,
};

const num = (v: string | undefined): number | undefined =>
  v !== undefined && /^\s*\d+(\.\d+)?\s*$/.test(v) ? Number(v) : undefined;

export function parseRateLimit(headers: Readonly<Record<string, string>>): RateLimitInfo | undefined {
  const info: Record<string, number> = {};
  const set = (key: keyof RateLimitInfo, header: string) => {
    const v = num(headers[header]);
    if (v !== undefined) info[key] = v;
  };
  set('limit', 'x-ratelimit-limit');
  set('windowSec', 'x-ratelimit-window-sec');
  set('remaining', 'x-ratelimit-remaining');
  set('toWaitSec', 'x-ratelimit-towait-sec');
  set('concurrencyLimit', 'x-concurrency-limit-limit');
  set('concurrencyRunning', 'x-concurrency-limit-running');
  return Object.keys(info).length > 0 ? (info as RateLimitInfo) : undefined;
}

/** SIMPLE_RETURN codes that mean "try again later": 1960 concurrency limit, 1965 rate limit. */
export const RETRYABLE_SIMPLE_RETURN_CODES: ReadonlySet<string> = new Set(['1960', '1965']);

export function isRetryableStatus(status: number, simpleReturnCode: string | undefined): boolean {
  if (status === 429 || status === 503) return true;
  if (status === 409) return simpleReturnCode === undefined || RETRYABLE_SIMPLE_RETURN_CODES.has(simpleReturnCode);
  return false;
}

/** Milliseconds to wait before retry number `attempt` (0-based). */
export function retryDelayMs(
  headers: Readonly<Record<string, string>>,
  secondsToWait: number | undefined,
  attempt: number,
  policy: RetryPolicy,
  now: number = Date.now(),
): number {
  let ms: number | undefined;
  const toWait = num(headers['x-ratelimit-towait-sec']);
  if (toWait !== undefined && toWait > 0) ms = toWait * 1000;
  const retryAfter = headers['retry-after'];
  if (ms === undefined && retryAfter !== undefined) {
    const secs = num(retryAfter);
    if (secs !== undefined) ms = secs * 1000;
    else {
      const at = Date.parse(retryAfter);
      if (!Number.isNaN(at)) ms = Math.max(0, at - now);
    }
  }
  if (ms === undefined && secondsToWait !== undefined && secondsToWait > 0) ms = secondsToWait * 1000;
  if (ms === undefined) ms = policy.baseDelayMs * 2 ** attempt;
  return Math.min(ms, policy.maxDelayMs);
}
