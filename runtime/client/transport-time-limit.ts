/**
 * The time limit both shipped transports put on one exchange (fetch-transport.ts,
 * node-http-transport.ts): the caller's signal and `AbortSignal.timeout(timeoutMs)` combined
 * (either alone passed as it is), and the `QualysTimeoutError`s an expired limit turns into,
 * naming the URL without its query string (it may carry user data). When both the limit and
 * the caller's signal fired, the caller's abort wins: `timedOut()` is false.
 *
 * @see transport.ts (`timeoutMs`); docs/client.md "Limits"
 */
import { QualysTimeoutError } from './qualys-error.js';
import type { TransportRequest } from './transport.js';

export interface TimeLimit {
  /** What to abort the exchange with: none, the caller's, the limit's, or both combined. */
  readonly signal: AbortSignal | undefined;
  /** True when the limit expired and the caller did not abort. */
  timedOut(): boolean;
  /** The error for no response head in time. */
  headError(): QualysTimeoutError;
  /** The error for a body not complete in time. */
  bodyError(): QualysTimeoutError;
}

export function timeLimit(req: TransportRequest): TimeLimit {
  const timeout = req.timeoutMs !== undefined ? AbortSignal.timeout(req.timeoutMs) : undefined;
  const signals = [req.signal, timeout].filter((s): s is AbortSignal => s !== undefined);
  const where = { url: withoutQuery(req.url) };
  return {
    signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
    timedOut: () => timeout?.aborted === true && req.signal?.aborted !== true,
    headError: () => new QualysTimeoutError(`no response within ${req.timeoutMs} ms`, where),
    bodyError: () => new QualysTimeoutError(`response body not complete within ${req.timeoutMs} ms`, where),
  };
}

function withoutQuery(url: string): string {
  const i = url.indexOf('?');
  return i < 0 ? url : url.slice(0, i);
}
